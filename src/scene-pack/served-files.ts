import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { scenarioMediaFiles } from '../core/scenario-media.ts';
import type { Scenario } from '../core/scenario-schema.ts';
import { versionFile } from './pack-versions.ts';
import { realPathIn } from './real-path.ts';

/** A file a device may fetch: `rel` inside `folder`, which it must not leave through a link. */
export interface ServedFile {
  folder: string;
  rel: string;
}

/** The generated catalog, answered from memory rather than from a file. */
export const CATALOG_FILE = 'index.json';
export const SCHEMA_FILE = 'scenario.schema.json';

/** A media path as a browser asks for it: "./" segments are gone, the rest as written. */
function asRequested(rel: string): string {
  return rel
    .split('/')
    .filter((s) => s !== '.')
    .join('/');
}

/**
 * Everything under /scenes/ a device may fetch, by path below /scenes/: the JSON Schema, and
 * for each scenario in the catalog its scenario.json and exactly the files it names
 * (scenarioMediaFiles, the rule the checker checks), and each published version at
 * `<path>/versions/<version>/scenario.json` with the files it names. Render sources, files no scenario names
 * and leerwerkplaatsprofielen (facilitators see those through the API) are not in it, and no
 * request path is resolved on disk, so "..", in any encoding, reaches nothing.
 */
export function servedFiles(
  scenesDir: string,
  scenarios: ReadonlyMap<string, Scenario>,
  versions: ReadonlyMap<string, ReadonlyMap<string, Scenario>> = new Map(),
): Map<string, ServedFile> {
  const files = new Map<string, ServedFile>([[SCHEMA_FILE, { folder: scenesDir, rel: SCHEMA_FILE }]]);
  for (const [path, scenario] of scenarios) {
    const folder = join(scenesDir, path);
    files.set(`${path}/scenario.json`, { folder, rel: 'scenario.json' });
    // The version a session pins, by one address for every scenario: the current one too.
    files.set(`${path}/versions/${scenario.version}/scenario.json`, { folder, rel: 'scenario.json' });
    for (const rel of scenarioMediaFiles(scenario)) files.set(`${path}/${asRequested(rel)}`, { folder, rel });
    // Published versions (pack-versions.ts) and every file they name: sessions started on an older
    // version keep playing it, with its media, after a re-publish or a rollback.
    for (const [version, old] of versions.get(path) ?? []) {
      files.set(`${path}/versions/${version}/scenario.json`, { folder, rel: versionFile(version) });
      for (const rel of scenarioMediaFiles(old)) files.set(`${path}/${asRequested(rel)}`, { folder, rel });
    }
  }
  return files;
}

/**
 * The file on disk to send for a served file, or undefined when it is missing, not a file, or
 * a symbolic link out of its folder (the checker reports those as linked-outside).
 */
export async function openServedFile(file: ServedFile): Promise<{ path: string; size: number } | undefined> {
  const where = await realPathIn(file.folder, file.rel);
  if (!where?.inside) return undefined;
  const s = await stat(where.real).catch(() => undefined);
  return s?.isFile() ? { path: where.real, size: s.size } : undefined;
}
