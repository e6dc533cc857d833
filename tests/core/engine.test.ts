import { describe, expect, it } from 'vitest';
import { availableHotspots, availableOptions, currentNode, initialState, isEnding, replay, step } from '../../src/core/engine.ts';
import type { Action, PlayState } from '../../src/core/engine-types.ts';
import type { EngineEvent, EventType } from '../../src/core/events.ts';
import type { ScenarioIndex } from '../../src/core/scenario-index.ts';
import { act, build, expectValidEvents, choice, node, ok, option, rejected, scale, text, types } from './fixtures.ts';

/**
 * gang ──naar-kamer──▶ kamer ──helpen/bellen──▶ einde (ending)
 *  │ ▲                  │ └─timer──▶ te-laat ──terug (until einde visited)──▶ gang
 *  │ └──────terug───────┘
 *  └──naar-kantine (after kamer)──▶ kantine ──scale past-dit──▶ einde
 */
const index = build(
  [
    node('gang', {
      hotspots: [
        { id: 'bord', kind: 'info', yaw: 0, pitch: 0, label: text('Bord'), text: text('Het rooster') },
        { id: 'naar-kamer', kind: 'goto', yaw: 90, pitch: 0, label: text('Kamer'), target: 'kamer' },
        {
          id: 'naar-kantine',
          kind: 'goto',
          yaw: -90,
          pitch: 0,
          label: text('Kantine'),
          target: 'kantine',
          condition: { visited: ['kamer'] },
        },
        {
          id: 'collega',
          kind: 'question',
          yaw: 180,
          pitch: 0,
          label: text('Collega'),
          question: choice('collega-vraag', [option('ja'), option('nee')]),
        },
        {
          id: 'extra',
          kind: 'info',
          yaw: 10,
          pitch: 10,
          label: text('Extra'),
          text: text('Alleen na helpen'),
          condition: { variables: [{ name: 'geholpen', op: 'eq', value: true }] },
        },
      ],
    }),
    node('kamer', {
      question: choice('wat-doe-je', [
        option('helpen', { next: 'einde', set: { geholpen: true, punten: 2 } }),
        option('later', { set: { punten: 1 } }),
        option('bellen', { next: 'einde', condition: { variables: [{ name: 'punten', op: 'gte', value: 1 }] } }),
      ]),
      timer: { seconds: 30, next: 'te-laat' },
      hotspots: [{ id: 'terug', kind: 'goto', yaw: 180, pitch: 0, label: text('Gang'), target: 'gang' }],
    }),
    node('kantine', {
      question: scale('past-dit', { variable: 'score', next: 'einde' }),
    }),
    node('te-laat', {
      question: choice('reflectie', [option('r1'), option('r2')], 'reflection'),
      hotspots: [
        {
          id: 'terug',
          kind: 'goto',
          yaw: 0,
          pitch: 0,
          label: text('Gang'),
          target: 'gang',
          condition: { notVisited: ['einde'] },
        },
      ],
    }),
    node('einde', { ending: { takeaway: text('Goed gedaan') } }),
  ],
  { variables: { punten: 0, geholpen: false } },
);

/** Plays actions one second apart from t=1000 (each checked by `ok`); returns the end. */
function run(actions: Action[], from: PlayState = initialState(index.scenario), t0 = 1000) {
  let state = from;
  let now = t0;
  const events: EngineEvent[] = [];
  for (const action of actions) {
    const result = ok(index, state, action, now);
    state = result.state;
    events.push(...result.events);
    now += 1000;
  }
  return { state, events, now };
}

const START: Action = { type: 'start' };
const toKamer: Action = { type: 'open-hotspot', hotspotId: 'naar-kamer' };
const answer = (questionId: string, optionId: string): Action => ({ type: 'answer', questionId, optionId });
const answerValue = (questionId: string, value: number): Action => ({ type: 'answer', questionId, value });

