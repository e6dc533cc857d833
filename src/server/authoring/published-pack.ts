import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { versionFile } from '../../scene-pack/pack-versions.ts';
import type { ServerContext } from '../server-context.ts';

/**
 * A published scenario on disk, under DATA_DIR/published, in the pack format of scenes/ (so
 * `npm run scenes:check` and every loader read it as is):
 *
 *   <zorgcategorie>/<id>/scenario.json          the current version (a copy of one below)
 *   <zorgcategorie>/<id>/versions/<version>.json every published version, written once, never changed
 *   <zorgcategorie>/<id>/media/<file>            the media of all versions (names never reused)
 *
 * The database holds who published which version when, and which one is current; scenario.json
 * follows it (and is put right at start when a crash came between the two).
 */
export function publishedFolder(ctx: ServerContext, path: string): string {
  return join(ctx.authoring.publishedDir, ...path.split('/'));
}

/** Replaces a file so that readers see the old or the new one whole. */
export async function writeFileAtomically(file: string, content: string | Buffer): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.${randomBytes(6).toString('hex')}.part`;
  await writeFile(tmp, content);
  await rename(tmp, file);
}

/** Makes `<folder>/scenario.json` the given published version (publish, rollback, start-up repair). */
export async function makeCurrent(folder: string, version: string): Promise<void> {
  await writeFileAtomically(join(folder, 'scenario.json'), await readFile(join(folder, versionFile(version))));
}

/** Writes a version file once; false when that version already exists (versions are immutable). */
export async function writeVersionOnce(folder: string, version: string, content: string): Promise<boolean> {
  await mkdir(join(folder, 'versions'), { recursive: true });
  try {
    await writeFile(join(folder, versionFile(version)), content, { flag: 'wx' });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

/** Moves a staged media file into the pack unless a file of that name is there already (same name, same content). */
export async function addMediaOnce(folder: string, name: string, staged: string): Promise<void> {
  const target = join(folder, 'media', name);
  if (await stat(target).catch(() => undefined)) return;
  await mkdir(dirname(target), { recursive: true });
  await rename(staged, target);
}

/** At start: every published draft's scenario.json is its current version from the database. */
export async function repairCurrentVersions(ctx: ServerContext): Promise<void> {
  const rows = await ctx.db.selectFrom('drafts').select(['path', 'current_version']).where('current_version', 'is not', null).execute();
  for (const row of rows) {
    const folder = publishedFolder(ctx, row.path);
    const [current, wanted] = await Promise.all([
      readFile(join(folder, 'scenario.json')).catch(() => undefined),
      readFile(join(folder, versionFile(row.current_version!))).catch(() => undefined),
    ]);
    if (wanted && !current?.equals(wanted)) await makeCurrent(folder, row.current_version!);
  }
  if (rows.length) ctx.scenarios.invalidate();
}

export async function newStagingFolder(ctx: ServerContext): Promise<string> {
  // A dot-folder: the pack reader skips it, so a half-made publish never shows in the catalog.
  const dir = join(ctx.authoring.publishedDir, `.staging-${randomBytes(8).toString('hex')}`);
  await mkdir(dir, { recursive: true });
  return dir;
}

export const removeFolder = (dir: string) => rm(dir, { recursive: true, force: true });
