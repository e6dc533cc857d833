import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import { OUTBOX_DB_NAME } from './outbox-db-name.ts';
import type { JoinResponse } from '../core/api/sessions.ts';
import type { WireEvent } from '../core/api/device-event.ts';
import type { Action } from '../core/engine-types.ts';

/**
 * The device's own database (IndexedDB through Dexie). It is what makes the log survive being
 * offline, a headset going to sleep and a page reload: nothing the candidate did is only in
 * memory once the UI has moved on.
 */

/** One join of one session on this device. A device can hold several (a class sharing headsets). */
export interface Participation {
  /** `participationIdOf(session.id, participantCode)`. */
  id: string;
  /** Bearer token for `POST /api/events`; only this device has it. */
  token: string;
  participantCode: string;
  sessionId: string;
  session: JoinResponse['session'];
  joinedAt: number;
  /** The session's purgeAt: after it the server has erased the data, so the device does too. */
  expiresAt: number;
  /** Seq of the next event; only ever moves up, inside the transaction that writes the events. */
  nextSeq: number;
  consentedAt: number | null;
  /** Catalog path of the scenario being played, null on the scenario list; for resuming. */
  scenario: string | null;
}

/** An event waiting for the server's acknowledgement. */
export interface OutboxRow {
  /** The event id (v4 UUID). */
  id: string;
  participationId: string;
  seq: number;
  event: WireEvent;
  queuedAt: number;
}

/** One accepted engine step, so a run can be rebuilt with `replay` after a reload. */
export interface JournalRow {
  /** Auto-increment: the order the steps happened in. */
  key: number;
  participationId: string;
  scenario: string;
  action: Action;
  now: number;
  /** Ids of the events the step produced (links the journal to the log). */
  eventIds: string[];
}

/** An event the server refused for good; kept for diagnosis, never sent again. */
export interface RejectedRow {
  /** The event id. */
  id: string;
  participationId: string;
  event: WireEvent;
  status: number;
  message: string;
  at: number;
}

export { OUTBOX_DB_NAME };

export class OutboxDb extends Dexie {
  participations!: EntityTable<Participation, 'id'>;
  outbox!: EntityTable<OutboxRow, 'id'>;
  journal!: EntityTable<JournalRow, 'key'>;
  rejected!: EntityTable<RejectedRow, 'id'>;

  /** `options` lets tests pass their own IndexedDB; the app uses the defaults. */
  constructor(name: string = OUTBOX_DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      participations: 'id, expiresAt',
      outbox: 'id, participationId, [participationId+seq]',
      journal: '++key, participationId, [participationId+scenario]',
      rejected: 'id, participationId',
    });
  }
}

/** The key of a participation: the server's session id plus the participant code. */
export function participationIdOf(sessionId: string, participantCode: string): string {
  return `${sessionId}:${participantCode}`;
}
