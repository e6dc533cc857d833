import { describe, expect, it } from 'vitest';
import { runStarts, scenarioRuns, scenesEntered, versionPlayedAt } from '../../src/core/scenario-runs.ts';
import { loadScenarios, log, Player } from './gesprekskaart/play.ts';

/** Runs read from logs the real engine made of the real scenarios. */
const scenarios = loadScenarios();
const OUDEREN = 'ouderenzorg/ochtend-verpleeghuis';
const THUIS = 'thuiszorg/wijkroute-thuiszorg';
const T0 = Date.UTC(2026, 10, 20, 9, 0, 0);

const ouderen = () => new Player(scenarios.get(OUDEREN)!, T0).do({ type: 'start' }, 0);
const summary = (runs: ReturnType<typeof scenarioRuns>) => runs.map((r) => [r.scenario, r.start, r.end, r.events.length]);

describe('scenarioRuns', () => {
  it('reads one run from started to completed', () => {
    const player = ouderen().playToEnd();
    const runs = scenarioRuns(log({ events: player.events, scenario: OUDEREN }));
    expect(summary(runs)).toEqual([[OUDEREN, 'started', 'completed', player.events.length]]);
  });

  it('starts a new run at "Nog een keer" (a restart of the whole scenario after completing)', () => {
    const player = ouderen().playToEnd();
    const first = player.events.length;
    player.do({ type: 'restart', scope: 'scenario' }).do({ type: 'open-hotspot', hotspotId: 'naar-kamer-12' });
    const runs = scenarioRuns(log({ events: player.events, scenario: OUDEREN }));
    expect(summary(runs)).toEqual([
      [OUDEREN, 'started', 'completed', first],
      [OUDEREN, 'restart', null, player.events.length - first],
    ]);
    expect([...scenesEntered(runs[1]!)]).toEqual(['gang-start', 'kamer-de-vries']);
  });

  it('gives the dwell of the scene left by a restart mid-run to the old run', () => {
    const player = ouderen().do({ type: 'open-hotspot', hotspotId: 'naar-kamer-12' }).do({ type: 'restart', scope: 'scenario' });
    const [old, fresh] = scenarioRuns(log({ events: player.events, scenario: OUDEREN }));
    expect(old!.events.at(-1)!.body).toMatchObject({ type: 'scene-left', nodeId: 'kamer-de-vries' });
    expect(fresh!.events.map((e) => e.body.type)).toEqual(['restart', 'scene-entered']);
  });

  it('keeps a run per scenario when the candidate switches scenario and back, in any delivery order', () => {
    const a = ouderen();
    const b = new Player(scenarios.get(THUIS)!, T0 + 60_000).do({ type: 'start' }, 0);
    a.do({ type: 'open-hotspot', hotspotId: 'naar-kamer-12' }, 120_000);
    const events = log(
      { events: a.events.slice(0, 2), scenario: OUDEREN },
      { events: b.events, scenario: THUIS },
      { events: a.events.slice(2), scenario: OUDEREN },
    );
    const runs = scenarioRuns(events.reverse());
    expect(summary(runs)).toEqual([
      [OUDEREN, 'started', null, a.events.length],
      [THUIS, 'started', null, b.events.length],
    ]);
    const seqs = runs[0]!.events.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
  });

  it('reads a log that begins mid-run as a run without a start', () => {
    const player = ouderen().do({ type: 'open-hotspot', hotspotId: 'naar-kamer-12' });
    const runs = scenarioRuns(log({ events: player.events, scenario: OUDEREN }).slice(2));
    expect(summary(runs)).toEqual([[OUDEREN, null, null, player.events.length - 2]]);
  });
});

describe('versionPlayedAt', () => {
  it('is the version of the latest started of the same scenario at or before the event; a restart keeps it', () => {
    const player = ouderen().playToEnd().do({ type: 'restart', scope: 'scenario' });
    const events = log({ events: player.events, scenario: OUDEREN });
    const starts = runStarts(events);
    expect(starts).toEqual([{ seq: 0, scenario: OUDEREN, version: scenarios.get(OUDEREN)!.version }]);
    for (const e of events) expect(versionPlayedAt(starts, e)).toBe(scenarios.get(OUDEREN)!.version);
    const newer = [...starts, { seq: 5, scenario: OUDEREN, version: '9.0.0' }];
    expect([4, 5, 6].map((seq) => versionPlayedAt(newer, { seq, scenario: OUDEREN }))).toEqual([starts[0]!.version, '9.0.0', '9.0.0']);
    expect(versionPlayedAt(newer, { seq: 6, scenario: THUIS })).toBeNull();
    expect(versionPlayedAt(newer, { seq: 6, scenario: null })).toBeNull();
  });
});
