import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  CreateDraftBody,
  type DraftConflict,
  type DraftList,
  type DraftView,
  type PresenceAnswer,
  SaveDraftBody,
  type SaveDraftAnswer,
} from '../../core/api/authoring.ts';
import { Id } from '../../core/scenario-schema.ts';
import { Zorgcategorie } from '../../core/zorgcategorie.ts';
import type { z } from 'zod';
import type { Facilitator } from '../facilitator-auth.ts';
import { HttpError, parseInput } from '../http-error.ts';
import type { ServerContext } from '../server-context.ts';
import { ownDraft, ownUpload, requireAuthor } from './author-access.ts';
import { copyScenario } from './copy-scenario.ts';
import { draftSummaries, draftView, type DraftRow, PRESENCE_MS } from './draft-view.ts';
import { newMediaId } from './media-keys.ts';
import { newDraftScenario } from './new-draft-scenario.ts';
import { idFromTitle, takenScenarioIds, uniqueScenarioId } from './scenario-id.ts';

/** A scenario of a few hundred nodes with long texts fits; the server's default body limit is for events. */
const DRAFT_BODY_LIMIT = 4 * 1024 * 1024;

/** The answer to a save or publish on an older revision: the draft as it is now, so nothing is lost. */
export async function revisionConflict(ctx: ServerContext, reply: FastifyReply, row: DraftRow, author: Facilitator): Promise<DraftConflict> {
  reply.code(409);
  return {
    error: 'revision-conflict',
    message: `Someone saved this draft in the meantime (revision ${row.revision}, by ${row.updated_by}); nothing was overwritten. Compare, then save on revision ${row.revision}.`,
    draft: await draftView(ctx, row, author.id),
  };
}

