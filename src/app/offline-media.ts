import { scenarioMediaPaths } from '../core/scenario-media.ts';
import type { CatalogEntry } from '../core/scenario-catalog.ts';
import type { Scenario } from '../core/scenario-schema.ts';
import { mediaUrl } from '../player/play-store.ts';
import { OFFLINE_CACHES } from '../core/offline-caches.ts';

/**
 * Puts every image and sound of a scenario into the offline cache while the network is there,
 * one file at a time (the candidate's own scene loads go first), so a headset that loses the
 * network halfway can still show every scene. Resolves to true when all are cached.
 */
export async function cacheScenarioForOffline(entry: CatalogEntry, scenario: Scenario, version?: string): Promise<boolean> {
  if (typeof caches === 'undefined' || !navigator.serviceWorker?.controller) return false;
  // The catalog and the scenario file: a reload offline needs them before any image.
  const scenes = await caches.open(OFFLINE_CACHES.scenes);
  let complete = await keep(scenes, new URL(`${import.meta.env.BASE_URL}scenes/index.json`, location.href).href, true);
  complete = (await keep(scenes, new URL(mediaUrl(entry, 'scenario.json'), location.href).href, true)) && complete;
  // The version a session pins is the file a reload asks for (player/load-scenario.ts); it never
  // changes. One the server no longer has is no loss: the player falls back to the current one.
  if (version) {
    const pinned = new URL(mediaUrl(entry, `versions/${encodeURIComponent(version)}/scenario.json`), location.href).href;
    complete = (await keep(scenes, pinned, false, true)) && complete;
  }
  const media = await caches.open(OFFLINE_CACHES.media);
  for (const path of scenarioMediaPaths(scenario)) {
    complete = (await keep(media, new URL(mediaUrl(entry, path), location.href).href, false)) && complete;
  }
  return complete;
}

/**
 * Puts one file in a cache (again, when `refresh`: the newest version). False if it could not;
 * true for a file the server does not have when it is `optional`.
 */
async function keep(cache: Cache, url: string, refresh: boolean, optional = false): Promise<boolean> {
  if (!refresh && (await cache.match(url))) return true;
  try {
    const res = await fetch(url, { cache: 'no-cache' });
    if (optional && res.status === 404) return true;
    if (!res.ok || res.status !== 200) return Boolean(await cache.match(url));
    await cache.put(url, res);
    return true;
  } catch {
    return Boolean(await cache.match(url)); // offline already: what is cached is what can be shown
  }
}
