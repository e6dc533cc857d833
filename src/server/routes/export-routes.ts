import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { StoredEvent } from '../../core/api/stored-event.ts';
import { toEventsCsv } from '../../core/events-csv.ts';
import { toXapiStatements } from '../../core/xapi-statements.ts';
import { eraseTraces } from '../db/erase-traces.ts';
import { requireFacilitator } from '../facilitator-auth.ts';
import { HttpError, parseInput } from '../http-error.ts';
import { streamTag } from '../live-hub.ts';
import type { ServerContext } from '../server-context.ts';
import { ownSession } from '../session-access.ts';
import { loadSessionEvents, sessionEventParts } from '../session-events.ts';
import { scenariosForEvents } from '../scenarios-for-events.ts';
import { ParticipantCode } from '../../core/api/api-ids.ts';

const CsvQuery = z.strictObject({ lang: z.enum(['nl', 'en']).default('nl') });

function attachment(name: string): string {
  return `attachment; filename="${name}"`;
}

async function* eventListJson(parts: AsyncIterable<StoredEvent[]>): AsyncGenerator<string> {
  yield '{"events":[';
  let first = true;
  for await (const part of parts) {
    if (part.length === 0) continue;
    yield `${first ? '' : ','}${part.map((e) => JSON.stringify(e)).join(',')}`;
    first = false;
  }
  yield ']}';
}

export function exportRoutes(app: FastifyInstance, ctx: ServerContext): void {
  /**
   * Everything stored for a session's events, for the dashboard: `{ "events": [...] }`, written
   * part by part, so a session at its volume limit does not hold up other requests meanwhile.
   */
  app.get<{ Params: { id: string } }>('/api/sessions/:id/events', async (request, reply) => {
    const f = await requireFacilitator(ctx, request);
    const session = await ownSession(ctx, f, request.params.id);
    reply.type('application/json; charset=utf-8');
    return Readable.from(eventListJson(sessionEventParts(ctx.db, session.id)));
  });

  app.get<{ Params: { id: string } }>('/api/sessions/:id/xapi', async (request, reply) => {
    const f = await requireFacilitator(ctx, request);
    const session = await ownSession(ctx, f, request.params.id);
    const events = await loadSessionEvents(ctx.db, session.id);
    const scenarios = await scenariosForEvents(ctx.scenarios, events);
    reply.header('Content-Disposition', attachment(`xapi-${session.id}.json`));
    return toXapiStatements(events, scenarios, ctx.xapi);
  });

  app.get<{ Params: { id: string } }>('/api/sessions/:id/events.csv', async (request, reply) => {
    const f = await requireFacilitator(ctx, request);
    const session = await ownSession(ctx, f, request.params.id);
    const { lang } = parseInput(CsvQuery, request.query, 'query');
    const events = await loadSessionEvents(ctx.db, session.id);
    const scenarios = await scenariosForEvents(ctx.scenarios, events);
    reply.type('text/csv; charset=utf-8').header('Content-Disposition', attachment(`sessie-${session.id}.csv`));
    return toEventsCsv(events, scenarios, lang);
  });

  /** Right of access: everything stored about one participant code, as JSON. */
  app.get<{ Params: { id: string; code: string } }>('/api/sessions/:id/participants/:code', async (request, reply) => {
    const f = await requireFacilitator(ctx, request);
    const session = await ownSession(ctx, f, request.params.id);
    const code = parseInput(ParticipantCode, request.params.code, 'participant code');
    const p = await ctx.db.selectFrom('participants').selectAll().where('session_id', '=', session.id).where('code', '=', code).executeTakeFirst();
    if (!p) throw new HttpError(404, 'not-found', `No participant ${code} in this session.`);
    reply.header('Content-Disposition', attachment(`${code}.json`));
    return {
      participant: { code: p.code, joinedAt: p.created_at, lastSeenAt: p.last_seen_at, consentedAt: p.consented_at },
      session: { id: session.id, mode: session.mode, purgeAt: session.purge_at, retentionDays: session.retention_days },
      events: await loadSessionEvents(ctx.db, session.id, p.id),
    };
  });

  /** Right to erasure: the participant and every event of theirs. */
  app.delete<{ Params: { id: string; code: string } }>('/api/sessions/:id/participants/:code', async (request) => {
    const f = await requireFacilitator(ctx, request);
    const session = await ownSession(ctx, f, request.params.id);
    const code = parseInput(ParticipantCode, request.params.code, 'participant code');
    const p = await ctx.db.selectFrom('participants').select('id').where('session_id', '=', session.id).where('code', '=', code).executeTakeFirst();
    if (!p) throw new HttpError(404, 'not-found', `No participant ${code} in this session.`);
    const erased = await ctx.db.transaction().execute(async (trx) => {
      // The participant first, as a device's write locks it (participation-lock.ts): no deadlock.
      if (ctx.dbKind === 'postgres') await trx.selectFrom('participants').select('id').where('id', '=', p.id).forUpdate().execute();
      const ev = await trx.deleteFrom('events').where('participant_id', '=', p.id).executeTakeFirst();
      await trx.deleteFrom('participants').where('id', '=', p.id).execute();
      return Number(ev.numDeletedRows);
    });
    await eraseTraces(ctx.db, ctx.dbKind);
    ctx.hub.closeTagged(streamTag.participant(p.id));
    ctx.hub.publish({ kind: 'session-changed', sessionId: session.id });
    return { erased: code, events: erased };
  });
}
