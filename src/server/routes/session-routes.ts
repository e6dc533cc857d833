import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import QRCode from 'qrcode';
import { CreateSessionBody, DEFAULT_RETENTION_DAYS, UpdateSessionBody } from '../../core/api/sessions.ts';
import { eraseTraces } from '../db/erase-traces.ts';
import { requireFacilitator } from '../facilitator-auth.ts';
import { HttpError, parseInput } from '../http-error.ts';
import { streamTag } from '../live-hub.ts';
import { newJoinCode } from '../join-code.ts';
import { isLoopback, parseRequestHost } from '../request-host.ts';
import type { ServerContext } from '../server-context.ts';
import { ownSession, sessionView } from '../session-access.ts';
import type { SessionDetail, SessionList, SessionView } from '../../core/api/sessions.ts';

const DAY_MS = 24 * 60 * 60_000;
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/** The URL a QR code points to: the app's join screen with the code filled in. */
export function joinUrl(origin: string, code: string): string {
  return `${origin}/#/join/${code}`;
}

/**
 * The origin devices should open, or null when the request's Host is missing or not a host (bad input).
 * A dashboard opened on the laptop itself (localhost) must still give devices an address they
 * can reach: the first LAN address.
 */
export function joinOrigin(protocol: string, hostHeader: string | undefined, publicUrls: readonly string[]): string | null {
  const host = parseRequestHost(hostHeader);
  if (!host || (protocol !== 'http' && protocol !== 'https')) return null;
  if (isLoopback(host) && publicUrls[0]) return publicUrls[0].replace(/\/$/, '');
  return `${protocol}://${host.hostname}${host.port === null ? '' : `:${host.port}`}`;
}

