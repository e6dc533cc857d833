import { dirname, join, relative, sep } from 'node:path';
import type { Catalog, CatalogEntry } from '../core/scenario-catalog.ts';
import type { Scenario } from '../core/scenario-schema.ts';
import { ZORGCATEGORIEEN } from '../core/zorgcategorie.ts';
import { readPackJson } from './pack-json.ts';
import { readScenarioVersions } from './pack-versions.ts';
import { findScenarioFiles } from './scenario-files.ts';
import { servedFiles, type ServedFile } from './served-files.ts';
import { readScenario } from '../core/read-content.ts';

/** A scene pack as read at one moment: what devices see and may fetch. */
export interface PackSnapshot {
  catalog: Catalog;
  /** The scenarios in the catalog, parsed, by catalog path ("<zorgcategorie>/<id>"). */
  scenarios: Map<string, Scenario>;
  /** Published versions kept beside each scenario (pack-versions.ts), by catalog path and version. */
  versions: Map<string, Map<string, Scenario>>;
  /** What may be fetched under /scenes/, by path below it (see servedFiles). */
  files: Map<string, ServedFile>;
}

function catalogEntry(s: Scenario, path: string): CatalogEntry {
  const start = s.nodes.find((n) => n.id === s.startNode) ?? s.nodes[0]!;
  return {
    id: s.id,
    version: s.version,
    zorgcategorie: s.zorgcategorie,
    title: s.title,
    description: s.description,
    beroepen: s.beroepen,
    niveaus: s.niveaus,
    ...(s.estimatedMinutes !== undefined ? { estimatedMinutes: s.estimatedMinutes } : {}),
    path,
    thumbnail: start.media.preview,
  };
}

/**
 * Reads every scenario of a scenes folder once. Scenarios that do not parse are left out and
 * reported through `warn` (the checker gives the full story), so one broken draft never takes
 * the whole app down.
 */
export async function readPackSnapshot(scenesDir: string, warn: (msg: string) => void = console.warn): Promise<PackSnapshot> {
  const entries: CatalogEntry[] = [];
  const scenarios = new Map<string, Scenario>();
  for (const file of await findScenarioFiles([scenesDir])) {
    const folder = relative(scenesDir, dirname(file)).split(sep).join('/');
    const json = await readPackJson(file, `${folder}/scenario.json`);
    if (!json.ok) {
      warn(`scenes: ${json.problem.file}: ${json.problem.message.en}; left out. Run npm run scenes:check.`);
      continue;
    }
    const read = readScenario(json.value);
    if (!read.ok) {
      warn(`scenes: ${folder}/scenario.json does not match the format (${read.pointer}: ${read.message}); left out. Run npm run scenes:check.`);
      continue;
    }
    entries.push(catalogEntry(read.value, folder));
    scenarios.set(folder, read.value);
  }
  const versions = new Map<string, Map<string, Scenario>>();
  for (const path of scenarios.keys()) {
    const found = await readScenarioVersions(join(scenesDir, path), warn);
    if (found.size) versions.set(path, found);
  }
  return { catalog: { scenarios: sortCatalog(entries) }, scenarios, versions, files: servedFiles(scenesDir, scenarios, versions) };
}

/** The start screen's order: by zorgcategorie (as listed in ZORGCATEGORIEEN), then id. */
export function sortCatalog(entries: CatalogEntry[]): CatalogEntry[] {
  const order = (z: string) => ZORGCATEGORIEEN.indexOf(z as (typeof ZORGCATEGORIEEN)[number]);
  return entries.sort((a, b) => order(a.zorgcategorie) - order(b.zorgcategorie) || a.id.localeCompare(b.id));
}

/**
 * Several pack roots read as one (the built-in scenes/ and the published packs under DATA_DIR):
 * one catalog, one set of served files. On the same catalog path the earlier root wins.
 */
export async function readPackRoots(roots: readonly string[], warn: (msg: string) => void = console.warn): Promise<PackSnapshot> {
  const [first, ...rest] = await Promise.all(roots.map((root) => readPackSnapshot(root, warn)));
  if (!first) throw new Error('no pack roots');
  for (const more of rest) {
    for (const [path, scenario] of more.scenarios) {
      if (first.scenarios.has(path)) {
        warn(`scenes: ${path} exists in two pack roots; the first is served.`);
        continue;
      }
      first.scenarios.set(path, scenario);
      first.catalog.scenarios.push(more.catalog.scenarios.find((e) => e.path === path)!);
      const versions = more.versions.get(path);
      if (versions) first.versions.set(path, versions);
      for (const [key, file] of more.files) if (key.startsWith(`${path}/`)) first.files.set(key, file);
    }
  }
  sortCatalog(first.catalog.scenarios);
  return first;
}
