import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PackImportAnswer, PackRefused } from '../../core/api/scene-packs.ts';
import { readScenario } from '../../core/read-content.ts';
import { readSceneManifest } from '../../core/read-scene-manifest.ts';
import type { Scenario } from '../../core/scenario-schema.ts';
import { scenarioMediaFiles } from '../../core/scenario-media.ts';
import { packProblem, type PackProblem } from '../../core/pack-problems.ts';
import { scenarioChanges } from '../../core/scenario-changes.ts';
import type { ConsentConfirmation, SceneManifest } from '../../core/scene-pack-manifest.ts';
import type { CheckedPack } from '../../scene-pack/check-unpacked-pack.ts';
import { versionFile } from '../../scene-pack/pack-versions.ts';
import { HttpError } from '../http-error.ts';
import type { ServerContext } from '../server-context.ts';
import { MEDIA_FILE, mediaKey, newMediaId } from './media-keys.ts';
import { addMediaOnce, makeCurrent, newStagingFolder, publishedFolder, removeFolder, writeVersionOnce } from './published-pack.ts';
import { DEFAULT_PACK_LIMITS } from '../../core/pack-entry-rules.ts';
import { readPack } from '../../scene-pack/read-pack.ts';
import { readPackRoots } from '../../scene-pack/pack-snapshot.ts';
import { checkPack } from '../../core/checker.ts';

type Installed = PackImportAnswer['installed'][number];

/** What an install needs of the server: the running one, or `npm run scenes:import` on its data folder. */
export type InstallContext = Pick<ServerContext, 'db' | 'scenesDir' | 'now'> & {
  authoring: Pick<ServerContext['authoring'], 'storage' | 'publishedDir'>;
  scenarios: Pick<ServerContext['scenarios'], 'invalidate'>;
};
export interface Importer {
  organisationId: string;
  /** Recorded as the publisher of the imported versions. */
  email: string;
}

