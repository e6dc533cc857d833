import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { DeviceEventBody } from '../../../src/core/api/device-event.ts';
import type { StoredEvent } from '../../../src/core/api/stored-event.ts';
import { availableHotspots, currentNode, initialState, step } from '../../../src/core/engine.ts';
import type { Action, PlayState } from '../../../src/core/engine-types.ts';
import type { EngineEvent } from '../../../src/core/events.ts';
import { indexScenario, type ScenarioIndex } from '../../../src/core/scenario-index.ts';
import { runStarts, versionPlayedAt } from '../../../src/core/scenario-runs.ts';
import { Scenario } from '../../../src/core/scenario-schema.ts';

/** Helpers to play the real scenarios with the real engine and log them as the server stores them. */

export const SCENARIO_PATHS = [
  'ouderenzorg/ochtend-verpleeghuis',
  'thuiszorg/wijkroute-thuiszorg',
  'gehandicaptenzorg/woongroep-avond',
  'ggz/beschermd-wonen',
  'ziekenhuis/verpleegafdeling-chirurgie',
  'kraamzorg/kraamweek-thuis',
  'jeugdzorg/leefgroep-jeugd',
] as const;

export function loadScenarios(): Map<string, Scenario> {
  return new Map(SCENARIO_PATHS.map((path) => [path, Scenario.parse(JSON.parse(readFileSync(`scenes/${path}/scenario.json`, 'utf8')))]));
}

/** A run being played: actions are stepped at a clock the test moves on. */
export class Player {
  readonly index: ScenarioIndex;
  state: PlayState;
  now: number;
  readonly events: EngineEvent[] = [];

  constructor(scenario: Scenario, startAt: number) {
    this.index = indexScenario(scenario);
    this.state = initialState(scenario);
    this.now = startAt;
  }

  /** Waits `afterMs`, then does the action; the engine must accept it. */
  do(action: Action, afterMs = 5_000): this {
    this.now += afterMs;
    const result = step(this.index, this.state, action, this.now);
    expect(result.rejected, `${JSON.stringify(action)} at node ${this.state.nodeId}`).toBeUndefined();
    this.state = result.state;
    this.events.push(...result.events);
    return this;
  }

  /** Walks through the first available goto hotspot of the current node. */
  walk(afterMs = 5_000): this {
    const goto = availableHotspots(this.index, this.state).find((h) => h.kind === 'goto');
    expect(goto, `a way out of ${this.state.nodeId}`).toBeDefined();
    return this.do({ type: 'open-hotspot', hotspotId: goto!.id }, afterMs);
  }

  /**
   * Plays on to an ending: answers each node's own question from `answers` (option id or scale
   * value; the first option or the middle of the scale when not given), otherwise walks on.
   */
  playToEnd(answers: Record<string, string | number> = {}, afterMs = 5_000): this {
    for (let guard = 0; guard < 100; guard++) {
      const node = currentNode(this.index, this.state)!;
      if (node.ending) return this.do({ type: 'finish' }, afterMs);
      const q = node.question;
      if (q) {
        const given = answers[q.id];
        if (q.kind === 'scale')
          this.do({ type: 'answer', questionId: q.id, value: typeof given === 'number' ? given : Math.round((q.min + q.max) / 2) }, afterMs);
        else this.do({ type: 'answer', questionId: q.id, optionId: typeof given === 'string' ? given : q.options[0]!.id }, afterMs);
        if (this.state.nodeId !== node.id) continue;
      }
      this.walk(afterMs);
    }
    throw new Error('no ending reached');
  }
}

/** Engine events as the server stores them for one participant, seq numbered from `firstSeq`. */
export function stored(events: readonly EngineEvent[], scenario: string, participantCode = 'K7-QX', firstSeq = 0): StoredEvent[] {
  const logged = events.map(({ at, ...body }, i) => ({
    id: `00000000-0000-4000-8000-${String(firstSeq + i).padStart(12, '0')}`,
    sessionId: 'session-1',
    participantCode,
    participationId: `participation-${participantCode}`,
    seq: firstSeq + i,
    at,
    serverAt: at + 50,
    scenario,
    body: body as DeviceEventBody,
  }));
  const starts = runStarts(logged);
  return logged.map((e) => ({ ...e, scenarioVersion: versionPlayedAt(starts, e) }));
}

/** Several logs of one participant, in the order played, numbered as one sequence. */
export function log(...parts: { events: readonly EngineEvent[]; scenario: string }[]): StoredEvent[] {
  const out: StoredEvent[] = [];
  for (const p of parts) out.push(...stored(p.events, p.scenario, 'K7-QX', out.length));
  return out;
}

/** Every key anywhere in a JSON value. */
export function allKeys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(allKeys);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...allKeys(v)]);
  return [];
}
