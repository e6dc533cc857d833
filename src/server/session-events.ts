import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Kysely } from 'kysely';
import type { DeviceEventBody } from '../core/api/device-event.ts';
import type { StoredEvent } from '../core/api/stored-event.ts';
import type { Database } from './db/schema.ts';

/** Stored events by id (any session), in the order they happened per participant: what the LRS forwarder sends. */
export async function loadEventsById(db: Kysely<Database>, ids: readonly string[]): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  for (let i = 0; i < ids.length; i += 500) out.push(...(await loadEvents(db, { ids: ids.slice(i, i + 500) })));
  return out;
}

/**
 * About this many events are read, parsed and handed on at a time. A session at its volume limit
 * holds 50 000; read at once, that held up every other request for half a second (the SQLite
 * driver is synchronous, and this is one process). Between parts other requests get their turn.
 */
const PART_EVENTS = 2000;

/**
 * A session's events in the order they happened per participant (participant, then seq), in
 * parts of whole participants. One participant is one part at most (≤ eventsPerParticipant).
 */
export async function* sessionEventParts(db: Kysely<Database>, sessionId: string, participantId?: string): AsyncGenerator<StoredEvent[]> {
  let q = db
    .selectFrom('participants as p')
    .leftJoin('events as e', 'e.participant_id', 'p.id')
    .select(['p.id', 'p.code', (eb) => eb.fn.count<number>('e.id').as('n')])
    .where('p.session_id', '=', sessionId);
  if (participantId) q = q.where('p.id', '=', participantId);
  const participants = await q.groupBy(['p.id', 'p.code', 'p.created_at']).orderBy('p.created_at').orderBy('p.code').execute();
  let group: typeof participants = [];
  let size = 0;
  for (const [i, p] of participants.entries()) {
    group.push(p);
    size += Number(p.n);
    if (size < PART_EVENTS && i < participants.length - 1) continue;
    if (size > 0) {
      yield await readPart(db, sessionId, group);
      await nextTurn();
    }
    group = [];
    size = 0;
  }
}

async function readPart(db: Kysely<Database>, sessionId: string, participants: { id: string; code: string }[]): Promise<StoredEvent[]> {
  const codes = new Map(participants.map((p) => [p.id, p.code]));
  const rows = await db
    .selectFrom('events')
    .select(['id', 'session_id', 'participant_id', 'seq', 'client_at', 'server_at', 'scenario', 'content', 'scenario_version'])
    .where('session_id', '=', sessionId)
    .where(
      'participant_id',
      'in',
      participants.map((p) => p.id),
    )
    .orderBy('seq')
    .execute();
  const byParticipant = new Map(participants.map((p) => [p.id, [] as StoredEvent[]]));
  for (const r of rows) {
    byParticipant.get(r.participant_id)!.push({
      id: r.id,
      sessionId: r.session_id,
      participantCode: codes.get(r.participant_id)!,
      participationId: r.participant_id,
      seq: r.seq,
      at: r.client_at,
      serverAt: r.server_at,
      scenario: r.scenario,
      body: (JSON.parse(r.content) as { body: DeviceEventBody }).body,
      scenarioVersion: r.scenario_version,
    });
  }
  return [...byParticipant.values()].flat();
}

/** All of a session's events (or one participant's), in the order of `sessionEventParts`. */
export async function loadSessionEvents(db: Kysely<Database>, sessionId: string, participantId?: string): Promise<StoredEvent[]> {
  const all: StoredEvent[] = [];
  for await (const part of sessionEventParts(db, sessionId, participantId)) all.push(...part);
  return all;
}

async function loadEvents(db: Kysely<Database>, where: { ids: readonly string[] }): Promise<StoredEvent[]> {
  let q = db
    .selectFrom('events as e')
    .innerJoin('participants as p', 'p.id', 'e.participant_id')
    .select([
      'e.id',
      'e.session_id',
      'p.code',
      'p.id as participant_id',
      'e.seq',
      'e.client_at',
      'e.server_at',
      'e.scenario',
      'e.content',
      'e.scenario_version',
    ]);
  q = q.where('e.id', 'in', where.ids.length ? [...where.ids] : ['']);
  const rows = await q.orderBy('p.created_at').orderBy('p.code').orderBy('e.seq').execute();
  return rows.map((r) => ({
    id: r.id,
    sessionId: r.session_id,
    participantCode: r.code,
    participationId: r.participant_id,
    seq: r.seq,
    at: r.client_at,
    serverAt: r.server_at,
    scenario: r.scenario,
    body: (JSON.parse(r.content) as { body: DeviceEventBody }).body,
    scenarioVersion: r.scenario_version,
  }));
}
