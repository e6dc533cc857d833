import { Catalog, type CatalogEntry } from '../core/scenario-catalog.ts';
import type { Scenario } from '../core/scenario-schema.ts';
import { readScenario } from '../core/read-content.ts';

/** Fetches and validates; a broken file gives a clear error instead of a half-working player. */
async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.json();
}

export async function loadCatalog(): Promise<Catalog> {
  return Catalog.parse(await fetchJson(`${import.meta.env.BASE_URL}scenes/index.json`));
}

export async function loadScenario(entry: CatalogEntry): Promise<Scenario> {
  const read = readScenario(await fetchJson(`${import.meta.env.BASE_URL}scenes/${entry.path}/scenario.json`));
  if (!read.ok) throw new Error(`scenes/${entry.path}/scenario.json: ${read.pointer}: ${read.message} (npm run scenes:check)`);
  return read.value;
}
