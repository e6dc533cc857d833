import { z } from 'zod';
import { WireEvent, type DeviceEventBody } from '../core/api/device-event.ts';
import type { JoinResponse } from '../core/api/sessions.ts';
import type { Action } from '../core/engine-types.ts';
import type { EngineEvent } from '../core/events.ts';
import { participationIdOf, type OutboxDb, type OutboxRow, type Participation } from './outbox-db.ts';

/**
 * The outbox: every event is written here, with its id and seq, before the UI moves on, and
 * stays until the server acknowledges that exact id. Ids and seqs are made once, at write time,
 * so a resend after a crash or a lost response is the same event, which the server stores once.
 */

export class StorageFullError extends Error {
  constructor(cause: unknown) {
    super('Opslag op dit apparaat is vol / device storage is full', { cause });
    this.name = 'StorageFullError';
  }
}

/** How long past its purge date a participation with unsent events is kept on the device. */
export const PENDING_GRACE_MS = 7 * 24 * 60 * 60_000;

export interface JournalEntry {
  action: Action;
  now: number;
}

export interface PurgeResult {
  /** Participations erased from this device. */
  purged: string[];
  /** Expired, but with events the server has not acknowledged yet: kept so nothing is lost. */
  keptPending: string[];
}

export interface OutboxOptions {
  /** Clock for consent events and queue times (ms since epoch). */
  now?: () => number;
  /** Event id maker; tests may pin it. Defaults to a v4 UUID from Web Crypto. */
  newEventId?: () => string;
}

export class Outbox {
  readonly db: OutboxDb;
  private readonly now: () => number;
  private readonly newEventId: () => string;
  private readonly listeners = new Set<() => void>();

  constructor(db: OutboxDb, options: OutboxOptions = {}) {
    this.db = db;
    this.now = options.now ?? Date.now;
    this.newEventId = options.newEventId ?? newEventId;
  }

  /** Called after every change to what is pending or rejected (for the status badge). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Stores a join. Joining again with the same code keeps nextSeq (reusing a seq would make the
   * server's log ambiguous); only the token and session facts are refreshed.
   */
  async saveParticipation(join: JoinResponse): Promise<Participation> {
    const id = participationIdOf(join.session.id, join.participantCode);
    const db = this.db;
    return guardQuota(() =>
      db.transaction('rw', db.participations, async () => {
        const existing = await db.participations.get(id);
        const participation: Participation = {
          id,
          token: join.token,
          participantCode: join.participantCode,
          sessionId: join.session.id,
          session: join.session,
          joinedAt: existing?.joinedAt ?? this.now(),
          expiresAt: join.session.purgeAt,
          nextSeq: existing?.nextSeq ?? 0,
          consentedAt: existing?.consentedAt ?? null,
          scenario: existing?.scenario ?? null,
        };
        await db.participations.put(participation);
        return participation;
      }),
    );
  }

  participation(id: string): Promise<Participation | undefined> {
    return this.db.participations.get(id);
  }

  participations(): Promise<Participation[]> {
    return this.db.participations.toArray();
  }

  /** Remembers which scenario is open (null: back on the list), so a reload resumes there. */
  async setScenario(participationId: string, scenario: string | null): Promise<void> {
    await guardQuota(() => this.db.participations.update(participationId, { scenario }));
  }

  /**
   * Logs one accepted engine step: its events go to the outbox and the action to the journal,
   * in one transaction, so the log and the resume point can never disagree. Await it before the
   * UI shows the next state: once it resolves, the step survives a crash or a dead battery.
   * Do not record actions the engine rejected (replay stops at those).
   */
  async recordStep(participationId: string, scenario: string, action: Action, now: number, engineEvents: EngineEvent[]): Promise<WireEvent[]> {
    const bodies = engineEvents.map(({ at, ...body }) => ({ at, body: body as DeviceEventBody }));
    return this.append(participationId, scenario, bodies, { action, now });
  }

  /** Logs that the candidate read the notice and continued; also marks the participation. */
  async recordConsent(participationId: string, noticeVersion: number): Promise<WireEvent> {
    const at = this.now();
    const [event] = await this.append(participationId, null, [{ at, body: { type: 'consent-given', noticeVersion } }], null, at);
    return event!;
  }

  /** Logs one answer to the candidate's questionnaire (no scenario): an event like any other, through the outbox. */
  async recordQuestionnaireAnswer(
    participationId: string,
    answer: Omit<Extract<DeviceEventBody, { type: 'questionnaire-answered' }>, 'type'>,
  ): Promise<WireEvent> {
    const at = this.now();
    const [event] = await this.append(participationId, null, [{ at, body: { type: 'questionnaire-answered', ...answer } }], null);
    return event!;
  }

  /** The accepted actions of one scenario in the order they happened, ready for `replay`. */
  async journalFor(participationId: string, scenario: string): Promise<JournalEntry[]> {
    // Rows with equal index keys come back in primary-key (= insertion) order.
    const rows = await this.db.journal.where('[participationId+scenario]').equals([participationId, scenario]).toArray();
    return rows.map(({ action, now }) => ({ action, now }));
  }

  /**
   * Forgets the resume log of one scenario (its events stay in the outbox). Used when the log no
   * longer replays, e.g. the scenario changed between two visits: the next run starts fresh.
   */
  async clearJournal(participationId: string, scenario: string): Promise<void> {
    await this.db.journal.where('[participationId+scenario]').equals([participationId, scenario]).delete();
  }

  /** Events waiting for the server, for one participation or (without an id) for all. */
  pendingCount(participationId?: string): Promise<number> {
    return participationId === undefined ? this.db.outbox.count() : this.db.outbox.where('participationId').equals(participationId).count();
  }

  rejectedCount(): Promise<number> {
    return this.db.rejected.count();
  }

