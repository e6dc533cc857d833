/**
 * Names of the runtime caches of the offline shell (the Workbox service worker configured in
 * src/tools/vite-offline-shell.ts): the page fills the same caches the worker serves from.
 */
export const OFFLINE_CACHES = {
  /** Scene images, sound and video: cache first (large, rarely changed). */
  media: 'bbvr-scene-media',
  /** Catalog and scenario files: network first, so content edits show when online. */
  scenes: 'bbvr-scenes',
  /** Controller and hand models. */
  xrProfiles: 'bbvr-xr-profiles',
  /** Hashed app files not precached (the facilitator dashboard's chunks). */
  assets: 'bbvr-assets',
} as const;

/** What the hand-written worker before Workbox kept; removed once the new worker is in charge. */
export const LEGACY_CACHE = 'bbvr-shell-v1';
