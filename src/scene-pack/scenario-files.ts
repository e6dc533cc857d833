import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * Finds every `scenario.json` under the given paths (files or folders), sorted, so tools and
 * the dev server agree on what a pack contains. Skips node_modules and dot-folders.
 */
export async function findScenarioFiles(paths: string[]): Promise<string[]> {
  const found = new Set<string>();
  async function walk(p: string): Promise<void> {
    const s = await stat(p);
    if (s.isFile()) {
      if (p.endsWith('.json')) found.add(resolve(p));
      return;
    }
    for (const entry of await readdir(p, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const child = join(p, entry.name);
      if (entry.isDirectory()) await walk(child);
      else if (entry.name === 'scenario.json') found.add(resolve(child));
    }
  }
  for (const p of paths) await walk(p);
  return [...found].sort();
}
