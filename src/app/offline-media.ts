import { scenarioMediaPaths } from '../core/scenario-media.ts';
import type { CatalogEntry } from '../core/scenario-catalog.ts';
import type { Scenario } from '../core/scenario-schema.ts';
import { mediaUrl } from '../player/play-store.ts';

/** The cache the offline shell (public/sw.js) serves scene media from. */
const SHELL_CACHE = 'bbvr-shell-v1';

/**
 * Puts every image and sound of a scenario into the offline cache while the network is there,
 * one file at a time (the candidate's own scene loads go first), so a headset that loses the
 * network halfway can still show every scene. Resolves to true when all are cached.
 */
export async function cacheScenarioForOffline(entry: CatalogEntry, scenario: Scenario): Promise<boolean> {
  if (typeof caches === 'undefined' || !navigator.serviceWorker?.controller) return false;
  const cache = await caches.open(SHELL_CACHE);
  let complete = true;
  for (const path of scenarioMediaPaths(scenario)) {
    const url = new URL(mediaUrl(entry, path), location.href).href;
    if (await cache.match(url)) continue;
    try {
      const res = await fetch(url, { cache: 'no-cache' });
      if (res.ok && res.status === 200) await cache.put(url, res);
      else complete = false;
    } catch {
      complete = false; // offline already: what is cached is what can be shown
    }
  }
  return complete;
}
