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

/** A session's events in the order they happened per participant (participant, then seq). */
export function loadSessionEvents(db: Kysely<Database>, sessionId: string, participantId?: string): Promise<StoredEvent[]> {
  return loadEvents(db, { sessionId, participantId });
}

async function loadEvents(db: Kysely<Database>, where: { sessionId?: string; participantId?: string; ids?: readonly string[] }): Promise<StoredEvent[]> {
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
  if (where.sessionId !== undefined) q = q.where('e.session_id', '=', where.sessionId);
  if (where.participantId !== undefined) q = q.where('e.participant_id', '=', where.participantId);
  if (where.ids !== undefined) q = q.where('e.id', 'in', where.ids.length ? [...where.ids] : ['']);
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
