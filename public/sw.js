/*
 * Offline shell for headsets at an open day: a page reloaded without network still opens, and
 * the scenes already seen (or preloaded) still show. Answers never go through here: /api/ is
 * left to the network, the outbox in IndexedDB keeps them until the server has them.
 *
 * - /assets/* (hashed, never change): cache first.
 * - pages, catalog and scenario files: network first, cache when offline (content edits show).
 * - scene media: cache first after the first load (large, change rarely).
 * Range requests (video seeking) pass through uncached.
 */
const CACHE = 'bbvr-shell-v1';

// The page and the scripts and styles it names were loaded before this worker existed: fetch
// them once more into the cache, so the very first offline reload works.
async function precacheShell() {
  const cache = await caches.open(CACHE);
  const page = await fetch('./', { cache: 'no-cache' });
  const html = await page.clone().text();
  await cache.put('./', page);
  const assets = [...html.matchAll(/(?:src|href)="([^"]*\/assets\/[^"]+)"/g)].map((m) => m[1]);
  // The scenario list too: the start screen needs it before anything else.
  await cache.addAll([...assets, './scenes/index.json']);
}

self.addEventListener('install', (event) => {
  event.waitUntil(precacheShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (err) {
    const cached = (await cache.match(request, { ignoreSearch: true })) ?? (request.mode === 'navigate' ? await cache.match('./') : undefined);
    if (cached) return cached;
    throw err;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.status === 200) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || request.headers.has('range')) return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (url.pathname.startsWith('/assets/') || url.pathname.startsWith('/xr-profiles/')) return event.respondWith(cacheFirst(request));
  if (url.pathname.startsWith('/scenes/') && url.pathname.includes('/media/')) return event.respondWith(cacheFirst(request));
  event.respondWith(networkFirst(request));
});
