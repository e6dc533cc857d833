import type {} from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { z } from 'zod';
import { applyClassCommand, ClassCommand, ClassState, GazeBatch, gazeBin, INITIAL_CLASS_STATE } from '../../core/api/class-mode.ts';
import { Id } from '../../core/scenario-schema.ts';
import { requireFacilitator } from '../facilitator-auth.ts';
import { HttpError, parseInput } from '../http-error.ts';
import { streamTag } from '../live-hub.ts';
import { bearerToken, requireParticipant } from '../participant-auth.ts';
import { holdParticipation } from '../participation-lock.ts';
import type { ServerContext } from '../server-context.ts';
import { ownSession } from '../session-access.ts';
import { openSseStream } from '../sse-stream.ts';
import { ScenarioPath } from '../../core/api/api-ids.ts';

const HeatmapQuery = z.object({
  scenario: ScenarioPath,
  node: Id,
});

async function classStateOf(ctx: ServerContext, sessionId: string): Promise<ClassState> {
  const row = await ctx.db.selectFrom('sessions').select('class_state').where('id', '=', sessionId).executeTakeFirst();
  if (!row?.class_state) return INITIAL_CLASS_STATE;
  const parsed = ClassState.safeParse(JSON.parse(row.class_state));
  return parsed.success ? parsed.data : INITIAL_CLASS_STATE;
}

/**
 * Werkveldoriëntatie class mode: the docent's controls (volg mij, free explore, pause, prompt,
 * heatmap on/off), the devices' stream of those, and the anonymous heatmap of where the class
 * looked.
 */
export function classRoutes(app: FastifyInstance, ctx: ServerContext, gazeLimit: { max: number; timeWindow: number }): void {
  app.get<{ Params: { id: string } }>('/api/sessions/:id/class', async (request) => {
    const f = await requireFacilitator(ctx, request);
    const session = await ownSession(ctx, f, request.params.id);
    return classStateOf(ctx, session.id);
  });

  app.post<{ Params: { id: string } }>('/api/sessions/:id/class', async (request) => {
    const f = await requireFacilitator(ctx, request);
    const session = await ownSession(ctx, f, request.params.id);
    const command = parseInput(ClassCommand, request.body, 'class command');
    const scenarios = JSON.parse(session.scenarios) as string[];
    if (command.kind === 'follow' && !scenarios.includes(command.scenario)) {
      throw new HttpError(422, 'invalid-input', `scenario: "${command.scenario}" is not one of this session's scenarios`);
    }
    if (command.kind === 'follow') {
      const known = await ctx.scenarios.load([command.scenario]);
      if (!known.get(command.scenario)?.nodes.some((n) => n.id === command.nodeId)) {
        throw new HttpError(422, 'invalid-input', `nodeId: "${command.nodeId}" is not a scene of ${command.scenario}`);
      }
    }
    // Read-modify-write in one transaction, so two quick clicks do not lose one.
    const state = await ctx.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('sessions').select('class_state').where('id', '=', session.id).executeTakeFirstOrThrow();
      const current = row.class_state ? ClassState.parse(JSON.parse(row.class_state)) : INITIAL_CLASS_STATE;
      const next = applyClassCommand(current, command);
      await trx
        .updateTable('sessions')
        .set({ class_state: JSON.stringify(next) })
        .where('id', '=', session.id)
        .execute();
      return next;
    });
    ctx.hub.publish({ kind: 'class-state', sessionId: session.id, state });
    return state;
  });

  /** The device's stream: the class state now, then every change. Only class-state, nothing of other participants. */
  app.get('/api/participation/live', async (request, reply) => {
    const p = await requireParticipant(ctx, request);
    const state = await classStateOf(ctx, p.sessionId);
    openSseStream(ctx.hub, request, reply, {
      sessionId: p.sessionId,
      first: [{ event: 'class-state', data: { kind: 'class-state', sessionId: p.sessionId, state } }],
      accept: (m) => m.kind === 'class-state',
      tags: [streamTag.participant(p.id), streamTag.session(p.sessionId)],
      // The token still belongs to a participant (not erased) of a session not past its purge date.
      stillAllowed: () => requireParticipant(ctx, request).then((now) => now.id === p.id),
      recheckMs: ctx.liveRecheckMs,
    });
  });

  // Per device: a device sends one batch every 2 s while the heatmap is on.
  const rateLimit = { ...gazeLimit, keyGenerator: (r: FastifyRequest) => bearerToken(r) ?? r.ip };
  app.post('/api/participation/gaze', { config: { rateLimit } }, async (request) => {
    const p = await requireParticipant(ctx, request);
    const batch = parseInput(GazeBatch, request.body, 'gaze');
    const state = await classStateOf(ctx, p.sessionId);
    // Only while the docent has the heatmap on; otherwise nothing is kept.
    if (!state.heatmap) return { stored: 0 };
    // Only scenes of the session's scenarios: any other id would be a row nobody can ever look at.
    for (const [i, s] of batch.samples.entries()) {
      if (!p.scenarios.includes(s.scenario)) {
        throw new HttpError(422, 'invalid-input', `gaze: samples.${i}.scenario: "${s.scenario}" is not one of this session's scenarios; nothing was counted`);
      }
      if (!(await ctx.scenarios.nodeIds(s.scenario)).has(s.nodeId)) {
        throw new HttpError(422, 'invalid-input', `gaze: samples.${i}.nodeId: "${s.nodeId}" is not a scene of ${s.scenario}; nothing was counted`);
      }
    }
    const counts = new Map<string, { scenario: string; nodeId: string; yawBin: number; pitchBin: number; n: number }>();
    for (const s of batch.samples) {
      const { yawBin, pitchBin } = gazeBin(s.yaw, s.pitch);
      const key = `${s.scenario}|${s.nodeId}|${yawBin}|${pitchBin}`;
      const c = counts.get(key) ?? { scenario: s.scenario, nodeId: s.nodeId, yawBin, pitchBin, n: 0 };
      c.n++;
      counts.set(key, c);
    }
    if (counts.size === 0) return { stored: 0 };
    await ctx.db.transaction().execute(async (trx) => {
      await holdParticipation(trx, ctx.dbKind, p.id, p.sessionId, ctx.now());
      await trx
        .insertInto('gaze_bins')
        .values(
          [...counts.values()].map((c) => ({
            session_id: p.sessionId,
            scenario: c.scenario,
            node_id: c.nodeId,
            yaw_bin: c.yawBin,
            pitch_bin: c.pitchBin,
            count: c.n,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['session_id', 'scenario', 'node_id', 'yaw_bin', 'pitch_bin']).doUpdateSet({ count: sql`gaze_bins.count + excluded.count` }),
        )
        .execute();
    });
    return { stored: batch.samples.length };
  });

  app.get<{ Params: { id: string }; Querystring: { scenario?: string; node?: string } }>('/api/sessions/:id/heatmap', async (request) => {
    const f = await requireFacilitator(ctx, request);
    const session = await ownSession(ctx, f, request.params.id);
    // Validated, not just present: PostgreSQL cannot compare text holding NUL (a 500 before).
    const { scenario, node } = parseInput(HeatmapQuery, request.query, 'query');
    const bins = await ctx.db
      .selectFrom('gaze_bins')
      .select(['yaw_bin', 'pitch_bin', 'count'])
      .where('session_id', '=', session.id)
      .where('scenario', '=', scenario)
      .where('node_id', '=', node)
      .execute();
    return { binDeg: 10, bins: bins.map((b) => ({ yawBin: b.yaw_bin, pitchBin: b.pitch_bin, count: b.count })) };
  });
}
