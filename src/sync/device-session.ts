import type { JoinResponse } from '../core/api/sessions.ts';
import { Outbox } from './outbox.ts';
import { OutboxDb, type Participation } from './outbox-db.ts';
import { SyncClient } from './sync-client.ts';

/**
 * The device's side of a session, shared by the app screens: one outbox, one sync client, and
 * which participation is active. Created on first use, so free play (no session) never opens
 * IndexedDB.
 */
let outbox: Outbox | undefined;
let sync: SyncClient | undefined;

const ACTIVE_KEY = 'bbvr.activeParticipation';

export function deviceOutbox(): Outbox {
  outbox ??= new Outbox(new OutboxDb());
  return outbox;
}

export function syncClient(): SyncClient {
  if (!sync) {
    sync = new SyncClient({ outbox: deviceOutbox(), baseUrl: import.meta.env.BASE_URL.replace(/\/$/, '') });
    sync.start();
  }
  return sync;
}

/**
 * At app start: erase participations past their retention from this device, and if answers are
 * still waiting (a candidate left a session while offline), start sending them.
 */
export async function startDeviceSync(now = Date.now()): Promise<{ purged: string[]; pending: number }> {
  const outbox = deviceOutbox();
  const { purged } = await outbox.purgeExpired(now);
  const pending = await outbox.pendingCount();
  if (pending > 0) syncClient();
  return { purged, pending };
}

/** The participation this device is playing in (an id only: session id and pseudonymous code). */
export function activeParticipationId(): string | null {
  try {
    return localStorage.getItem(ACTIVE_KEY);
  } catch {
    return null;
  }
}

export async function activeParticipation(): Promise<Participation | null> {
  const id = activeParticipationId();
  if (!id) return null;
  const p = await deviceOutbox().participation(id);
  if (!p || p.expiresAt <= Date.now()) {
    localStorage.removeItem(ACTIVE_KEY);
    return null;
  }
  return p;
}

export async function joinSession(code: string): Promise<Participation> {
  const res = await fetch(`${import.meta.env.BASE_URL}api/join`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  const body = (await res.json().catch(() => null)) as (JoinResponse & { message?: string }) | null;
  if (!res.ok || !body) throw new JoinError(res.status, body?.message ?? `HTTP ${res.status}`);
  const participation = await deviceOutbox().saveParticipation(body);
  localStorage.setItem(ACTIVE_KEY, participation.id);
  return participation;
}

export class JoinError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Leaves the session on this device: nothing more is logged; what is unsent still goes out. */
export async function leaveSession(forget: boolean): Promise<void> {
  const id = activeParticipationId();
  localStorage.removeItem(ACTIVE_KEY);
  if (id && forget) await deviceOutbox().forgetParticipation(id);
}

/** Version of the notice text in consent-notice.tsx; raise it when the text changes in substance. */
export const NOTICE_VERSION = 1;
