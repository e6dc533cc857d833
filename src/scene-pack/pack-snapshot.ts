import { dirname, relative, sep } from 'node:path';
import type { Catalog, CatalogEntry } from '../core/scenario-catalog.ts';
import type { Scenario } from '../core/scenario-schema.ts';
import { ZORGCATEGORIEEN } from '../core/zorgcategorie.ts';
import { readPackJson } from './pack-json.ts';
import { findScenarioFiles } from './scenario-files.ts';
import { servedFiles, type ServedFile } from './served-files.ts';
import { readScenario } from '../core/read-content.ts';

/** A scene pack as read at one moment: what devices see and may fetch. */
export interface PackSnapshot {
  catalog: Catalog;
  /** The scenarios in the catalog, parsed, by catalog path ("<zorgcategorie>/<id>"). */
  scenarios: Map<string, Scenario>;
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
      warn(`scenes: ${json.problem.file}: ${json.problem.message}; left out. Run npm run scenes:check.`);
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
  const order = (z: string) => ZORGCATEGORIEEN.indexOf(z as (typeof ZORGCATEGORIEEN)[number]);
  entries.sort((a, b) => order(a.zorgcategorie) - order(b.zorgcategorie) || a.id.localeCompare(b.id));
  return { catalog: { scenarios: entries }, scenarios, files: servedFiles(scenesDir, scenarios) };
}
