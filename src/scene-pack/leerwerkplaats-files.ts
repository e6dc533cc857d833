import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** Profiles live in one flat folder: scenes/leerwerkplaatsen/<id>.json. */
export const PROFILE_FOLDER = 'leerwerkplaatsen';

/** Any .json in a leerwerkplaatsen folder (profiles and their schema), so scenario tools skip them. */
export function isInProfileFolder(file: string): boolean {
  return file.endsWith('.json') && basename(dirname(file)) === PROFILE_FOLDER;
}

/** A profile file: a .json in a leerwerkplaatsen folder, except the generated schema. */
export function isProfileFile(file: string): boolean {
  return isInProfileFolder(file) && !file.endsWith('.schema.json');
}

/**
 * Finds every profile under the given paths (files or folders), sorted. Skips node_modules
 * and dot-folders, like the scenario finder.
 */
export async function findProfileFiles(paths: string[]): Promise<string[]> {
  const found = new Set<string>();
  async function walk(p: string): Promise<void> {
    const s = await stat(p);
    if (s.isFile()) {
      if (isProfileFile(resolve(p))) found.add(resolve(p));
      return;
    }
    for (const entry of await readdir(p, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const child = join(p, entry.name);
      if (entry.isDirectory()) await walk(child);
      else if (isProfileFile(resolve(child))) found.add(resolve(child));
    }
  }
  for (const p of paths) await walk(p);
  return [...found].sort();
}

/**
 * The scenarios a profile may link, as "<zorgcategorie>/<scenario-id>": every folder
 * `scenesDir/<zorgcategorie>/<scenario-id>/` that holds a scenario.json. A folder someone is
 * still filling without a scenario.json does not count yet.
 */
export async function listScenarioRefs(scenesDir: string): Promise<Set<string>> {
  const refs = new Set<string>();
  const dirs = async (dir: string) =>
    (await readdir(dir, { withFileTypes: true }).catch(() => []))
      .filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules')
      .map((e) => e.name);
  for (const category of await dirs(scenesDir)) {
    if (category === PROFILE_FOLDER) continue;
    for (const id of await dirs(join(scenesDir, category))) {
      const isFile = await stat(join(scenesDir, category, id, 'scenario.json')).then(
        (s) => s.isFile(),
        () => false,
      );
      if (isFile) refs.add(`${category}/${id}`);
    }
  }
  return refs;
}
