import type { CatalogEntry } from '../core/scenario-catalog.ts';
import type { Scenario } from '../core/scenario-schema.ts';

/** What the player needs to know about a scenario that is not in the catalog (a draft) to play it as if it were. */
export function previewEntry(scenario: Scenario, path: string): CatalogEntry {
  const start = scenario.nodes.find((n) => n.id === scenario.startNode) ?? scenario.nodes[0];
  return {
    id: scenario.id,
    version: scenario.version,
    zorgcategorie: scenario.zorgcategorie,
    title: scenario.title,
    description: scenario.description,
    beroepen: scenario.beroepen,
    niveaus: scenario.niveaus,
    path,
    thumbnail: start?.media.preview ?? '',
  };
}