const parseVersion = (v: string) => v.split('.').map(Number) as [number, number, number];
const newer = (a: string, b: string) => {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

/** The manifest kept beside an imported version (licence, credits, consent confirmations, origin). */
export const manifestFile = (version: string) => `versions/${version}.manifest.json`;

async function sha256Of(file: string): Promise<string | undefined> {
  const data = await readFile(file).catch(() => undefined);
  return data && createHash('sha256').update(data).digest('hex');
}

/**
 * Installs a checked pack (readPack found no problem; its files are unpacked in `dir`, a
 * staging folder under DATA_DIR/published) as published scenarios of the importer's
 * organisation, the way publishing writes them: an immutable version file, media that never
 * change under a name, a row in draft_versions, and scenario.json made current. A scenario the
 * organisation has gets the pack's version as a new, newer version (the old ones stay, so a
 * rollback works) and the answer says what changed. Everything is judged before anything moves;
 * a refusal installs nothing.
 */
export async function installPack(
  ctx: InstallContext,
  importer: Importer,
  pack: CheckedPack & { manifest: SceneManifest },
  dir: string,
): Promise<{ ok: true; installed: Installed[] } | { ok: false; problems: PackProblem[] }> {
  const problems: PackProblem[] = [];
  const plans: { path: string; text: string; draft?: { id: string; current_version: string | null; scenario: string }; media: string[] }[] = [];
  for (const s of pack.scenarios) {
    const file = `${s.path}/scenario.json`;
    if (await stat(join(ctx.scenesDir, s.path, 'scenario.json')).catch(() => undefined)) {
      problems.push(packProblem('built-in-scenario', file, { path: s.path }));
      continue;
    }
    const draft = await ctx.db
      .selectFrom('drafts')
      .select(['id', 'organisation_id', 'current_version', 'scenario'])
      .where('path', '=', s.path)
      .executeTakeFirst();
    if (draft && draft.organisation_id !== importer.organisationId) {
      problems.push(packProblem('taken-by-other-organisation', file, { path: s.path }));
      continue;
    }
    if (draft) {
      const versions = await ctx.db.selectFrom('draft_versions').select('version').where('draft_id', '=', draft.id).execute();
      const highest = versions
        .map((v) => v.version)
        .sort(newer)
        .at(-1);
      if (highest && newer(s.scenario.version, highest) <= 0) {
        problems.push(packProblem('version-not-newer', file, { version: s.scenario.version, have: highest }));
        continue;
      }
    }
    const target = publishedFolder(ctx, s.path);
    const media = s.files.filter((f) => f !== 'scenario.json');
    for (const rel of media) {
      const there = await sha256Of(join(target, rel));
      if (there && there !== pack.manifest.files.find((f) => f.path === `${s.path}/${rel}`)?.sha256)
        problems.push(packProblem('media-name-clash', `${s.path}/${rel}`, {}));
    }
    plans.push({ path: s.path, text: await readFile(join(dir, ...s.path.split('/'), 'scenario.json'), 'utf8'), ...(draft ? { draft } : {}), media });
  }
  problems.push(...(await duplicateIds(ctx, pack.scenarios)));
  if (problems.length) return { ok: false, problems };

  const installed: Installed[] = [];
  const now = ctx.now();
  const manifestText = `${JSON.stringify({ importedAt: new Date(now).toISOString(), importedBy: importer.email, manifest: pack.manifest }, null, 2)}\n`;
  for (const plan of plans) {
    const scenario = pack.scenarios.find((s) => s.path === plan.path)!.scenario;
    const version = scenario.version;
    const staged = join(dir, ...plan.path.split('/'));
    const target = publishedFolder(ctx, plan.path);
    // The organisation's editor keeps media as `media/<id>.jpg` in its storage: editor-made packs
    // land there too, so the imported scenario can be edited and published again.
    for (const rel of plan.media) {
      const name = /^media\/(.+)$/.exec(rel)?.[1];
      if (name && MEDIA_FILE.test(name) && (await ctx.authoring.storage.size(mediaKey(importer.organisationId, name))) === undefined) {
        await ctx.authoring.storage.put(mediaKey(importer.organisationId, name), createReadStream(join(staged, rel)));
      }
    }
    if (!plan.draft) {
      // A new scenario: its folder, complete (current scenario.json, versions/, media/), moved in whole.
      await mkdir(join(staged, 'versions'), { recursive: true });
      await writeFile(join(staged, versionFile(version)), plan.text);
      await writeFile(join(staged, manifestFile(version)), manifestText);
      await mkdir(dirname(target), { recursive: true });
      try {
        await rename(staged, target);
      } catch {
        throw new HttpError(409, 'import-conflict', `${plan.path} appeared while importing (another import?); import the pack again.`);
      }
      const draftId = newMediaId();
      await ctx.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('drafts')
          .values({
            id: draftId,
            organisation_id: importer.organisationId,
            path: plan.path,
            scenario: plan.text,
            revision: 1,
            created_at: now,
            created_by: importer.email,
            updated_at: now,
            updated_by: importer.email,
            current_version: version,
          })
          .execute();
        await trx.insertInto('draft_versions').values({ draft_id: draftId, version, published_at: now, published_by: importer.email }).execute();
      });
      installed.push({ path: plan.path, version, previousVersion: null, changes: null });
      continue;
    }
    // A newer version of a scenario the organisation has: added beside the old ones.
    for (const rel of plan.media) await addMediaOnce(target, rel.replace(/^media\//, ''), join(staged, rel));
    if (!(await writeVersionOnce(target, version, plan.text))) {
      throw new HttpError(409, 'version-exists', `Version ${version} of ${plan.path} exists already; nothing was changed.`);
    }
    await writeFile(join(target, manifestFile(version)), manifestText);
    const previous = plan.draft.current_version;
    const before = previous ? await readFile(join(target, versionFile(previous)), 'utf8').catch(() => undefined) : undefined;
    const old = before ? readScenario(JSON.parse(before)) : undefined;
    // The working copy follows the import only when it holds no edits beyond what was published.
    const untouched = before !== undefined && sameExceptVersion(plan.draft.scenario, before);
    await ctx.db.transaction().execute(async (trx) => {
      await trx.insertInto('draft_versions').values({ draft_id: plan.draft!.id, version, published_at: now, published_by: importer.email }).execute();
      await trx
        .updateTable('drafts')
        .set((eb) => ({
          current_version: version,
          ...(untouched ? { scenario: plan.text, updated_at: now, updated_by: importer.email, revision: eb('revision', '+', 1) } : {}),
        }))
        .where('id', '=', plan.draft!.id)
        .execute();
    });
    await makeCurrent(target, version);
    installed.push({ path: plan.path, version, previousVersion: previous, changes: old?.ok ? scenarioChanges(old.value, scenario) : null });
  }
  ctx.scenarios.invalidate();
  return { ok: true, installed };
}

/** The pack rule across files, as publishing applies it: no other scenario on this server may have the same id. */
async function duplicateIds(ctx: InstallContext, scenarios: CheckedPack['scenarios']): Promise<PackProblem[]> {
  const installed = await readPackRoots(
    [ctx.scenesDir, ctx.authoring.publishedDir].filter((dir) => existsSync(dir)),
    () => {},
  );
  const ours = new Set(scenarios.map((s) => s.path));
  const files = scenarios.map((s) => ({ file: `${s.path}/scenario.json`, scenario: s.scenario }));
  const others = [...installed.scenarios].filter(([path]) => !ours.has(path)).map(([path, scenario]) => ({ file: `${path}/scenario.json`, scenario }));
  const mine = new Set(files.map((f) => f.file));
  return checkPack([...files, ...others])
    .filter((p) => mine.has(p.file))
    .map((p) => packProblem('scenario-problem', p.file, { pointer: p.pointer, rule: p.rule, message: p.message, fix: p.fix }));
}

function sameExceptVersion(a: string, b: string): boolean {
  try {
    const strip = (t: string) => JSON.stringify({ ...(JSON.parse(t) as object), version: undefined });
    return strip(a) === strip(b);
  } catch {
    return false;
  }
}

/**
 * The consent confirmations kept for a scenario's version (from the pack it was imported with),
 * for the files that version names: an export passes them on, so they travel with the photos.
 */
export async function storedConsent(folder: string, path: string, scenario: Scenario): Promise<ConsentConfirmation[]> {
  const text = await readFile(join(folder, manifestFile(scenario.version)), 'utf8').catch(() => undefined);
  if (!text) return [];
  let raw: unknown;
  try {
    raw = (JSON.parse(text) as { manifest?: unknown }).manifest;
  } catch {
    return [];
  }
  const read = readSceneManifest(raw);
  const named = new Set(
    scenarioMediaFiles(scenario).map(
      (r) =>
        `${path}/${r
          .split('/')
          .filter((s) => s !== '.')
          .join('/')}`,
    ),
  );
  return read.ok ? (read.value.consentConfirmations ?? []).filter((c) => named.has(c.file)) : [];
}

export function refused(problems: PackProblem[]): PackRefused {
  return {
    error: 'pack-refused',
    message: `Niets geïnstalleerd: ${problems.length} probleem/problemen in het pakket. / Nothing was installed: ${problems.length} problem(s) in the pack.`,
    problems,
  };
}

/** Judges a pack .zip in a staging folder and installs it when nothing is wrong; the staging folder goes either way (the zip stays). */
export async function importPack(
  ctx: InstallContext,
  importer: { organisationId: string; email: string },
  zipFile: string,
  name: string,
): Promise<PackImportAnswer | PackRefused> {
  const staging = await newStagingFolder(ctx);
  try {
    const dir = join(staging, 'pack');
    await mkdir(dir);
    const checked = await readPack(zipFile, dir, DEFAULT_PACK_LIMITS, name);
    if (checked.problems.length || !checked.manifest) return refused(checked.problems);
    const installed = await installPack(ctx, importer, { ...checked, manifest: checked.manifest }, dir);
    return installed.ok ? { installed: installed.installed } : refused(installed.problems);
  } finally {
    await removeFolder(staging);
  }
}
