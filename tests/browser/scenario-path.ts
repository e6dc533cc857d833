import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { availableHotspots, availableOptions, currentNode, initialState, step } from '../../src/core/engine.ts';
import type { Action, PlayState } from '../../src/core/engine-types.ts';
import { indexScenario, type ScenarioIndex } from '../../src/core/scenario-index.ts';
import { Scenario } from '../../src/core/scenario-schema.ts';

/** One thing a candidate does, with what a test needs to do it through the UI. */
export type PathStep =
  | { kind: 'hotspot'; hotspotId: string; label: string; expectNode: string }
  | { kind: 'option'; questionId: string; optionId: string; label: string; expectNode: string }
  | { kind: 'scale'; questionId: string; value: number; expectNode: string };

export async function readScenario(folder: string): Promise<Scenario> {
  return Scenario.parse(JSON.parse(await readFile(join(folder, 'scenario.json'), 'utf8')));
}

function candidateActions(index: ScenarioIndex, state: PlayState): { action: Action; make: (s: PlayState) => PathStep[] }[] {
  const node = currentNode(index, state)!;
  const out: { action: Action; make: (s: PlayState) => PathStep[] }[] = [];
  const answerSteps = (qId: string, kind: 'choice' | 'reflection' | 'scale', min = 1) => {
    if (kind === 'scale') return [{ action: { type: 'answer', questionId: qId, value: min } as Action, value: min, optionId: '', label: String(min) }];
    return availableOptions(index, state, qId).map((o) => ({
      action: { type: 'answer', questionId: qId, optionId: o.id } as Action,
      value: 0,
      optionId: o.id,
      label: o.label.nl,
    }));
  };
  for (const h of availableHotspots(index, state)) {
    if (h.kind === 'goto')
      out.push({
        action: { type: 'open-hotspot', hotspotId: h.id },
        make: (s) => [{ kind: 'hotspot', hotspotId: h.id, label: h.label.nl, expectNode: s.nodeId! }],
      });
  }
  if (node.question) {
    const q = node.question;
    for (const a of answerSteps(q.id, q.kind, q.kind === 'scale' ? q.min : 1))
      out.push({
        action: a.action,
        make: (s) => [
          q.kind === 'scale'
            ? { kind: 'scale', questionId: q.id, value: a.value, expectNode: s.nodeId! }
            : { kind: 'option', questionId: q.id, optionId: a.optionId, label: a.label, expectNode: s.nodeId! },
        ],
      });
  }
  return out;
}

/**
 * The shortest way from the start to an ending, found by running the real engine (so
 * conditions and variables count), preferring paths that pass through decisions.
 */
export function pathToEnding(scenario: Scenario): PathStep[] {
  const index = indexScenario(scenario);
  const start = step(index, initialState(scenario), { type: 'start' }, 0).state;
  const queue: { state: PlayState; path: PathStep[] }[] = [{ state: start, path: [] }];
  const seen = new Set<string>();
  while (queue.length) {
    const { state, path } = queue.shift()!;
    const node = currentNode(index, state)!;
    if (node.ending) return path;
    const key = `${state.nodeId}|${JSON.stringify(state.variables)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const c of candidateActions(index, state)) {
      const r = step(index, state, c.action, path.length + 1);
      if (r.rejected || r.state.nodeId === state.nodeId) continue;
      queue.push({ state: r.state, path: [...path, ...c.make(r.state)] });
    }
  }
  throw new Error(`${scenario.id}: no ending reachable by goto hotspots and node questions`);
}
