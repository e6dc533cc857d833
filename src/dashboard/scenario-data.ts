import { Catalog } from '../core/scenario-catalog.ts';
import { indexScenario, type ScenarioIndex } from '../core/scenario-index.ts';
import { appUrl, NetworkError } from '../facilitator-api/api-client.ts';
import { readScenario } from '../core/read-content.ts';

/**
 * The scene pack as the dashboard needs it: the catalog (for choosing scenarios) and whole
 * scenarios (to turn node and option ids in the log into titles and labels). Fetched once per
 * page load; the dashboard does not import the player.
 */
async function fetchJson(path: string): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(appUrl(path), { credentials: 'same-origin' });
  } catch (e) {
    throw new NetworkError(e);
  }
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return res.json();
}

let catalog: Promise<Catalog> | null = null;
export function loadCatalog(): Promise<Catalog> {
  catalog ??= fetchJson('scenes/index.json').then((json) => Catalog.parse(json));
  catalog.catch(() => (catalog = null));
  return catalog;
}

const scenarios = new Map<string, Promise<ScenarioIndex>>();
/** A scenario by catalog path ("ouderenzorg/ochtend-verpleeghuis"), indexed for lookups. */
export function loadScenarioIndex(path: string): Promise<ScenarioIndex> {
  let p = scenarios.get(path);
  if (!p) {
    p = fetchJson(`scenes/${path}/scenario.json`).then((json) => {
      const read = readScenario(json);
      if (!read.ok) throw new Error(`scenes/${path}/scenario.json: ${read.pointer}: ${read.message}`);
      return indexScenario(read.value);
    });
    p.catch(() => scenarios.delete(path));
    scenarios.set(path, p);
  }
  return p;
}
