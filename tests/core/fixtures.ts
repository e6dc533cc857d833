import type { z } from 'zod';
import { expect } from 'vitest';
import { step } from '../../src/core/engine.ts';
import type { Action, PlayState, StepResult } from '../../src/core/engine-types.ts';
import { EventBody, type EngineEvent } from '../../src/core/events.ts';
import { indexScenario, type ScenarioIndex } from '../../src/core/scenario-index.ts';
import { type Option, Scenario, ScenarioNode, type ScenarioInput, type ScaleQuestion } from '../../src/core/scenario-schema.ts';

/** Small builders for valid scenarios, so tests show only what matters to them. */

type NodeInput = z.input<typeof ScenarioNode>;
type OptionInput = z.input<typeof Option>;
type ScaleInput = Omit<z.input<typeof ScaleQuestion>, 'kind'>;

export const text = (nl: string) => ({ nl });

export function node(id: string, extra: Partial<NodeInput> = {}): NodeInput {
  return {
    id,
    title: text(`Node ${id}`),
    media: { type: 'image', src: `media/${id}.jpg`, preview: `media/${id}-preview.jpg` },
    ...extra,
  };
}

export function option(id: string, extra: Partial<OptionInput> = {}): OptionInput {
  return { id, label: text(`Optie ${id}`), tags: ['communicatie'], talkingPoint: text('Waarom koos je dit?'), ...extra };
}

export function choice(id: string, options: OptionInput[], kind: 'choice' | 'reflection' = 'choice') {
  return { id, kind, prompt: text(`Vraag ${id}`), options };
}

export function scale(id: string, extra: Partial<ScaleInput> = {}) {
  return {
    id,
    kind: 'scale' as const,
    prompt: text('Past dit bij mij?'),
    minLabel: text('Helemaal niet'),
    maxLabel: text('Helemaal wel'),
    talkingPoint: text('Wat maakt dat je dit koos?'),
    ...extra,
  };
}

/** Parses (so fixtures are valid by the real schema) and indexes a scenario. */
export function build(nodes: NodeInput[], extra: Partial<ScenarioInput> = {}): ScenarioIndex {
  const scenario = Scenario.parse({
    id: 'test-scenario',
    version: '1.0.0',
    zorgcategorie: 'ouderenzorg',
    title: text('Test'),
    description: text('Een testscenario'),
    beroepen: [text('Verzorgende IG')],
    niveaus: [3],
    startNode: nodes[0]?.id,
    nodes,
    ...extra,
  });
  return indexScenario(scenario);
}

/** Checks that every event is stamped with `now` and its body is valid by the log schema. */
export function expectValidEvents(events: EngineEvent[], now?: number): void {
  for (const { at, ...body } of events) {
    if (now !== undefined) expect(at).toBe(now);
    expect(() => EventBody.parse(body), JSON.stringify(body)).not.toThrow();
  }
}

/** `step` for tests: also checks the events and that the input state was not mutated. */
export function act(index: ScenarioIndex, state: PlayState, action: Action, now: number): StepResult {
  const before = structuredClone(state);
  const result = step(index, state, action, now);
  expect(state).toEqual(before);
  expectValidEvents(result.events, now);
  return result;
}

/** `act` that must succeed. */
export function ok(index: ScenarioIndex, state: PlayState, action: Action, now: number): StepResult {
  const result = act(index, state, action, now);
  expect(result.rejected, `rejected ${JSON.stringify(action)}`).toBeUndefined();
  return result;
}

/** `act` that must be rejected: same state object back, no events, a reason. */
export function rejected(index: ScenarioIndex, state: PlayState, action: Action, now: number): string {
  const result = act(index, state, action, now);
  expect(result.state).toBe(state);
  expect(result.events).toEqual([]);
  expect(result.rejected).toEqual(expect.any(String));
  return result.rejected ?? '';
}

export const types = (events: EngineEvent[]) => events.map((e) => e.type);
