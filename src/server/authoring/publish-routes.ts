import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { PublishBody, type PublishAnswer, type PublishBlocked, RollbackBody } from '../../core/api/authoring.ts';
import { checkPack, checkScenario, type Problem } from '../../core/checker.ts';
import { scenarioMediaFiles } from '../../core/scenario-media.ts';
import { Scenario } from '../../core/scenario-schema.ts';
import { fileMediaInfo } from '../../scene-pack/media-info.ts';
import type { Facilitator } from '../facilitator-auth.ts';
import { HttpError, parseInput } from '../http-error.ts';
import type { ServerContext } from '../server-context.ts';
import { ownDraft, requireAuthor } from './author-access.ts';
import { revisionConflict } from './draft-routes.ts';
import type { DraftRow } from './draft-view.ts';
import { MEDIA_PATH, mediaKey } from './media-keys.ts';
import { nextVersion } from './next-version.ts';
import { addMediaOnce, makeCurrent, newStagingFolder, publishedFolder, removeFolder, writeFileAtomically, writeVersionOnce } from './published-pack.ts';

type Answer = z.infer<typeof PublishAnswer>;

/**
 * Publishing: the draft as saved is checked by the same checker as `npm run scenes:check` over
 * its media, then written as an immutable version in the pack format under DATA_DIR/published,
 * recorded (who, when) and made current: the catalog and /scenes/ serve it from then on.
 * Rolling back makes an older version current again. Sessions keep the version they pinned.
 */
export function publishRoutes(app: FastifyInstance, ctx: ServerContext): void {
  // One publish or rollback per draft at a time (this process is the only writer of its packs).
  const busy = new Map<string, Promise<unknown>>();
  const oneAtATime = async <T>(draftId: string, work: () => Promise<T>): Promise<T> => {
    while (busy.has(draftId)) await busy.get(draftId)!.catch(() => {});
    const running = work();
    busy.set(draftId, running);
    try {
      return await running;
    } finally {
      busy.delete(draftId);
    }
  };

  app.post<{ Params: { id: string } }>('/api/authoring/scenarios/:id/publish', async (request, reply) => {
    const author = await requireAuthor(ctx, request);
    const body = parseInput(PublishBody, request.body, 'publish');
    const draftId = (await ownDraft(ctx, author, request.params.id)).id;
    return oneAtATime(draftId, async () => {
      const row = await ownDraft(ctx, author, draftId);
      if (row.revision !== body.baseRevision) return revisionConflict(ctx, reply, row, author);
      const published = await ctx.db.selectFrom('draft_versions').select('version').where('draft_id', '=', row.id).execute();
      const version = nextVersion(
        published.map((v) => v.version),
        body.bump,
      );
      const outcome = await publish(ctx, author, row, version);
      if ('problems' in outcome) {
        reply.code(422);
        return outcome;
      }
      return outcome;
    });
  });

  app.post<{ Params: { id: string } }>('/api/authoring/scenarios/:id/rollback', async (request) => {
    const author = await requireAuthor(ctx, request);
    const { version } = parseInput(RollbackBody, request.body, 'rollback');
    const draftId = (await ownDraft(ctx, author, request.params.id)).id;
    return oneAtATime(draftId, async () => {
      const row = await ownDraft(ctx, author, draftId);
      const known = await ctx.db
        .selectFrom('draft_versions')
        .select('version')
        .where('draft_id', '=', row.id)
        .where('version', '=', version)
        .executeTakeFirst();
      if (!known) throw new HttpError(404, 'no-such-version', `Version ${version} of this scenario was never published.`);
      await ctx.db.updateTable('drafts').set({ current_version: version }).where('id', '=', row.id).execute();
      await makeCurrent(publishedFolder(ctx, row.path), version);
      ctx.scenarios.invalidate();
      return { path: row.path, version } satisfies Answer;
    });
  });
}

async function publish(ctx: ServerContext, author: Facilitator, row: DraftRow, version: string): Promise<Answer | PublishBlocked> {
  const [zorgcategorie, id] = row.path.split('/') as [string, string];
  const raw = JSON.parse(row.scenario) as unknown;
  const content = raw && typeof raw === 'object' && !Array.isArray(raw) ? { ...(raw as object), version } : raw;
  const file = `${row.path}/scenario.json`;
  const staging = await newStagingFolder(ctx);
  try {
    // The pack exactly as it will be published: scenario.json and the media it names, checked as files.
    const folder = join(staging, zorgcategorie, id);
    await writeFileAtomically(join(folder, 'scenario.json'), `${JSON.stringify(content, null, 2)}\n`);
    const parsed = Scenario.safeParse(content);
    const media = parsed.success ? scenarioMediaFiles(parsed.data).flatMap((rel) => MEDIA_PATH.exec(rel)?.[1] ?? []) : [];
    for (const name of new Set(media)) await ctx.authoring.storage.copyToFile(mediaKey(author.organisationId, name), join(folder, 'media', name));
    const result = await checkScenario(content, { file, folder: { zorgcategorie, id }, mediaInfo: fileMediaInfo(folder) });
    const problems: Problem[] = [...result.problems, ...(await duplicateIdProblems(ctx, row.path, file, result.scenario))];
    const errors = problems.filter((p) => p.severity === 'error');
    if (errors.length) {
      return {
        error: 'publish-blocked',
        message: `Not published: the checker found ${errors.length} error(s). Fix them (each names where, by its JSON pointer) and publish again.`,
        problems,
      };
    }

    const target = publishedFolder(ctx, row.path);
    for (const name of new Set(media)) await addMediaOnce(target, name, join(folder, 'media', name));
    if (!(await writeVersionOnce(target, version, `${JSON.stringify(content, null, 2)}\n`))) {
      throw new HttpError(409, 'version-exists', `Version ${version} was published already; reload the draft and publish again.`);
    }
    const now = ctx.now();
    await ctx.db.transaction().execute(async (trx) => {
      await trx.insertInto('draft_versions').values({ draft_id: row.id, version, published_at: now, published_by: author.email }).execute();
      await trx.updateTable('drafts').set({ current_version: version }).where('id', '=', row.id).execute();
    });
    await makeCurrent(target, version);
    ctx.scenarios.invalidate();
    return { path: row.path, version };
  } finally {
    await removeFolder(staging);
  }
}

/** The pack rule across files: no other scenario in the catalog may have this scenario's id. */
async function duplicateIdProblems(ctx: ServerContext, path: string, file: string, scenario: Scenario | undefined): Promise<Problem[]> {
  if (!scenario) return [];
  const { scenarios } = await ctx.scenarios.getSnapshot();
  const others = [...scenarios].filter(([p, s]) => p !== path && s.id === scenario.id).map(([p, s]) => ({ file: `${p}/scenario.json`, scenario: s }));
  return checkPack([{ file, scenario }, ...others]).filter((p) => p.file === file);
}
