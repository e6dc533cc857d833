import { randomBytes } from 'node:crypto';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { PackExportQuery } from '../../core/api/scene-packs.ts';
import type { ConsentConfirmation } from '../../core/scene-pack-manifest.ts';
import { localize } from '../../core/localized-text.ts';
import { DEFAULT_PACK_LIMITS } from '../../core/pack-entry-rules.ts';
import type { PackProblem } from '../../core/pack-problems.ts';
import { packSources, PackWriteError, writePack, type PackSource } from '../../scene-pack/write-pack.ts';
import type { Facilitator } from '../facilitator-auth.ts';
import { HttpError, parseInput } from '../http-error.ts';
import type { ServerContext } from '../server-context.ts';
import { requireAuthor } from './author-access.ts';
import { importPack, refused, storedConsent } from './install-pack.ts';
import { receiveUpload } from './receive-upload.ts';

const ImportQuery = z.object({ name: z.string().max(300).optional() });

/** A zip is at most as large as what it unpacks to (stored entries), plus its headers. */
const MAX_PACK_BYTES = DEFAULT_PACK_LIMITS.maxTotalBytes;

/**
 * The scenarios an author may export: the built-in ones, and their own organisation's published
 * ones. Anything else (another organisation's, a draft never published, a typo) is 404, as if
 * it did not exist.
 */
async function exportable(ctx: ServerContext, author: Facilitator, paths: string[]): Promise<PackSource[]> {
  const sources = packSources(await ctx.scenarios.getSnapshot(), paths);
  const own = await ctx.db
    .selectFrom('drafts')
    .select('path')
    .where('organisation_id', '=', author.organisationId)
    .where('current_version', 'is not', null)
    .where('path', 'in', paths)
    .execute();
  const ownPaths = new Set(own.map((r) => r.path));
  return Promise.all(
    paths.map(async (path, i) => {
      const builtIn = await stat(join(ctx.scenesDir, path, 'scenario.json')).catch(() => undefined);
      const source = sources[i];
      if (!source || (!builtIn && !ownPaths.has(path)))
        throw new HttpError(404, 'not-found', `No scenario ${path} among the built-in ones or your organisation's published ones.`);
      return source;
    }),
  );
}

/**
 * The consent confirmations stored when this organisation published the scenario's current
 * version (issue 11 §1), as pack paths; null for a scenario it did not publish here.
 */
async function publishedConsent(ctx: ServerContext, author: Facilitator, source: PackSource): Promise<ConsentConfirmation[] | null> {
  const rows = await ctx.db
    .selectFrom('version_consents')
    .innerJoin('drafts', 'drafts.id', 'version_consents.draft_id')
    .select(['version_consents.file', 'version_consents.kind', 'version_consents.confirmed_by', 'version_consents.confirmed_at'])
    .where('drafts.organisation_id', '=', author.organisationId)
    .where('drafts.path', '=', source.path)
    .where('version_consents.version', '=', source.scenario.version)
    .execute();
  if (rows.length === 0) return null;
  return rows.map((r) => ({
    file: `${source.path}/${r.file}`,
    kind: r.kind as ConsentConfirmation['kind'],
    confirmedBy: r.confirmed_by,
    confirmedAt: new Date(Number(r.confirmed_at)).toISOString(),
  }));
}

/** Scene packs (issue 11): export published and built-in scenarios as a .zip, import a .zip. See docs/scene-packs.md. */
export function packRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/authoring/packs/export', async (request, reply) => {
    const author = await requireAuthor(ctx, request);
    const query = parseInput(PackExportQuery, request.query, 'export');
    const paths = [...new Set(query.path)];
    const sources = await exportable(ctx, author, paths);
    // What the makers confirmed at publish (this server's table), else what an imported pack brought along.
    const consent = (
      await Promise.all(sources.map(async (s) => ((await publishedConsent(ctx, author, s)) ?? []).concat(await storedConsent(s.folder, s.path, s.scenario))))
    ).flat();
    const title =
      query.title ?? (sources.length === 1 ? localize(sources[0]!.scenario.title, 'nl') : `${author.organisationName}: ${sources.length} scenario's`);
    let pack;
    try {
      pack = await writePack(sources, {
        title,
        organisation: author.organisationName,
        licence: query.licence,
        credits: query.credit ?? [],
        consentConfirmations: consent,
        createdAt: new Date(ctx.now()),
      });
    } catch (e) {
      if (e instanceof PackWriteError) throw new HttpError(409, 'pack-incomplete', e.message);
      throw e;
    }
    const fileName = sources.length === 1 ? sources[0]!.path.replace('/', '-') : 'scenarios';
    reply.header('Content-Type', 'application/zip');
    reply.header('Content-Disposition', `attachment; filename="${fileName}.zip"`);
    reply.header('Cache-Control', 'no-store');
    return reply.send(pack.stream);
  });

  // One import at a time: each judges the packs already installed, so two must not interleave.
  let importing: Promise<unknown> = Promise.resolve();

  void app.register(async (scope) => {
    // The body is the .zip itself, read as a stream whatever its Content-Type (as uploads are).
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null));

    scope.post('/api/authoring/packs/import', async (request, reply) => {
      const author = await requireAuthor(ctx, request);
      const name = parseInput(ImportQuery, request.query, 'import').name?.split(/[\\/]/).pop() || 'pack.zip';
      const declared = Number(request.headers['content-length']);
      if (Number.isFinite(declared) && declared > MAX_PACK_BYTES) {
        reply.header('Connection', 'close');
        reply.code(413);
        return refused([tooLarge(name)]);
      }
      await mkdir(ctx.authoring.tmpDir, { recursive: true });
      const tmp = join(ctx.authoring.tmpDir, `pack-${randomBytes(8).toString('hex')}.zip`);
      const received = await receiveUpload(request.raw, tmp, MAX_PACK_BYTES);
      if (!received.ok) {
        if (received.reason === 'aborted') throw new HttpError(400, 'upload-aborted', 'The upload was interrupted; nothing was installed. Try again.');
        reply.header('Connection', 'close');
        reply.code(413);
        return refused([tooLarge(name)]);
      }
      const run = importing.then(() => importPack(ctx, author, tmp, name));
      importing = run.catch(() => {});
      const outcome = await run.finally(() => rm(tmp, { force: true }));
      if ('problems' in outcome) reply.code(422);
      return outcome;
    });
  });
}

function tooLarge(name: string): PackProblem {
  const gb = MAX_PACK_BYTES / 1024 ** 3;
  return {
    file: name,
    code: 'pack-too-large',
    message: { nl: `Het pakket is groter dan ${gb} GB.`, en: `The pack is larger than ${gb} GB.` },
    fix: { nl: 'Verdeel de scenario’s over meer pakketten.', en: 'Split the scenarios over more packs.' },
  };
}
