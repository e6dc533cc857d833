import type { Kysely, Transaction } from 'kysely';
import type { IngestBatch, WireEvent } from '../core/api/device-event.ts';
import type { StoredEvent } from '../core/api/stored-event.ts';
import { runStarts, versionPlayedAt } from '../core/scenario-runs.ts';
import { canonicalJson } from './canonical-json.ts';
import type { DatabaseKind } from './db/open-database.ts';
import type { Database } from './db/schema.ts';
import { HttpError } from './http-error.ts';
import { holdParticipation } from './participation-lock.ts';

export interface IngestParticipant {
  id: string;
  code: string;
  sessionId: string;
  scenarios: readonly string[];
}

/** What "the same event" means: the same participant, sequence number, clock, scenario and body. */
function contentOf(e: WireEvent): string {
  return canonicalJson({ at: e.at, body: e.body, scenario: e.scenario, seq: e.seq });
}

class Conflict extends Error {
  constructor(readonly ids: string[]) {
    super('conflict');
  }
}

/**
 * Stores a batch exactly once, the way an xAPI LRS treats statement ids: an id seen before with
 * the same content is acknowledged again and changes nothing; the same id with other content is
 * a 409 and nothing of the batch is stored. The whole batch is one transaction, and we answer only
 * after the commit (SQLite synchronous=FULL; PostgreSQL's synchronous commit).
 * Returns the acknowledged ids and the events that were new (for the live channel).
 */
