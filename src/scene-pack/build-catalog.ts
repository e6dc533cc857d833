import { readFile } from 'node:fs/promises';
import { dirname, relative, sep } from 'node:path';
import type { Catalog, CatalogEntry } from '../core/scenario-catalog.ts';
import { Scenario } from '../core/scenario-schema.ts';
import { ZORGCATEGORIEEN } from '../core/zorgcategorie.ts';
import { findScenarioFiles } from './scenario-files.ts';

/**
 * Builds the scenario list from a scenes folder. Scenarios that do not parse are left out
 * and reported through `warn` (the checker gives the full story), so one broken draft never
 * takes the whole app down.
 */
export async function buildCatalog(scenesDir: string, warn: (msg: string) => void = console.warn): Promise<Catalog> {
  const scenarios: CatalogEntry[] = [];
  for (const file of await findScenarioFiles([scenesDir])) {
    const folder = relative(scenesDir, dirname(file)).split(sep).join('/');
    let parsed;
    try {
      parsed = Scenario.safeParse(JSON.parse(await readFile(file, 'utf8')));
    } catch (e) {
      warn(`scenes: ${folder}/scenario.json is not valid JSON (${(e as Error).message}); left out. Run npm run scenes:check.`);
      continue;
    }
    if (!parsed.success) {
      warn(`scenes: ${folder}/scenario.json does not match the format; left out. Run npm run scenes:check.`);
      continue;
    }
    const s = parsed.data;
    const start = s.nodes.find((n) => n.id === s.startNode) ?? s.nodes[0]!;
    scenarios.push({
      id: s.id,
      version: s.version,
      zorgcategorie: s.zorgcategorie,
      title: s.title,
      description: s.description,
      beroepen: s.beroepen,
      niveaus: s.niveaus,
      ...(s.estimatedMinutes !== undefined ? { estimatedMinutes: s.estimatedMinutes } : {}),
      path: folder,
      thumbnail: start.media.preview,
    });
  }
  const order = (z: string) => ZORGCATEGORIEEN.indexOf(z as (typeof ZORGCATEGORIEEN)[number]);
  scenarios.sort((a, b) => order(a.zorgcategorie) - order(b.zorgcategorie) || a.id.localeCompare(b.id));
  return { scenarios };
}