describe('initialState', () => {
  it('is idle with a copy of the initial variables', () => {
    const s = initialState(index.scenario);
    expect(s).toMatchObject({ scenarioId: 'test-scenario', status: 'idle', nodeId: null, history: [], visited: [] });
    expect(s.variables).toEqual({ punten: 0, geholpen: false });
    expect(s.variables).not.toBe(index.scenario.variables);
  });
});

describe('start', () => {
  it('starts playing and enters the start node', () => {
    const { state, events } = ok(index, initialState(index.scenario), START, 500);
    expect(events).toEqual([
      { type: 'started', scenarioId: 'test-scenario', scenarioVersion: '1.0.0', at: 500 },
      { type: 'scene-entered', nodeId: 'gang', via: 'start', fromNodeId: null, at: 500 },
    ]);
    expect(state).toMatchObject({ status: 'playing', nodeId: 'gang', startedAt: 500, enteredAt: 500, history: [] });
    expect(state.visited).toEqual(['gang']);
    expect(currentNode(index, state)?.id).toBe('gang');
  });

  it('rejects a second start', () => {
    const { state } = run([START]);
    expect(rejected(index, state, START, 5000)).toMatch(/already been started/);
  });

  it('rejects everything else before the start', () => {
    const idle = initialState(index.scenario);
    const actions: Action[] = [
      toKamer,
      { type: 'enter', nodeId: 'kamer' },
      answer('wat-doe-je', 'helpen'),
      { type: 'timer-expired' },
      { type: 'back' },
      { type: 'restart', scope: 'scene' },
      { type: 'restart', scope: 'scenario' },
      { type: 'finish' },
      { type: 'abort' },
    ];
    for (const action of actions) expect(rejected(index, idle, action, 0), action.type).toMatch(/not been started/);
  });
});

describe('navigation', () => {
  it('a goto hotspot logs the opening, leaves with dwell time and enters the target', () => {
    const { state } = run([START]); // entered gang at 1000
    const { state: next, events } = ok(index, state, toKamer, 4500);
    expect(events).toEqual([
      { type: 'hotspot-opened', nodeId: 'gang', hotspotId: 'naar-kamer', hotspotKind: 'goto', at: 4500 },
      { type: 'scene-left', nodeId: 'gang', dwellMs: 3500, at: 4500 },
      { type: 'scene-entered', nodeId: 'kamer', via: 'hotspot', fromNodeId: 'gang', at: 4500 },
    ]);
    expect(next).toMatchObject({ nodeId: 'kamer', enteredAt: 4500, history: ['gang'], visited: ['gang', 'kamer'] });
    expect(next.openHotspots).toEqual({});
    expect(next.seenHotspots).toEqual({ gang: ['naar-kamer'] });
  });

  it('dwell time is a whole number of ms even with a fractional clock', () => {
    const { state } = ok(index, initialState(index.scenario), START, 1000.4);
    const { events } = ok(index, state, toKamer, 1250.9);
    expect(events.find((e) => e.type === 'scene-left')).toMatchObject({ dwellMs: 251 });
  });

  it('an info hotspot is recorded but does not navigate', () => {
    const { state } = run([START]);
    const { state: next, events } = ok(index, state, { type: 'open-hotspot', hotspotId: 'bord' }, 2500);
    expect(types(events)).toEqual(['hotspot-opened']);
    expect(events[0]).toMatchObject({ hotspotKind: 'info' });
    expect(next.nodeId).toBe('gang');
    expect(next.openHotspots).toEqual({ bord: 2500 });
    expect(next.seenHotspots).toEqual({ gang: ['bord'] });
    // Opening it again updates the time but does not list it twice.
    const again = ok(index, next, { type: 'open-hotspot', hotspotId: 'bord' }, 3000).state;
    expect(again.openHotspots).toEqual({ bord: 3000 });
    expect(again.seenHotspots).toEqual({ gang: ['bord'] });
  });

  it('rejects unknown hotspots and hotspots of another node', () => {
    const { state } = run([START]);
    expect(rejected(index, state, { type: 'open-hotspot', hotspotId: 'nope' }, 2000)).toMatch(/no hotspot "nope"/);
    const inKamer = run([START, toKamer]).state;
    expect(rejected(index, inKamer, { type: 'open-hotspot', hotspotId: 'naar-kamer' }, 9000)).toMatch(/no hotspot/);
  });

  it('enter jumps to any node with via "jump" and rejects unknown nodes', () => {
    const { state } = run([START]);
    const { state: next, events } = ok(index, state, { type: 'enter', nodeId: 'te-laat' }, 3000);
    expect(events.at(-1)).toEqual({ type: 'scene-entered', nodeId: 'te-laat', via: 'jump', fromNodeId: 'gang', at: 3000 });
    expect(next.history).toEqual(['gang']);
    expect(rejected(index, next, { type: 'enter', nodeId: 'zolder' }, 4000)).toMatch(/no node "zolder"/);
  });

  it('cycles: A→B→A→B grows the history but visits each node once', () => {
    const toGang: Action = { type: 'open-hotspot', hotspotId: 'terug' };
    const { state, events } = run([START, toKamer, toGang, toKamer]);
    expect(state.nodeId).toBe('kamer');
    expect(state.history).toEqual(['gang', 'kamer', 'gang']);
    expect(state.visited).toEqual(['gang', 'kamer']);
    expect(events.filter((e) => e.type === 'scene-entered').map((e) => e.nodeId)).toEqual(['gang', 'kamer', 'gang', 'kamer']);
  });
});

