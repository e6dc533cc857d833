import { Catalog, type CatalogEntry } from '../core/scenario-catalog.ts';
import { Scenario } from '../core/scenario-schema.ts';

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
  const parsed = Scenario.safeParse(await fetchJson(`${import.meta.env.BASE_URL}scenes/${entry.path}/scenario.json`));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`scenes/${entry.path}/scenario.json: ${first?.path.join('.')}: ${first?.message} (npm run scenes:check)`);
  }
  return parsed.data;
}