export async function ingestEvents(
  db: Kysely<Database>,
  participant: IngestParticipant,
  batch: IngestBatch,
  now: number,
  options: { kind: DatabaseKind; limits: VolumeLimits; forwardToLrs?: boolean },
): Promise<{ acknowledged: string[]; stored: StoredEvent[] }> {
  checkBatch(participant, batch);
  const byId = new Map(batch.events.map((e) => [e.id, e]));
  try {
    const stored = await db.transaction().execute(async (trx) => {
      const ids = [...byId.keys()];
      const existing = await trx.selectFrom('events').select(['id', 'participant_id', 'content']).where('id', 'in', ids).execute();
      const clash = (row: { id: string; participant_id: string; content: string }) =>
        row.participant_id !== participant.id || row.content !== contentOf(byId.get(row.id)!);
      const conflicts = existing.filter(clash).map((r) => r.id);
      if (conflicts.length) throw new Conflict(conflicts);

      const known = new Set(existing.map((r) => r.id));
      const fresh = batch.events.filter((e) => !known.has(e.id));
      // A replay of what is stored writes nothing: no lock, no count (the path a device with a lost answer takes).
      if (fresh.length === 0) return [];
      await holdParticipation(trx, options.kind, participant.id, participant.sessionId, now);
      await checkVolume(trx, participant, fresh.length, options.limits);
      const versionOf = await scenarioVersions(trx, participant.id, fresh);
      const rows = fresh.map((e) => ({
        id: e.id,
        session_id: participant.sessionId,
        participant_id: participant.id,
        seq: e.seq,
        scenario: e.scenario,
        type: e.body.type,
        content: contentOf(e),
        client_at: e.at,
        server_at: now,
        scenario_version: versionOf(e),
      }));
      // DO NOTHING covers a concurrent request that stored the same id a moment ago, and a
      // sequence number already used by another event; both are checked right after.
      const inserted = new Set<string>();
      for (let i = 0; i < rows.length; i += 100) {
        const chunk = rows.slice(i, i + 100);
        for (const r of await trx
          .insertInto('events')
          .values(chunk)
          .onConflict((oc) => oc.doNothing())
          .returning('id')
          .execute())
          inserted.add(r.id);
      }
      const skipped = fresh.filter((e) => !inserted.has(e.id)).map((e) => e.id);
      if (skipped.length) {
        const now = await trx.selectFrom('events').select(['id', 'participant_id', 'content']).where('id', 'in', skipped).execute();
        const same = new Set(now.filter((r) => !clash(r)).map((r) => r.id));
        const bad = skipped.filter((id) => !same.has(id));
        if (bad.length) throw new Conflict(bad);
      }
      // Queued in the same transaction: an event stored is an event that will be forwarded.
      const forward = fresh.filter((e) => inserted.has(e.id) && e.body.type !== 'consent-given');
      if (options.forwardToLrs && forward.length) {
        await trx
          .insertInto('lrs_queue')
          .values(forward.map((e) => ({ id: e.id, session_id: participant.sessionId, next_attempt_at: now, last_error: null })))
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
      const consent = fresh.find((e) => e.body.type === 'consent-given');
      await trx
        .updateTable('participants')
        .set(consent ? { last_seen_at: now, consented_at: consent.at } : { last_seen_at: now })
        .where('id', '=', participant.id)
        .execute();
      return fresh
        .filter((e) => inserted.has(e.id))
        .map<StoredEvent>((e) => ({
          id: e.id,
          sessionId: participant.sessionId,
          participantCode: participant.code,
          participationId: participant.id,
          seq: e.seq,
          at: e.at,
          serverAt: now,
          scenario: e.scenario,
          body: e.body,
          scenarioVersion: versionOf(e),
        }));
    });
    return { acknowledged: [...byId.keys()], stored };
  } catch (e) {
    if (e instanceof Conflict) {
      throw new HttpError(
        409,
        'event-conflict',
        `${e.ids.length} event id(s) or sequence number(s) were already stored with different content; nothing in this batch was stored. Give a changed event a new id.`,
        { conflicts: e.ids },
      );
    }
    throw e;
  }
}

/**
 * The scenario version of each new event's run, from the participant's `started` events stored
 * before and in this batch. Recorded with the event and never changed after, so its xAPI
 * statement is the same in every export and forwarding (a `started` that arrives after later
 * events does not rewrite them).
 */
async function scenarioVersions(trx: Kysely<Database>, participantId: string, fresh: readonly WireEvent[]): Promise<(e: WireEvent) => string | null> {
  const stored = await trx
    .selectFrom('events')
    .select(['seq', 'scenario', 'content'])
    .where('participant_id', '=', participantId)
    .where('type', '=', 'started')
    .execute();
  const starts = runStarts([
    ...stored.map((r) => ({ seq: Number(r.seq), scenario: r.scenario, body: (JSON.parse(r.content) as { body: WireEvent['body'] }).body })),
    ...fresh,
  ]);
  return (e) => versionPlayedAt(starts, e);
}

export interface VolumeLimits {
  eventsPerParticipant: number;
  eventsPerSession: number;
  participantsPerSession: number;
}

/**
 * Far above what an honest device sends (a scenario is tens of events), so only a broken or
 * hostile device meets these; they keep one session small enough for the dashboard to load at once.
 * Only new events count: a device re-sending what was stored (a lost answer) is never refused.
 */
async function checkVolume(trx: Transaction<Database>, participant: IngestParticipant, fresh: number, limits: VolumeLimits): Promise<void> {
  // Both in one query: on PostgreSQL each query is a round trip.
  const counts = await trx
    .selectNoFrom((eb) => [
      eb.selectFrom('events').select(eb.fn.countAll<number>().as('n')).where('participant_id', '=', participant.id).as('participant'),
      eb.selectFrom('events').select(eb.fn.countAll<number>().as('n')).where('session_id', '=', participant.sessionId).as('session'),
    ])
    .executeTakeFirstOrThrow();
  const full = (what: string, max: number) =>
    new HttpError(
      429,
      'quota-exceeded',
      `${what} holds at most ${max} events; nothing of this batch was stored. / ${what} bewaart hooguit ${max} gebeurtenissen; niets van deze batch is opgeslagen.`,
      {},
      // An honest device never gets here; a broken one should not hammer the server meanwhile.
      { 'Retry-After': '3600' },
    );
  if (Number(counts.participant) + fresh > limits.eventsPerParticipant) throw full('A participation', limits.eventsPerParticipant);
  if (Number(counts.session) + fresh > limits.eventsPerSession) throw full('A session', limits.eventsPerSession);
}

/** Checks that need no database: a batch must be unambiguous on its own. */
function checkBatch(participant: IngestParticipant, batch: IngestBatch): void {
  const seenIds = new Set<string>();
  const seenSeqs = new Set<number>();
  for (const [i, e] of batch.events.entries()) {
    if (seenIds.has(e.id))
      throw new HttpError(400, 'duplicate-in-batch', `events.${i}.id: ${e.id} appears twice in this batch; nothing was stored. Send each event once.`);
    if (seenSeqs.has(e.seq))
      throw new HttpError(400, 'duplicate-in-batch', `events.${i}.seq: sequence number ${e.seq} appears twice in this batch; nothing was stored.`);
    seenIds.add(e.id);
    seenSeqs.add(e.seq);
    if (e.body.type === 'consent-given') {
      if (e.scenario !== null) throw new HttpError(422, 'invalid-input', `events.${i}.scenario: a consent-given event has scenario null`);
    } else if (e.scenario === null || !participant.scenarios.includes(e.scenario)) {
      throw new HttpError(
        422,
        'invalid-input',
        `events.${i}.scenario: "${e.scenario}" is not one of this session's scenarios (${participant.scenarios.join(', ')}); nothing was stored`,
      );
    }
  }
}