describe('conditions', () => {
  it('hotspot with a visited condition appears only after the node was visited', () => {
    const first = run([START]).state;
    expect(availableHotspots(index, first).map((h) => h.id)).toEqual(['bord', 'naar-kamer', 'collega']);
    expect(rejected(index, first, { type: 'open-hotspot', hotspotId: 'naar-kantine' }, 5000)).toMatch(/condition/);

    const back = run([START, toKamer, { type: 'back' }]).state;
    expect(availableHotspots(index, back).map((h) => h.id)).toContain('naar-kantine');
    expect(ok(index, back, { type: 'open-hotspot', hotspotId: 'naar-kantine' }, 9000).state.nodeId).toBe('kantine');
  });

  it('hotspot with a variable condition follows the variable', () => {
    const s = run([START]).state;
    expect(availableHotspots(index, s).map((h) => h.id)).not.toContain('extra');
    const helped: PlayState = { ...s, variables: { ...s.variables, geholpen: true } };
    expect(availableHotspots(index, helped).map((h) => h.id)).toContain('extra');
    expect(ok(index, helped, { type: 'open-hotspot', hotspotId: 'extra' }, 5000).events).toHaveLength(1);
  });

  it('hotspot with a notVisited condition disappears once the node was visited', () => {
    const lateS = run([START, { type: 'enter', nodeId: 'te-laat' }]).state;
    expect(availableHotspots(index, lateS).map((h) => h.id)).toEqual(['terug']);
    const afterEnd: PlayState = { ...lateS, visited: [...lateS.visited, 'einde'] };
    expect(availableHotspots(index, afterEnd)).toEqual([]);
    expect(rejected(index, afterEnd, { type: 'open-hotspot', hotspotId: 'terug' }, 9000)).toMatch(/condition/);
  });

  it('options with a failing condition are hidden and rejected', () => {
    const inKamer = run([START, toKamer]).state; // punten = 0
    expect(availableOptions(index, inKamer, 'wat-doe-je').map((o) => o.id)).toEqual(['helpen', 'later']);
    expect(rejected(index, inKamer, answer('wat-doe-je', 'bellen'), 9000)).toMatch(/not available/);

    // "later" sets punten to 1, which unlocks "bellen" (punten gte 1).
    const later = ok(index, inKamer, answer('wat-doe-je', 'later'), 9000).state;
    expect(availableOptions(index, later, 'wat-doe-je').map((o) => o.id)).toEqual(['helpen', 'later', 'bellen']);
    expect(ok(index, later, answer('wat-doe-je', 'bellen'), 10000).state.nodeId).toBe('einde');
  });

  it('availableOptions is empty for scale or unknown questions', () => {
    const inKantine = run([START, { type: 'enter', nodeId: 'kantine' }]).state;
    expect(availableOptions(index, inKantine, 'past-dit')).toEqual([]);
    expect(availableOptions(index, inKantine, 'wat-doe-je')).toEqual([]);
  });
});

