import type { FastifyInstance } from 'fastify';
import { EMPTY_NOTES, ParticipantNotes } from '../../core/api/participant-notes.ts';
import { requireFacilitator } from '../facilitator-auth.ts';
import { HttpError, parseInput } from '../http-error.ts';
import type { ServerContext } from '../server-context.ts';
import { ownSession } from '../session-access.ts';
import { ParticipantCode } from '../../core/api/api-ids.ts';
import type { LeerwerkplaatsEntry } from '../../core/api/leerwerkplaatsen.ts';

/** The facilitator's own notes, form and proposal per participant; erased with the session. */
export function notesRoutes(app: FastifyInstance, ctx: ServerContext): void {
  async function participantOf(request: Parameters<typeof requireFacilitator>[1], id: string, code: string) {
    const f = await requireFacilitator(ctx, request);
    const session = await ownSession(ctx, f, id);
    const pcode = parseInput(ParticipantCode, code, 'participant code');
    const p = await ctx.db.selectFrom('participants').select('id').where('session_id', '=', session.id).where('code', '=', pcode).executeTakeFirst();
    if (!p) throw new HttpError(404, 'not-found', `No participant ${pcode} in this session.`);
    return { f, participantId: p.id };
  }

  app.get<{ Params: { id: string; code: string } }>('/api/sessions/:id/participants/:code/notes', async (request) => {
    const { participantId } = await participantOf(request, request.params.id, request.params.code);
    const row = await ctx.db.selectFrom('participant_notes').selectAll().where('participant_id', '=', participantId).executeTakeFirst();
    if (!row) return { notes: EMPTY_NOTES, updatedAt: null };
    const parsed = ParticipantNotes.safeParse(JSON.parse(row.content));
    return { notes: parsed.success ? parsed.data : EMPTY_NOTES, updatedAt: row.updated_at };
  });

  app.put<{ Params: { id: string; code: string } }>('/api/sessions/:id/participants/:code/notes', async (request) => {
    const { f, participantId } = await participantOf(request, request.params.id, request.params.code);
    const notes = parseInput(ParticipantNotes, request.body, 'notes');
    const now = ctx.now();
    await ctx.db
      .insertInto('participant_notes')
      .values({ participant_id: participantId, content: JSON.stringify(notes), updated_at: now, updated_by: f.id })
      .onConflict((oc) => oc.column('participant_id').doUpdateSet({ content: JSON.stringify(notes), updated_at: now, updated_by: f.id }))
      .execute();
    return { notes, updatedAt: now };
  });

  /** Leerwerkplaatsprofielen for the matching aid; `own` marks the facilitator's organisation's teams. */
  app.get('/api/leerwerkplaatsen', async (request) => {
    const f = await requireFacilitator(ctx, request);
    const profiles = await ctx.scenarios.profiles();
    return { profiles: profiles.map((p) => ({ own: p.stable.organisation.name === f.organisationName, profile: p })) } satisfies {
      profiles: LeerwerkplaatsEntry[];
    };
  });
}