  /** Erases everything of one participation from this device (also what was not sent). */
  async forgetParticipation(id: string): Promise<void> {
    const db = this.db;
    await db.transaction('rw', [db.participations, db.outbox, db.journal, db.rejected], async () => {
      await eraseParticipation(db, id);
    });
    this.changed();
  }

  /**
   * The device-side retention limit: participations whose session is past its purge date are
   * erased, but only when nothing is pending, so an offline device does not drop unsent events.
   */
  async purgeExpired(now: number): Promise<PurgeResult> {
    const db = this.db;
    const result = await db.transaction('rw', [db.participations, db.outbox, db.journal, db.rejected], async () => {
      const expired = await db.participations.where('expiresAt').below(now).toArray();
      const purged: string[] = [];
      const keptPending: string[] = [];
      for (const { id, expiresAt } of expired) {
        // Unsent events are kept a week past the purge date (a device back from a long trip);
        // after that the server has erased the session and could never take them.
        if (now < expiresAt + PENDING_GRACE_MS && (await db.outbox.where('participationId').equals(id).count()) > 0) {
          keptPending.push(id);
        } else {
          await eraseParticipation(db, id);
          purged.push(id);
        }
      }
      return { purged, keptPending };
    });
    if (result.purged.length > 0) this.changed();
    return result;
  }

  // -------------------------------------------------------------------------------------------
  // For the sync client.

  /** Participations that have events waiting. */
  async participationsWithPending(): Promise<Participation[]> {
    const all = await this.db.participations.toArray();
    const counts = await Promise.all(all.map((p) => this.pendingCount(p.id)));
    return all.filter((_, i) => counts[i]! > 0);
  }

  /** The oldest pending events of a participation, by seq. */
  oldestPending(participationId: string, limit: number): Promise<OutboxRow[]> {
    return (
      this.db.outbox
        .where('[participationId+seq]')
        .between([participationId, 0], [participationId, Number.MAX_SAFE_INTEGER], true, true)
        // IndexedDB counts are unsigned 32-bit.
        .limit(Math.min(limit, 0xffff_ffff))
        .toArray()
    );
  }

  /** Deletes the rows of these ids that belong to this participation; returns how many. */
  async acknowledge(participationId: string, ids: string[]): Promise<number> {
    const db = this.db;
    const deleted = await db.transaction('rw', db.outbox, async () => {
      const rows = await db.outbox.bulkGet(ids);
      const mine = rows.filter((r): r is OutboxRow => r !== undefined && r.participationId === participationId).map((r) => r.id);
      await db.outbox.bulkDelete(mine);
      return mine.length;
    });
    if (deleted > 0) this.changed();
    return deleted;
  }

  /** Moves an event the server refused on its own from the outbox to `rejected`. */
  async reject(row: OutboxRow, status: number, message: string): Promise<void> {
    const db = this.db;
    await guardQuota(() =>
      db.transaction('rw', [db.outbox, db.rejected], async () => {
        await db.rejected.put({ id: row.id, participationId: row.participationId, event: row.event, status, message, at: this.now() });
        await db.outbox.delete(row.id);
      }),
    );
    this.changed();
  }

  // -------------------------------------------------------------------------------------------

  private async append(
    participationId: string,
    scenario: string | null,
    items: { at: number; body: DeviceEventBody }[],
    step: JournalEntry | null,
    consentedAt?: number,
  ): Promise<WireEvent[]> {
    const db = this.db;
    const queuedAt = this.now();
    const events = await guardQuota(() =>
      db.transaction('rw', [db.participations, db.outbox, db.journal], async () => {
        const participation = await db.participations.get(participationId);
        if (!participation) throw new Error(`There is no participation "${participationId}" on this device`);
        const events = items.map(({ at, body }, i) =>
          // Checked here, not only on the server: an event the server would refuse should fail
          // the step while the developer is looking, not end up in `rejected` later.
          toWireEvent({ id: this.newEventId(), seq: participation.nextSeq + i, at, scenario, body }),
        );
        await db.outbox.bulkAdd(events.map((event) => ({ id: event.id, participationId, seq: event.seq, event, queuedAt })));
        if (step) {
          await db.journal.add({ participationId, scenario: scenario!, action: step.action, now: step.now, eventIds: events.map((e) => e.id) });
        }
        await db.participations.update(participationId, {
          nextSeq: participation.nextSeq + events.length,
          ...(scenario !== null ? { scenario } : {}),
          ...(consentedAt !== undefined ? { consentedAt } : {}),
        });
        return events;
      }),
    );
    if (events.length > 0) this.changed();
    return events;
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

function toWireEvent(candidate: unknown): WireEvent {
  const parsed = WireEvent.safeParse(candidate);
  if (!parsed.success) throw new Error(`This event would be refused by the server:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

async function eraseParticipation(db: OutboxDb, id: string): Promise<void> {
  await db.outbox.where('participationId').equals(id).delete();
  await db.journal.where('participationId').equals(id).delete();
  await db.rejected.where('participationId').equals(id).delete();
  await db.participations.delete(id);
}

/** Runs a write and turns a full disk into an error the UI can show as is. */
async function guardQuota<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw isQuotaExceeded(error) ? new StorageFullError(error) : error;
  }
}

/** Dexie may wrap the browser's DOMException (inner, failures of a bulk write, cause). */
function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (e.name === 'QuotaExceededError') return true;
  const nested = [e.inner, e.cause, ...(Array.isArray(e.failures) ? e.failures : [])];
  return nested.some((n) => isQuotaExceeded(n, depth + 1));
}

/**
 * A v4 UUID. `crypto.randomUUID` exists only in secure contexts; a phone that opens the app
 * over plain http on the local network still has `getRandomValues`, so fall back to that.
 */
function newEventId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