export function sessionRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post('/api/sessions', async (request, reply) => {
    const f = await requireFacilitator(ctx, request);
    const body = parseInput(CreateSessionBody, request.body, 'session');
    // A label for the dashboard has no use for control characters, and PostgreSQL cannot store NUL.
    if (body.title && CONTROL_CHARACTER.test(body.title)) {
      const message = 'the title cannot hold control characters (such as NUL, tab or a line break)';
      throw new HttpError(422, 'invalid-input', `session: title: ${message}`, { issues: [{ path: 'title', message }] });
    }
    const known = await ctx.scenarios.paths();
    const unknown = body.scenarios.filter((p) => !known.has(p));
    if (unknown.length) throw new HttpError(422, 'invalid-input', `scenarios: ${unknown.join(', ')} not in the scene pack (GET /scenes/index.json lists them)`);
    const org = await ctx.db.selectFrom('organisations').select('default_retention_days').where('id', '=', f.organisationId).executeTakeFirstOrThrow();
    const retentionDays = body.retentionDays ?? org.default_retention_days ?? DEFAULT_RETENTION_DAYS[body.mode];
    const now = ctx.now();
    const id = randomUUID();
    // Each scenario's version now: devices of this session play it even after a re-publish.
    const scenarioVersions = JSON.stringify(await ctx.scenarios.currentVersions(body.scenarios));
    // A unique code among all sessions; on the rare clash, draw again.
    for (let attempt = 0; ; attempt++) {
      const code = newJoinCode();
      const taken = await ctx.db.selectFrom('sessions').select('id').where('join_code', '=', code).executeTakeFirst();
      if (taken && attempt < 10) continue;
      await ctx.db
        .insertInto('sessions')
        .values({
          id,
          organisation_id: f.organisationId,
          created_by: f.id,
          mode: body.mode,
          title: body.title || null,
          scenarios: JSON.stringify([...new Set(body.scenarios)]),
          retention_days: retentionDays,
          status: 'open',
          join_code: code,
          join_code_expires_at: now + (body.joinHours ?? 12) * 60 * 60_000,
          created_at: now,
          ended_at: null,
          purge_at: now + retentionDays * DAY_MS,
          scenario_versions: scenarioVersions,
        })
        .execute();
      break;
    }
    const row = await ownSession(ctx, f, id);
    reply.code(201);
    return sessionView(row, 0);
  });

  app.get('/api/sessions', async (request) => {
    const f = await requireFacilitator(ctx, request);
    const rows = await ctx.db
      .selectFrom('sessions as s')
      .leftJoin('participants as p', 'p.session_id', 's.id')
      .selectAll('s')
      .select((eb) => eb.fn.count<number>('p.id').as('participant_count'))
      .where('s.organisation_id', '=', f.organisationId)
      .where('s.purge_at', '>', ctx.now())
      .groupBy('s.id')
      .orderBy('s.created_at', 'desc')
      .execute();
    return { sessions: rows.map((r) => sessionView(r, Number(r.participant_count))) } satisfies SessionList;
  });

  app.get<{ Params: { id: string } }>('/api/sessions/:id', async (request) => {
    const f = await requireFacilitator(ctx, request);
    const row = await ownSession(ctx, f, request.params.id);
    const participants = await ctx.db
      .selectFrom('participants')
      .select(['code', 'created_at', 'last_seen_at', 'consented_at'])
      .where('session_id', '=', row.id)
      .orderBy('created_at')
      .execute();
    return {
      session: sessionView(row, participants.length),
      participants: participants.map((p) => ({ code: p.code, joinedAt: p.created_at, lastSeenAt: p.last_seen_at, consentedAt: p.consented_at })),
    } satisfies SessionDetail;
  });

  app.patch<{ Params: { id: string } }>('/api/sessions/:id', async (request) => {
    const f = await requireFacilitator(ctx, request);
    const row = await ownSession(ctx, f, request.params.id);
    const { status } = parseInput(UpdateSessionBody, request.body, 'session update');
    if (status === 'open' && row.status !== 'open') throw new HttpError(409, 'cannot-reopen', 'An ended session cannot be reopened; start a new one.');
    // Ending a session closes the door (no new joins); devices can still deliver what they logged.
    await ctx.db
      .updateTable('sessions')
      .set({ status, ended_at: row.ended_at ?? (status === 'open' ? null : ctx.now()), join_code: status === 'open' ? row.join_code : null })
      .where('id', '=', row.id)
      .execute();
    ctx.hub.publish({ kind: 'session-changed', sessionId: row.id });
    const updated = await ownSession(ctx, f, row.id);
    const count = await ctx.db
      .selectFrom('participants')
      .select((eb) => eb.fn.count<number>('id').as('n'))
      .where('session_id', '=', row.id)
      .executeTakeFirstOrThrow();
    return sessionView(updated, Number(count.n)) satisfies SessionView;
  });

  app.delete<{ Params: { id: string } }>('/api/sessions/:id', async (request) => {
    const f = await requireFacilitator(ctx, request);
    const row = await ownSession(ctx, f, request.params.id);
    // First expire it (every check reads a passed purge date as erased), committed on its own:
    // devices still sending then stop locking the row, and the DELETE is not starved by them.
    await ctx.db.updateTable('sessions').set({ purge_at: ctx.now() }).where('id', '=', row.id).execute();
    await ctx.db.deleteFrom('sessions').where('id', '=', row.id).execute();
    await eraseTraces(ctx.db, ctx.dbKind);
    // Open dashboards hear it first (they show "erased"), then every stream of the session ends.
    ctx.hub.publish({ kind: 'session-changed', sessionId: row.id });
    ctx.hub.closeTagged(streamTag.session(row.id));
    return { erased: row.id };
  });

  app.get<{ Params: { id: string } }>('/api/sessions/:id/qr.svg', async (request, reply) => {
    const f = await requireFacilitator(ctx, request);
    const row = await ownSession(ctx, f, request.params.id);
    if (!row.join_code) throw new HttpError(409, 'session-closed', 'This session is closed for joining.');
    const origin = joinOrigin(request.protocol, request.headers.host, ctx.publicUrls);
    if (origin === null) {
      throw new HttpError(400, 'bad-host', 'The Host header is not a host name or address (with an optional port) that devices could open.');
    }
    reply.type('image/svg+xml');
    return QRCode.toString(joinUrl(origin, row.join_code), { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  });
}