describe('answering', () => {
  it('a choice logs the answer, then the variables, then the move, in that order', () => {
    const { state } = run([START, toKamer]); // entered kamer at 2000
    const { state: next, events } = ok(index, state, answer('wat-doe-je', 'helpen'), 6000);
    expect(events).toEqual([
      {
        type: 'question-answered',
        nodeId: 'kamer',
        questionId: 'wat-doe-je',
        optionId: 'helpen',
        msToAnswer: 4000,
        changedFrom: null,
        at: 6000,
      },
      { type: 'variables-set', values: { geholpen: true, punten: 2 }, at: 6000 },
      { type: 'scene-left', nodeId: 'kamer', dwellMs: 4000, at: 6000 },
      { type: 'scene-entered', nodeId: 'einde', via: 'option', fromNodeId: 'kamer', at: 6000 },
    ]);
    expect(next.variables).toEqual({ geholpen: true, punten: 2 });
    expect(next.answers).toEqual({ 'wat-doe-je': { optionId: 'helpen', value: null, at: 6000 } });
  });

  it('an option without next stays; re-choosing the same value logs no variables-set', () => {
    const { state } = run([START, toKamer]);
    const first = ok(index, state, answer('wat-doe-je', 'later'), 3000);
    expect(types(first.events)).toEqual(['question-answered', 'variables-set']);
    expect(first.state.nodeId).toBe('kamer');
    const again = ok(index, first.state, answer('wat-doe-je', 'later'), 4000);
    expect(types(again.events)).toEqual(['question-answered']);
  });

  it('changedFrom names the previous answer only when the answer changes', () => {
    const { state } = run([START, toKamer]);
    const a = ok(index, state, answer('wat-doe-je', 'later'), 3000);
    const b = ok(index, a.state, answer('wat-doe-je', 'later'), 4000);
    expect(b.events[0]).toMatchObject({ changedFrom: null });
    const c = ok(index, b.state, answer('wat-doe-je', 'helpen'), 5000);
    expect(c.events[0]).toMatchObject({ optionId: 'helpen', changedFrom: 'later' });
  });

  it('a reflection question logs reflection-answered with the option', () => {
    const s = run([START, { type: 'enter', nodeId: 'te-laat' }]).state; // entered at 2000
    const a = ok(index, s, answer('reflectie', 'r1'), 2750);
    expect(a.events).toEqual([
      {
        type: 'reflection-answered',
        nodeId: 'te-laat',
        questionId: 'reflectie',
        optionId: 'r1',
        value: null,
        msToAnswer: 750,
        changedFrom: null,
        at: 2750,
      },
    ]);
    const b = ok(index, a.state, answer('reflectie', 'r2'), 3000);
    expect(b.events[0]).toMatchObject({ optionId: 'r2', changedFrom: 'r1' });
  });

  it('a scale sets its variable, logs the value and follows next', () => {
    const s = run([START, { type: 'enter', nodeId: 'kantine' }]).state;
    const { state, events } = ok(index, s, answerValue('past-dit', 4), 5000);
    expect(events.slice(0, 2)).toEqual([
      {
        type: 'reflection-answered',
        nodeId: 'kantine',
        questionId: 'past-dit',
        optionId: null,
        value: 4,
        msToAnswer: 3000,
        changedFrom: null,
        at: 5000,
      },
      { type: 'variables-set', values: { score: 4 }, at: 5000 },
    ]);
    expect(events.at(-1)).toMatchObject({ type: 'scene-entered', nodeId: 'einde', via: 'scale' });
    expect(state.variables.score).toBe(4);
    expect(state.answers['past-dit']).toEqual({ optionId: null, value: 4, at: 5000 });
  });

  it('a changed scale answer reports the previous value', () => {
    const s = run([START, { type: 'enter', nodeId: 'kantine' }]).state;
    const first = ok(index, s, answerValue('past-dit', 2), 5000).state;
    // Come back to the scale node and answer differently.
    const again = ok(index, first, { type: 'enter', nodeId: 'kantine' }, 6000).state;
    const { events } = ok(index, again, answerValue('past-dit', 5), 7000);
    expect(events[0]).toMatchObject({ value: 5, changedFrom: 2 });
  });

  it('rejects scale values out of range or not whole, and the wrong answer shape', () => {
    const s = run([START, { type: 'enter', nodeId: 'kantine' }]).state; // scale 1..5
    expect(rejected(index, s, answerValue('past-dit', 0), 5000)).toMatch(/from 1 to 5/);
    expect(rejected(index, s, answerValue('past-dit', 6), 5000)).toMatch(/from 1 to 5/);
    expect(rejected(index, s, answerValue('past-dit', 2.5), 5000)).toMatch(/whole number/);
    expect(rejected(index, s, answerValue('past-dit', Number.NaN), 5000)).toMatch(/whole number/);
    expect(rejected(index, s, answer('past-dit', 'r1'), 5000)).toMatch(/scale/);
    const k = run([START, toKamer]).state;
    expect(rejected(index, k, answerValue('wat-doe-je', 1), 5000)).toMatch(/has options/);
    expect(rejected(index, k, answer('wat-doe-je', 'vluchten'), 5000)).toMatch(/no option "vluchten"/);
  });

  it('rejects a question that is not asked in the current node', () => {
    const s = run([START]).state;
    expect(rejected(index, s, answer('wat-doe-je', 'helpen'), 5000)).toMatch(/not asked in node "gang"/);
    expect(rejected(index, s, answer('bestaat-niet', 'x'), 5000)).toMatch(/not asked/);
  });

  it('a hotspot question needs its hotspot opened first; time to answer counts from the opening', () => {
    const s = run([START]).state; // entered gang at 1000
    expect(rejected(index, s, answer('collega-vraag', 'ja'), 3000)).toMatch(/open hotspot "collega"/);
    const opened = ok(index, s, { type: 'open-hotspot', hotspotId: 'collega' }, 3000).state;
    const { events } = ok(index, opened, answer('collega-vraag', 'ja'), 4200);
    expect(events).toEqual([expect.objectContaining({ type: 'question-answered', questionId: 'collega-vraag', msToAnswer: 1200 })]);
  });

  it('an opened hotspot counts only for the current visit', () => {
    const s = run([START, { type: 'open-hotspot', hotspotId: 'collega' }, toKamer, { type: 'back' }]).state;
    expect(s.nodeId).toBe('gang');
    expect(rejected(index, s, answer('collega-vraag', 'ja'), 9000)).toMatch(/open hotspot/);
    // ...while the "seen" record survives for hints.
    expect(s.seenHotspots.gang).toEqual(['collega', 'naar-kamer']);
  });

  it('msToAnswer is a rounded, non-negative integer', () => {
    const s = run([START, toKamer]).state; // entered kamer at 2000
    expect(ok(index, s, answer('wat-doe-je', 'later'), 2000.6).events[0]).toMatchObject({ msToAnswer: 1 });
    // A clock that steps back (device sleep, NTP) must not give a negative time.
    expect(ok(index, s, answer('wat-doe-je', 'later'), 1500).events[0]).toMatchObject({ msToAnswer: 0 });
  });
});

