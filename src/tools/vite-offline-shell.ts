import { VitePWA } from 'vite-plugin-pwa';
import { OFFLINE_CACHES } from '../core/offline-caches.ts';

/**
 * The offline shell, a Workbox service worker generated at build time (vite-plugin-pwa):
 *
 * - the app's own files are precached with their build hashes, and a navigation is answered with
 *   the precached index.html, so a headset that lost the network still opens the app;
 * - scene media: cache first (the page also fills this cache while a session plays,
 *   app/offline-media.ts); catalog and scenario files: network first; XR profiles: cache first;
 * - /api/ is never touched: answers go through the device's outbox, never a cache;
 * - a new build's worker takes over at once (skipWaiting, clientsClaim) and removes the old
 *   precache; a page still open on the old build reloads when it asks for a chunk that is gone
 *   (app/offline-shell.ts), so nothing half-old runs.
 *
 * Range requests (video seeking) pass through uncached, as before.
 */
export function offlineShellPlugin() {
  return VitePWA({
    strategies: 'generateSW',
    filename: 'sw.js',
    injectRegister: false, // app/offline-shell.ts registers it, after the first picture
    manifest: false,
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg}'],
      // Scene packs are served live by the server (and cached at run time); the dashboard's chunks
      // and the editor's are for facilitators and makers online (cached when used); source maps are not for devices.
      globIgnores: [
        'scenes/**',
        'xr-profiles/**',
        '**/*.map',
        '**/dashboard-app-*',
        '**/gesprekskaart-page-*',
        '**/class-page-*',
        '**/BarChart-*',
        '**/editor-app-*',
      ],
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      sourcemap: false,
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/^\/api\//, /^\/scenes\//, /^\/xr-profiles\//],
      skipWaiting: true,
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      runtimeCaching: [
        {
          urlPattern: ({ url, request }) => url.pathname.startsWith('/scenes/') && url.pathname.includes('/media/') && !request.headers.has('range'),
          handler: 'CacheFirst',
          options: { cacheName: OFFLINE_CACHES.media, cacheableResponse: { statuses: [200] } },
        },
        {
          urlPattern: ({ url }) => url.pathname.startsWith('/scenes/') && url.pathname.endsWith('.json'),
          handler: 'NetworkFirst',
          options: { cacheName: OFFLINE_CACHES.scenes, cacheableResponse: { statuses: [200] } },
        },
        {
          urlPattern: ({ url, request }) => url.pathname.startsWith('/xr-profiles/') && !request.headers.has('range'),
          handler: 'CacheFirst',
          options: { cacheName: OFFLINE_CACHES.xrProfiles, cacheableResponse: { statuses: [200] } },
        },
        {
          urlPattern: ({ url }) => url.pathname.startsWith('/assets/'),
          handler: 'CacheFirst',
          options: { cacheName: OFFLINE_CACHES.assets, cacheableResponse: { statuses: [200] }, expiration: { maxEntries: 40 } },
        },
      ],
    },
  });
}
