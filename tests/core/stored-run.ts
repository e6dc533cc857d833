import { expect } from 'vitest';
import { DeviceEventBody } from '../../src/core/api/device-event.ts';
import type { StoredEvent } from '../../src/core/api/stored-event.ts';
import { replay } from '../../src/core/engine.ts';
import { runStarts, versionPlayedAt } from '../../src/core/scenario-runs.ts';
import type { Action } from '../../src/core/engine-types.ts';
import { indexScenario } from '../../src/core/scenario-index.ts';
import type { Scenario } from '../../src/core/scenario-schema.ts';

/**
 * Plays actions through the real engine, each `ms` after the one before, and returns the events
 * as the server stores them (one participation, seq from 0, server time 250 ms after the device's).
 */
export function storedRun(
  scenario: Scenario,
  opts: { path: string; sessionId: string; startAt: number },
  steps: [ms: number, action: Action][],
): StoredEvent[] {
  let now = opts.startAt;
  const { events, rejected } = replay(
    indexScenario(scenario),
    steps.map(([ms, action]) => ({ action, now: (now += ms) })),
  );
  expect(rejected).toBeUndefined();
  const participationId = crypto.randomUUID();
  const logged = events.map(({ at: clientAt, ...body }, seq) => ({
    id: crypto.randomUUID(),
    sessionId: opts.sessionId,
    participantCode: 'P-TEST1',
    participationId,
    seq,
    at: clientAt,
    serverAt: clientAt + 250,
    scenario: opts.path,
    body: DeviceEventBody.parse(body),
  }));
  // As the server records it when the whole run arrives in order.
  const starts = runStarts(logged);
  return logged.map((e) => ({ ...e, scenarioVersion: versionPlayedAt(starts, e) }));
}
