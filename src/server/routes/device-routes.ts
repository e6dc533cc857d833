import type {} from '@fastify/rate-limit';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { IngestBatch } from '../../core/api/device-event.ts';
import { JOIN_CODE_ALPHABET, JoinBody, type JoinResponse } from '../../core/api/sessions.ts';
import { HttpError, parseInput } from '../http-error.ts';
import { ingestEvents, type VolumeLimits } from '../ingest-events.ts';
import { newParticipantCode } from '../join-code.ts';
import { bearerToken, requireParticipant } from '../participant-auth.ts';
import { hashToken, randomToken } from '../security/tokens.ts';
import type { ServerContext } from '../server-context.ts';

export interface DeviceLimits {
  /** Requests per window: joins per address, event batches and gaze batches per device token. */
  join: { max: number; timeWindow: number };
  events: { max: number; timeWindow: number };
  gaze: { max: number; timeWindow: number };
  /** What a session can hold at most; beyond it, 429 (docs/api.md says why these numbers). */
  volume: VolumeLimits;
}

const sessionFull = (max: number) =>
  new HttpError(
    429,
    'session-full',
    `Deze sessie is vol (${max} deelnemers); vraag je begeleider om een nieuwe code. / This session is full (${max} participants); ask your facilitator for a new code.`,
    {},
    { 'Retry-After': '3600' },
  );

export function deviceRoutes(app: FastifyInstance, ctx: ServerContext, limits: DeviceLimits): void {
  // Guessing codes is slowed per address; a class behind one school NAT still fits in the limit.
  app.post('/api/join', { config: { rateLimit: { ...limits.join, keyGenerator: (r) => r.ip } } }, async (request, reply) => {
    const { code } = parseInput(JoinBody, request.body, 'join');
    const unknownCode = () => new HttpError(404, 'unknown-code', 'Deze code klopt niet of is verlopen. / This code is wrong or has expired.');
    // Codes only ever use the join-code alphabet; anything else is wrong without asking the
    // database (PostgreSQL cannot even compare a text holding NUL and would answer 500).
    if (![...code].every((c) => JOIN_CODE_ALPHABET.includes(c))) throw unknownCode();
    const now = ctx.now();
    const session = await ctx.db
      .selectFrom('sessions as s')
      .innerJoin('organisations as o', 'o.id', 's.organisation_id')
      .select(['s.id', 's.mode', 's.scenarios', 's.retention_days', 's.purge_at', 's.status', 's.join_code_expires_at', 's.scenario_versions', 'o.name'])
      .where('s.join_code', '=', code)
      .executeTakeFirst();
    // A code may outlive its session's retention (joinHours up to 14 days, retention from 1): expired is gone.
    if (!session || session.status !== 'open' || (session.join_code_expires_at ?? 0) <= now || session.purge_at <= now) throw unknownCode();
    const token = randomToken();
    let participantCode = '';
    for (let attempt = 0; attempt < 20; attempt++) {
      participantCode = newParticipantCode();
      const clash = await ctx.db
        .selectFrom('participants')
        .select('id')
        .where('session_id', '=', session.id)
        .where('code', '=', participantCode)
        .executeTakeFirst();
      if (!clash) break;
    }
    await ctx.db.transaction().execute(async (trx) => {
      // Counted and added under the session's row lock on PostgreSQL, so two joins cannot both take the last place.
      if (ctx.dbKind === 'postgres') await trx.selectFrom('sessions').select('id').where('id', '=', session.id).forNoKeyUpdate().execute();
      const joined = await trx
        .selectFrom('participants')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('session_id', '=', session.id)
        .executeTakeFirstOrThrow();
      if (Number(joined.n) >= limits.volume.participantsPerSession) throw sessionFull(limits.volume.participantsPerSession);
      await trx
        .insertInto('participants')
        .values({
          id: randomUUID(),
          session_id: session.id,
          code: participantCode,
          token_hash: hashToken(token),
          consented_at: null,
          created_at: now,
          last_seen_at: now,
        })
        .execute();
    });
    ctx.hub.publish({ kind: 'participant-joined', sessionId: session.id, participantCode, at: now });
    reply.code(201);
    const response: JoinResponse = {
      token,
      participantCode,
      session: {
        id: session.id,
        mode: session.mode,
        organisation: session.name,
        scenarios: JSON.parse(session.scenarios) as string[],
        retentionDays: session.retention_days,
        purgeAt: session.purge_at,
        ...(session.scenario_versions ? { scenarioVersions: JSON.parse(session.scenario_versions) as Record<string, string> } : {}),
      },
    };
    return response;
  });

  app.get('/api/participation', async (request) => {
    const p = await requireParticipant(ctx, request);
    const last = await ctx.db
      .selectFrom('events')
      .select((eb) => eb.fn.max<number>('seq').as('seq'))
      .where('participant_id', '=', p.id)
      .executeTakeFirst();
    return { participantCode: p.code, sessionId: p.sessionId, scenarios: p.scenarios, status: p.sessionStatus, lastSeq: last?.seq ?? null };
  });

  /** "Still here": a device in a session says so every 20 s, so the dashboard can tell online from gone. */
  app.post('/api/participation/heartbeat', { config: { rateLimit: { ...limits.events, keyGenerator: (r) => bearerToken(r) ?? r.ip } } }, async (request) => {
    const p = await requireParticipant(ctx, request);
    const now = ctx.now();
    await ctx.db.updateTable('participants').set({ last_seen_at: now }).where('id', '=', p.id).execute();
    ctx.hub.publish({ kind: 'participant-seen', sessionId: p.sessionId, participantCode: p.code, at: now });
    return { at: now };
  });

  app.post(
    '/api/events',
    {
      bodyLimit: 2 * 1024 * 1024,
      // Per device, not per address: a whole class shares one address.
      config: { rateLimit: { ...limits.events, keyGenerator: (r) => bearerToken(r) ?? r.ip } },
    },
    async (request) => {
      const participant = await requireParticipant(ctx, request);
      const batch = parseInput(IngestBatch, request.body, 'events');
      const { acknowledged, stored } = await ingestEvents(ctx.db, participant, batch, ctx.now(), {
        kind: ctx.dbKind,
        limits: limits.volume,
        forwardToLrs: ctx.lrs !== undefined,
      });
      if (stored.length) {
        ctx.hub.publish({ kind: 'events', sessionId: participant.sessionId, events: stored });
        void ctx.lrs?.forward();
      }
      return { acknowledged };
    },
  );
}