describe('timers', () => {
  it('expiry logs timer-expired and takes the default branch', () => {
    const s = run([START, toKamer]).state;
    const { state, events } = ok(index, s, { type: 'timer-expired' }, 32000);
    expect(types(events)).toEqual(['timer-expired', 'scene-left', 'scene-entered']);
    expect(events[0]).toMatchObject({ nodeId: 'kamer' });
    expect(events[2]).toMatchObject({ nodeId: 'te-laat', via: 'timer', fromNodeId: 'kamer' });
    expect(state.nodeId).toBe('te-laat');
  });

  it('is rejected on a node without a timer', () => {
    const s = run([START]).state;
    expect(rejected(index, s, { type: 'timer-expired' }, 5000)).toMatch(/no timer/);
  });
});

describe('back', () => {
  it('returns to the previous node without pushing the one it leaves', () => {
    const s = run([START, toKamer, { type: 'timer-expired' }]).state; // gang → kamer → te-laat
    expect(s.history).toEqual(['gang', 'kamer']);
    const b1 = ok(index, s, { type: 'back' }, 9000);
    expect(b1.events).toEqual([
      { type: 'back', fromNodeId: 'te-laat', toNodeId: 'kamer', at: 9000 },
      { type: 'scene-left', nodeId: 'te-laat', dwellMs: 6000, at: 9000 },
      { type: 'scene-entered', nodeId: 'kamer', via: 'back', fromNodeId: 'te-laat', at: 9000 },
    ]);
    expect(b1.state.history).toEqual(['gang']);
    const b2 = ok(index, b1.state, { type: 'back' }, 10000);
    expect(b2.state).toMatchObject({ nodeId: 'gang', history: [] });
    expect(rejected(index, b2.state, { type: 'back' }, 11000)).toMatch(/no previous node/);
  });

  it('keeps variables and answers', () => {
    const s = run([START, toKamer, answer('wat-doe-je', 'later')]).state;
    const b = ok(index, s, { type: 'back' }, 9000).state;
    expect(b.variables).toEqual({ punten: 1, geholpen: false });
    expect(Object.keys(b.answers)).toEqual(['wat-doe-je']);
  });

  it('is rejected right after the start', () => {
    expect(rejected(index, run([START]).state, { type: 'back' }, 5000)).toMatch(/no previous node/);
  });
});

