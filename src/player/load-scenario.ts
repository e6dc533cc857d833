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

/**
 * The scenario as it is now, or at `version` (a session plays the version it was made with, also
 * after a re-publish). Media paths stay relative to the scenario folder: versions share media/.
 * A version the server no longer has (a built-in scenario edited on disk) falls back to the current one.
 */
export async function loadScenario(entry: CatalogEntry, version?: string): Promise<Scenario> {
  const base = `${import.meta.env.BASE_URL}scenes/${entry.path}`;
  let file = version ? `${base}/versions/${encodeURIComponent(version)}/scenario.json` : `${base}/scenario.json`;
  let json: unknown;
  try {
    json = await fetchJson(file);
  } catch (e) {
    if (!version || !(e instanceof Error) || !e.message.endsWith('HTTP 404')) throw e;
    file = `${base}/scenario.json`;
    json = await fetchJson(file);
  }
  const read = readScenario(json);
  if (!read.ok) throw new Error(`${file.slice(import.meta.env.BASE_URL.length)}: ${read.pointer}: ${read.message} (npm run scenes:check)`);
  return read.value;
}
