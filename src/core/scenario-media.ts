import type { Scenario } from './scenario-schema.ts';

/** What a media file is for; the checker measures 360° media and previews, the rest must exist. */
export type MediaRole = 'media' | 'preview' | 'fallback' | 'narration' | 'info-image' | 'info-audio';

/** One place where a scenario names a file, relative to the scenario folder. */
export interface MediaRef {
  src: string;
  role: MediaRole;
  /** Index of the node that names it. */
  node: number;
  /** Where in the scenario, from the node on, e.g. ['media', 'src'] or ['hotspots', 2, 'image']. */
  path: (string | number)[];
}

/**
 * Every place a scenario names a file, node by node. The one rule for what belongs to a
 * scenario: the checker checks these files, the server serves exactly these (and nothing else
 * in the folder), and the offline cache holds the ones it can.
 */
export function scenarioMediaRefs(scenario: Scenario): MediaRef[] {
  const refs: MediaRef[] = [];
  scenario.nodes.forEach((node, i) => {
    const m = node.media;
    refs.push({ src: m.src, role: 'media', node: i, path: ['media', 'src'] });
    refs.push({ src: m.preview, role: 'preview', node: i, path: ['media', 'preview'] });
    if (m.type === 'video' && m.fallback) refs.push({ src: m.fallback, role: 'fallback', node: i, path: ['media', 'fallback'] });
    node.hotspots.forEach((h, j) => {
      if (h.kind !== 'info') return;
      if (h.image) refs.push({ src: h.image, role: 'info-image', node: i, path: ['hotspots', j, 'image'] });
      if (h.audio) refs.push({ src: h.audio, role: 'info-audio', node: i, path: ['hotspots', j, 'audio'] });
    });
    for (const lang of ['nl', 'en'] as const) {
      const audio = node.narration?.audio?.[lang];
      if (audio) refs.push({ src: audio, role: 'narration', node: i, path: ['narration', 'audio', lang] });
    }
  });
  return refs;
}

/** Every file a scenario names, once each: what a device may fetch from the scenario folder. */
export function scenarioMediaFiles(scenario: Scenario): string[] {
  return [...new Set(scenarioMediaRefs(scenario).map((r) => r.src))];
}

/**
 * Every media file a scenario can show, previews first (small, needed first), relative to the
 * scenario folder. Videos are left out: they are streamed in byte ranges, which the offline
 * cache does not hold.
 */
export function scenarioMediaPaths(scenario: Scenario): string[] {
  const refs = scenarioMediaRefs(scenario);
  const isVideo = (r: MediaRef) => r.role === 'fallback' || (r.role === 'media' && scenario.nodes[r.node]!.media.type === 'video');
  const previews = refs.filter((r) => r.role === 'preview').map((r) => r.src);
  // Per node: the image, then the narration, then what hotspots show (the order they are needed in).
  const rank = (r: MediaRef) => r.node * 3 + (r.role === 'media' ? 0 : r.role === 'narration' ? 1 : 2);
  const rest = refs
    .filter((r) => r.role !== 'preview' && !isVideo(r))
    .sort((a, b) => rank(a) - rank(b))
    .map((r) => r.src);
  return [...new Set([...previews, ...rest])];
}