describe('restart', () => {
  it('scene: re-enters the current node, keeps history and variables, forgets opened hotspots', () => {
    const toGang: Action = { type: 'open-hotspot', hotspotId: 'terug' };
    const s = run([START, toKamer, answer('wat-doe-je', 'later'), toGang]).state; // gang entered at 4000
    const opened = ok(index, s, { type: 'open-hotspot', hotspotId: 'bord' }, 5000).state;
    const { state, events } = ok(index, opened, { type: 'restart', scope: 'scene' }, 6000);
    expect(events).toEqual([
      { type: 'restart', scope: 'scene', nodeId: 'gang', at: 6000 },
      { type: 'scene-left', nodeId: 'gang', dwellMs: 2000, at: 6000 },
      { type: 'scene-entered', nodeId: 'gang', via: 'restart', fromNodeId: 'gang', at: 6000 },
    ]);
    expect(state.history).toEqual(['gang', 'kamer']);
    expect(state.variables).toEqual({ punten: 1, geholpen: false });
    expect(state.answers['wat-doe-je']?.optionId).toBe('later');
    expect(opened.openHotspots).toEqual({ bord: 5000 });
    expect(state.openHotspots).toEqual({});
    expect(state.enteredAt).toBe(6000);
  });

  it('scenario: back to the start with initial variables and no answers, history or old visits', () => {
    const s = run([START, toKamer, answer('wat-doe-je', 'later'), { type: 'timer-expired' }]).state;
    expect(s.variables.punten).toBe(1);
    const { state, events } = ok(index, s, { type: 'restart', scope: 'scenario' }, 30000);
    expect(events).toEqual([
      { type: 'restart', scope: 'scenario', nodeId: 'gang', at: 30000 },
      { type: 'scene-left', nodeId: 'te-laat', dwellMs: 26000, at: 30000 },
      { type: 'scene-entered', nodeId: 'gang', via: 'restart', fromNodeId: 'te-laat', at: 30000 },
    ]);
    expect(state).toMatchObject({
      status: 'playing',
      nodeId: 'gang',
      startedAt: 30000,
      enteredAt: 30000,
      history: [],
      visited: ['gang'],
    });
    // toEqual, not toMatchObject: an empty object would match anything there.
    expect(state.variables).toEqual({ punten: 0, geholpen: false });
    expect(state.answers).toEqual({});
    expect(state.openHotspots).toEqual({});
    expect(state.seenHotspots).toEqual({});
    // Conditions see the new run: kantine is locked again because kamer is no longer visited.
    expect(availableHotspots(index, state).map((h) => h.id)).not.toContain('naar-kantine');
  });

  it('scenario restart after completion plays again without logging the ending twice', () => {
    const done = run([START, toKamer, answer('wat-doe-je', 'helpen'), { type: 'finish' }]).state;
    expect(done.status).toBe('completed');
    expect(rejected(index, done, { type: 'restart', scope: 'scene' }, 9000)).toMatch(/completed/);
    const { state, events } = ok(index, done, { type: 'restart', scope: 'scenario' }, 9000);
    expect(types(events)).toEqual(['restart', 'scene-entered']);
    expect(events[1]).toMatchObject({ nodeId: 'gang', fromNodeId: 'einde', via: 'restart' });
    expect(state.status).toBe('playing');
    expect(ok(index, state, toKamer, 10000).state.nodeId).toBe('kamer');
  });
});