export function draftRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/authoring/scenarios', async (request) => {
    const author = await requireAuthor(ctx, request);
    const rows = await ctx.db.selectFrom('drafts').selectAll().where('organisation_id', '=', author.organisationId).orderBy('updated_at', 'desc').execute();
    return { drafts: await draftSummaries(ctx, rows) } satisfies DraftList;
  });

  app.post('/api/authoring/scenarios', async (request, reply) => {
    const author = await requireAuthor(ctx, request);
    const body = parseInput(CreateDraftBody, request.body, 'draft');
    let scenario: Record<string, unknown>;
    let path: string;
    if ('fromUpload' in body) {
      const upload = await ownUpload(ctx, author, body.fromUpload);
      if (upload.status === 'failed') throw new HttpError(422, 'upload-failed', 'This upload could not be processed; upload the photo again.');
      const zorgcategorie = body.zorgcategorie ?? 'ouderenzorg';
      const id = await uniqueScenarioId(ctx, idFromTitle(body.title));
      scenario = newDraftScenario({ id, title: body.title, zorgcategorie, upload });
      path = `${zorgcategorie}/${id}`;
    } else {
      const copy = await copyScenario(ctx, author, body.copy);
      const id = await uniqueScenarioId(ctx, idFromTitle(`${copy.id}-kopie`));
      scenario = { ...copy, id, title: { nl: `${copy.title.nl} (kopie)`, ...(copy.title.en ? { en: `${copy.title.en} (copy)` } : {}) } };
      path = `${copy.zorgcategorie}/${id}`;
    }
    const now = ctx.now();
    const row: DraftRow = {
      id: newMediaId(),
      organisation_id: author.organisationId,
      path,
      scenario: JSON.stringify(scenario),
      revision: 1,
      created_at: now,
      created_by: author.email,
      updated_at: now,
      updated_by: author.email,
      current_version: null,
    };
    await ctx.db.insertInto('drafts').values(row).execute();
    reply.code(201);
    return (await draftView(ctx, row, author.id)) satisfies DraftView;
  });

  app.get<{ Params: { id: string } }>('/api/authoring/scenarios/:id', async (request) => {
    const author = await requireAuthor(ctx, request);
    return (await draftView(ctx, await ownDraft(ctx, author, request.params.id), author.id)) satisfies DraftView;
  });

  /**
   * Saves on `baseRevision` only (compare-and-set in one UPDATE): a save on an older revision is a
   * 409 with the draft as it is now, so a second editor never silently overwrites the first.
   */
  app.put<{ Params: { id: string } }>('/api/authoring/scenarios/:id', { bodyLimit: DRAFT_BODY_LIMIT }, async (request, reply) => {
    const author = await requireAuthor(ctx, request);
    const row = await ownDraft(ctx, author, request.params.id);
    const body = parseInput(SaveDraftBody, request.body, 'draft');
    if (body.scenario === null || typeof body.scenario !== 'object' || Array.isArray(body.scenario)) {
      const message = 'scenario: send the scenario as a JSON object';
      throw new HttpError(422, 'invalid-input', message, { issues: [{ path: 'scenario', message }] });
    }
    const now = ctx.now();
    const save = (path: string) =>
      ctx.db
        .updateTable('drafts')
        .set({ scenario: JSON.stringify(body.scenario), revision: body.baseRevision + 1, updated_at: now, updated_by: author.email, path })
        .where('id', '=', row.id)
        .where('revision', '=', body.baseRevision)
        .executeTakeFirst();
    const moved = await movedPath(ctx, row, body.scenario);
    // Another draft may take the same path at the same moment (unique in the database): then keep the old one.
    const result = moved ? await save(moved).catch(() => save(row.path)) : await save(row.path);
    if (Number(result.numUpdatedRows) !== 1) return revisionConflict(ctx, reply, await ownDraft(ctx, author, row.id), author);
    return { revision: body.baseRevision + 1, updatedAt: now } satisfies z.infer<typeof SaveDraftAnswer>;
  });

  /** "I have this draft open": every few seconds from the editor; answers who else has. */
  app.post<{ Params: { id: string } }>('/api/authoring/scenarios/:id/presence', async (request) => {
    const author = await requireAuthor(ctx, request);
    const row = await ownDraft(ctx, author, request.params.id);
    const now = ctx.now();
    const mine = await ctx.db
      .selectFrom('draft_presence')
      .select(['seen_at'])
      .where('draft_id', '=', row.id)
      .where('facilitator_id', '=', author.id)
      .executeTakeFirst();
    // Back after a while away: a new "since"; otherwise the editor has had it open since then.
    const fresh = !mine || now - mine.seen_at > PRESENCE_MS;
    await ctx.db
      .insertInto('draft_presence')
      .values({ draft_id: row.id, facilitator_id: author.id, email: author.email, since: now, seen_at: now })
      .onConflict((oc) => oc.columns(['draft_id', 'facilitator_id']).doUpdateSet(fresh ? { since: now, seen_at: now } : { seen_at: now }))
      .execute();
    const view = await draftView(ctx, row, author.id);
    return { editors: view.editors } satisfies z.infer<typeof PresenceAnswer>;
  });
}

/**
 * Until a draft is first published its catalog path follows the scenario's own `zorgcategorie`
 * and `id` (so both are editable), when those are valid and free. Once published the path is
 * fixed (sessions name it); a mismatch is then the checker's folder-mismatch at publish.
 */
async function movedPath(ctx: ServerContext, row: DraftRow, scenario: object): Promise<string | undefined> {
  if (row.current_version !== null) return undefined;
  const s = scenario as { id?: unknown; zorgcategorie?: unknown };
  const id = Id.safeParse(s.id);
  const zorgcategorie = Zorgcategorie.safeParse(s.zorgcategorie);
  if (!id.success || !zorgcategorie.success) return undefined;
  const path = `${zorgcategorie.data}/${id.data}`;
  if (path === row.path) return undefined;
  const ownId = row.path.split('/')[1];
  if (id.data !== ownId && (await takenScenarioIds(ctx)).has(id.data)) return undefined;
  return path;
}
