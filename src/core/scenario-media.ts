import type { Scenario } from './scenario-schema.ts';

/**
 * Every media file a scenario can show, previews first (small, needed first), relative to the
 * scenario folder. Videos are left out: they are streamed in byte ranges, which the offline
 * cache does not hold.
 */
export function scenarioMediaPaths(scenario: Scenario): string[] {
  const previews: string[] = [];
  const rest: string[] = [];
  for (const node of scenario.nodes) {
    previews.push(node.media.preview);
    if (node.media.type === 'image') rest.push(node.media.src);
    for (const a of [node.narration?.audio?.nl, node.narration?.audio?.en]) if (a) rest.push(a);
    for (const h of node.hotspots) if (h.kind === 'info') for (const f of [h.image, h.audio]) if (f) rest.push(f);
  }
  return [...new Set([...previews, ...rest])];
}