describe('finish and abort', () => {
  it('finish is only possible on an ending', () => {
    const s = run([START, toKamer]).state;
    expect(isEnding(currentNode(index, s)!)).toBe(false);
    expect(rejected(index, s, { type: 'finish' }, 9000)).toMatch(/not an ending/);
  });

  it('finish leaves the ending and completes with the total duration', () => {
    const s = run([START, toKamer, answer('wat-doe-je', 'helpen')]).state; // started 1000, einde at 3000
    expect(isEnding(currentNode(index, s)!)).toBe(true);
    const { state, events } = ok(index, s, { type: 'finish' }, 8000);
    expect(events).toEqual([
      { type: 'scene-left', nodeId: 'einde', dwellMs: 5000, at: 8000 },
      { type: 'completed', endingNodeId: 'einde', durationMs: 7000, at: 8000 },
    ]);
    expect(state.status).toBe('completed');
  });

  it('abort stops the run from any node', () => {
    const s = run([START, toKamer]).state;
    const { state, events } = ok(index, s, { type: 'abort' }, 4000);
    expect(events).toEqual([{ type: 'aborted', nodeId: 'kamer', durationMs: 3000, at: 4000 }]);
    expect(state.status).toBe('aborted');
  });

  it('after completion or abort only a scenario restart is accepted', () => {
    const done = run([START, toKamer, answer('wat-doe-je', 'helpen'), { type: 'finish' }]).state;
    const aborted = run([START, { type: 'abort' }]).state;
    const others: Action[] = [
      START,
      toKamer,
      { type: 'enter', nodeId: 'gang' },
      answer('wat-doe-je', 'helpen'),
      { type: 'timer-expired' },
      { type: 'back' },
      { type: 'restart', scope: 'scene' },
      { type: 'finish' },
      { type: 'abort' },
    ];
    for (const state of [done, aborted]) {
      for (const action of others) expect(rejected(index, state, action, 99000), action.type).toBeTruthy();
      expect(ok(index, state, { type: 'restart', scope: 'scenario' }, 99000).state.status).toBe('playing');
    }
  });
});

