import { z } from 'zod';
import { LocalizedText } from './localized-text.ts';
import { Id, MboNiveau } from './scenario-schema.ts';
import { Zorgcategorie } from './zorgcategorie.ts';

/**
 * The list of scenarios a device can play (served as `/scenes/index.json`). A summary only, so
 * the start screen loads fast; the full scenario is fetched when chosen.
 */
export const CatalogEntry = z.strictObject({
  id: Id,
  version: z.string(),
  zorgcategorie: Zorgcategorie,
  title: LocalizedText,
  description: LocalizedText,
  beroepen: z.array(LocalizedText),
  niveaus: z.array(MboNiveau),
  estimatedMinutes: z.number().optional(),
  /** Folder under /scenes/, e.g. "ouderenzorg/ochtend-verpleeghuis". */
  path: z.string(),
  /** Preview of the start node, relative to the scenario folder, for the start screen. */
  thumbnail: z.string(),
});
export type CatalogEntry = z.infer<typeof CatalogEntry>;

export const Catalog = z.strictObject({ scenarios: z.array(CatalogEntry) });
export type Catalog = z.infer<typeof Catalog>;
