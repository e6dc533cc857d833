import type { Problem } from '../../core/checker.ts';
import type { Scenario } from '../../core/scenario-schema.ts';

/** Where the errors sit, so the toolbar can say where to look: the scenario's own fields or a scene. */
export type ErrorPlace = { kind: 'scenario'; count: number } | { kind: 'scene'; index: number; id: string; count: number };

/** Errors grouped by place, in the order a maker sees them: the scenario's fields first, then scenes in order. */
export function errorPlaces(problems: readonly Problem[], scenario: Scenario): ErrorPlace[] {
  let own = 0;
  const perScene = new Map<number, number>();
  for (const p of problems) {
    if (p.severity !== 'error') continue;
    const scene = /^\/nodes\/(\d+)(\/|$)/.exec(p.pointer);
    if (scene) perScene.set(Number(scene[1]), (perScene.get(Number(scene[1])) ?? 0) + 1);
    else own++;
  }
  const scenes = [...perScene]
    .sort(([a], [b]) => a - b)
    .map(([index, count]): ErrorPlace => ({ kind: 'scene', index, id: scenario.nodes[index]?.id ?? `#${index + 1}`, count }));
  return own > 0 ? [{ kind: 'scenario', count: own }, ...scenes] : scenes;
}