describe('purity', () => {
  const actions: Action[] = [
    START,
    { type: 'open-hotspot', hotspotId: 'collega' },
    answer('collega-vraag', 'nee'),
    toKamer,
    answer('wat-doe-je', 'later'),
    { type: 'timer-expired' },
    answer('reflectie', 'r2'),
    { type: 'back' },
    { type: 'restart', scope: 'scene' },
    answer('wat-doe-je', 'helpen'),
    { type: 'finish' },
    { type: 'restart', scope: 'scenario' },
    { type: 'enter', nodeId: 'kantine' },
    answerValue('past-dit', 3),
    { type: 'abort' },
  ];
  const script = actions.map((action, i) => ({ action, now: 1000 + i * 777 }));

  it('replay is deterministic and equals stepping by hand', () => {
    const a = replay(index, script);
    const b = replay(index, structuredClone(script));
    expect(a.rejected).toBeUndefined();
    expect(a).toEqual(b);
    expect(a.state.status).toBe('aborted');
    let state = initialState(index.scenario);
    const events: EngineEvent[] = [];
    for (const { action, now } of script) {
      const r = ok(index, state, action, now);
      state = r.state;
      events.push(...r.events);
    }
    expect(a).toEqual({ state, events });
  });

  it('replay stops at the first rejected action and says which', () => {
    const bad = [...script.slice(0, 2), { action: { type: 'finish' } as Action, now: 5000 }, ...script.slice(2)];
    const result = replay(index, bad);
    expect(result.rejected).toMatch(/^action 2 \(finish\)/);
    expect(result.state).toEqual(replay(index, script.slice(0, 2)).state);
  });

  it('never mutates the state or the scenario it is given', () => {
    const scenarioBefore = structuredClone(index.scenario);
    let state = initialState(index.scenario);
    const snapshots: [PlayState, PlayState][] = [];
    for (const { action, now } of script) {
      snapshots.push([state, structuredClone(state)]);
      state = step(index, state, action, now).state;
    }
    for (const [original, copy] of snapshots) expect(original).toEqual(copy);
    expect(index.scenario).toEqual(scenarioBefore);
  });

  it('produces every event type, each valid by the log schema', () => {
    const result = replay(index, script);
    const all = new Set<EventType>(types(result.events));
    const expected: EventType[] = [
      'started',
      'scene-entered',
      'scene-left',
      'hotspot-opened',
      'question-answered',
      'reflection-answered',
      'variables-set',
      'timer-expired',
      'back',
      'restart',
      'completed',
      'aborted',
    ];
    expect([...all].sort()).toEqual([...expected].sort());
    expectValidEvents(result.events);
  });

  it('rejects an unknown action type instead of throwing', () => {
    const s = run([START]).state;
    const result = act(index, s, { type: 'fly' } as unknown as Action, 5000);
    expect(result.rejected).toMatch(/unknown action type "fly"/);
    expect(result.state).toBe(s);
  });
});

describe('helpers', () => {
  it('currentNode is null before the start', () => {
    expect(currentNode(index, initialState(index.scenario))).toBeNull();
    expect(availableHotspots(index, initialState(index.scenario))).toEqual([]);
  });

  it('a one-node scenario can start and finish at once', () => {
    const tiny: ScenarioIndex = build([node('alleen', { ending: { takeaway: text('Klaar') } })]);
    const { state, events } = replay(tiny, [
      { action: START, now: 0 },
      { action: { type: 'finish' }, now: 10 },
    ]);
    expect(state.status).toBe('completed');
    expect(types(events)).toEqual(['started', 'scene-entered', 'scene-left', 'completed']);
  });
});
