import { useEffect } from 'react';
import type { Media } from '../core/scenario-schema.ts';
import { useTextureCache } from './panorama-textures.tsx';

/**
 * Loads (decodes and uploads) the media of the scenes that may come next, so the next scene is
 * ready before it is asked for. Previews first: they are what must never be missing.
 */
export function Preloader({ media, url }: { media: readonly Media[]; url: (path: string) => string }) {
  const cache = useTextureCache();
  useEffect(() => {
    const swallow = () => undefined; // a failed preload is retried when the scene is shown
    for (const m of media) cache.get(url(m.preview), 'preload').catch(swallow);
    for (const m of media) if (m.type === 'image') cache.get(url(m.src), 'preload').catch(swallow);
  }, [media, cache, url]);
  return null;
}
