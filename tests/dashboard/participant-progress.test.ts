import { describe, expect, it } from 'vitest';
import { buildGesprekskaart } from '../../src/core/gesprekskaart/build-gesprekskaart.ts';
import { participantProgress } from '../../src/dashboard/participant-progress.ts';
import { loadScenarios, log, Player } from '../core/gesprekskaart/play.ts';

/** The live participant list, read from logs the real engine produced for the real ouderenzorg scenario. */
const scenarios = loadScenarios();
const OUDEREN = 'ouderenzorg/ochtend-verpleeghuis';
const T0 = Date.UTC(2026, 10, 20, 9, 0, 0);
const participant = { code: 'K7-QX', joinedAt: T0 - 60_000, lastSeenAt: T0, consentedAt: T0 - 30_000 };

describe('participantProgress', () => {
  it('counts the scenes of the run being played', () => {
    const player = new Player(scenarios.get(OUDEREN)!, T0).do({ type: 'start' }, 0).do({ type: 'open-hotspot', hotspotId: 'naar-kamer-12' });
    const progress = participantProgress(participant, log({ events: player.events, scenario: OUDEREN }));
    expect(progress).toMatchObject({ scenario: OUDEREN, nodeId: 'kamer-de-vries', visited: 2, state: 'playing' });
  });

  it('counts from zero again after "Nog een keer", as the gesprekskaart starts a new run', () => {
    const player = new Player(scenarios.get(OUDEREN)!, T0).do({ type: 'start' }, 0).playToEnd();
    const firstRun = participantProgress(participant, log({ events: player.events, scenario: OUDEREN }));
    expect(firstRun.state).toBe('completed');
    expect(firstRun.visited).toBeGreaterThan(3);

    // "Nog een keer": the engine restarts the whole scenario (no new `started`), then one step on.
    player.do({ type: 'restart', scope: 'scenario' }).walk();
    const events = log({ events: player.events, scenario: OUDEREN });
    const progress = participantProgress(participant, events);
    expect(progress).toMatchObject({ scenario: OUDEREN, nodeId: player.state.nodeId, state: 'playing', visited: 2 });
    expect(buildGesprekskaart(events, scenarios, { mode: 'intake' }).scenarios[0]!.runs).toBe(2);
  });

  it('counts from zero again after a restart of an aborted run, in any delivery order', () => {
    const player = new Player(scenarios.get(OUDEREN)!, T0)
      .do({ type: 'start' }, 0)
      .do({ type: 'open-hotspot', hotspotId: 'naar-kamer-12' })
      .do({ type: 'abort' });
    player.do({ type: 'restart', scope: 'scenario' });
    // A device that was offline delivers late: the list sorts by seq.
    const events = log({ events: player.events, scenario: OUDEREN }).reverse();
    expect(participantProgress(participant, events)).toMatchObject({ state: 'playing', visited: 1 });
  });
});
