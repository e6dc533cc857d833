import { useEffect } from 'react';
import type { ScenarioIndex } from '../core/scenario-index.ts';
import { nextNodeIds } from '../core/scenario-index.ts';
import { useTextureCache } from './panorama-textures.tsx';

/**
 * Loads (decodes and uploads) the media of every node one step away, so the next scene is
 * ready before the candidate chooses. Previews first: they are what must never be missing.
 */
export function Preloader({ index, nodeId, url }: { index: ScenarioIndex; nodeId: string | null; url: (p: string) => string }) {
  const cache = useTextureCache();
  useEffect(() => {
    const node = nodeId ? index.nodes.get(nodeId) : undefined;
    if (!node) return;
    const next = nextNodeIds(node)
      .map((id) => index.nodes.get(id))
      .filter((n): n is NonNullable<typeof n> => n !== undefined && n.id !== node.id);
    const swallow = () => undefined; // a failed preload is retried when the node is entered
    for (const n of next) cache.get(url(n.media.preview), 'preload').catch(swallow);
    for (const n of next) if (n.media.type === 'image') cache.get(url(n.media.src), 'preload').catch(swallow);
  }, [index, nodeId, cache, url]);
  return null;
}
