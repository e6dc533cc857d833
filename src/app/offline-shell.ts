import { LEGACY_CACHE, OFFLINE_CACHES } from '../core/offline-caches.ts';

/** On a player address, the worker's precache waits this long at most for the first scene. */
const FIRST_SCENE_WAIT_MS = 15_000;
const RELOADED_KEY = 'bbvr:reloaded-for-new-version';

/**
 * Registers the offline shell (the Workbox service worker, see src/tools/vite-offline-shell.ts)
 * in the built app; browsers allow it on HTTPS and localhost. On a player address it waits for
 * the start scene's full image: the precache downloads every app file, which must not compete
 * with the first picture on a slow network.
 */
export function startOfflineShell(): void {
  // A chunk of the build this page came from is gone (a new version took over): reload once
  // into the new version rather than run half old, half missing.
  addEventListener('vite:preloadError', (event) => {
    if (sessionStorage.getItem(RELOADED_KEY) === location.href) return;
    event.preventDefault();
    sessionStorage.setItem(RELOADED_KEY, location.href);
    location.reload();
  });
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  addEventListener('load', () => {
    void firstSceneShown().then(register);
  });
}

function firstSceneShown(): Promise<void> {
  if (!location.hash.startsWith('#/play/')) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('bbvr:full-shown').length) done();
    });
    const timer = setTimeout(() => done(), FIRST_SCENE_WAIT_MS);
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    observer.observe({ type: 'mark', buffered: true });
  });
}

async function register(): Promise<void> {
  try {
    await navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`);
    await navigator.serviceWorker.ready;
    await caches.delete(LEGACY_CACHE);
    // The start screen's catalog was fetched before the worker existed: keep it for offline reloads.
    const catalog = new URL(`${import.meta.env.BASE_URL}scenes/index.json`, location.href).href;
    const cache = await caches.open(OFFLINE_CACHES.scenes);
    if (!(await cache.match(catalog))) await cache.add(catalog);
  } catch (e) {
    console.warn(`offline shell not available: ${(e as Error).message}`);
  }
}

/**
 * Wraps a dynamic import for React.lazy: when its chunk is gone and the page reloads into the
 * new version instead (above), the import gives nothing; stay pending (the loading state) until
 * the reload rather than fail.
 */
export function untilReload<T>(load: () => Promise<T>): () => Promise<T> {
  return () => load().then((m) => m ?? new Promise<T>(() => undefined));
}
