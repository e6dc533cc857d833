import type { Kysely } from 'kysely';
import type { DeviceEventBody } from '../core/api/device-event.ts';
import type { StoredEvent } from '../core/api/stored-event.ts';
import type { Database } from './db/schema.ts';

/** A session's events in the order they happened per participant (participant, then seq). */
export async function loadSessionEvents(db: Kysely<Database>, sessionId: string, participantId?: string): Promise<StoredEvent[]> {
  let q = db
    .selectFrom('events as e')
    .innerJoin('participants as p', 'p.id', 'e.participant_id')
    .select(['e.id', 'e.session_id', 'p.code', 'e.seq', 'e.client_at', 'e.server_at', 'e.scenario', 'e.content'])
    .where('e.session_id', '=', sessionId);
  if (participantId) q = q.where('e.participant_id', '=', participantId);
  const rows = await q.orderBy('p.created_at').orderBy('p.code').orderBy('e.seq').execute();
  return rows.map((r) => ({
    id: r.id,
    sessionId: r.session_id,
    participantCode: r.code,
    seq: r.seq,
    at: r.client_at,
    serverAt: r.server_at,
    scenario: r.scenario,
    body: (JSON.parse(r.content) as { body: DeviceEventBody }).body,
  }));
}
