import { readFile } from 'node:fs/promises';
import type { JoinResponse } from '../../src/core/api/sessions.ts';
import type { EngineEvent } from '../../src/core/events.ts';
import { indexScenario, type ScenarioIndex } from '../../src/core/scenario-index.ts';
import { Scenario } from '../../src/core/scenario-schema.ts';
import { Outbox } from '../../src/sync/outbox.ts';
import { OutboxDb, participationIdOf } from '../../src/sync/outbox-db.ts';

/**
 * Builders shared by the sync tests. The tests import 'fake-indexeddb/auto' first, so Dexie
 * runs on a real (in-memory) IndexedDB implementation.
 */

export const DAY = 24 * 60 * 60_000;
export const T0 = Date.UTC(2025, 2, 12, 9, 0, 0);

let dbCounter = 0;

/** A fresh database name per test, so tests never see each other's rows. */
export function freshDbName(): string {
  dbCounter += 1;
  return `beroepsbeeld-test-${process.pid}-${dbCounter}`;
}

export function openOutbox(name: string, now: () => number = () => T0): Outbox {
  return new Outbox(new OutboxDb(name), { now });
}

export function joinResponse(token: string, participantCode: string, extra: Partial<JoinResponse['session']> = {}): JoinResponse {
  return {
    token,
    participantCode,
    session: {
      id: 'sessie-1',
      mode: 'intake',
      organisation: 'ROC Voorbeeld',
      scenarios: ['ouderenzorg/ochtend-verpleeghuis', 'thuiszorg/wijkroute-thuiszorg'],
      retentionDays: 28,
      purgeAt: T0 + 28 * DAY,
      ...extra,
    },
  };
}

export async function joinedOutbox(name: string, token = 'token-a', code = 'KX7P3Q'): Promise<{ outbox: Outbox; participationId: string }> {
  const outbox = openOutbox(name);
  const participation = await outbox.saveParticipation(joinResponse(token, code));
  return { outbox, participationId: participation.id };
}

export const OUDERENZORG = 'ouderenzorg/ochtend-verpleeghuis';
export const THUISZORG = 'thuiszorg/wijkroute-thuiszorg';

export async function loadScenario(path: string): Promise<ScenarioIndex> {
  const file = new URL(`../../scenes/${path}/scenario.json`, import.meta.url);
  return indexScenario(Scenario.parse(JSON.parse(await readFile(file, 'utf8'))));
}

/** `n` plausible engine events in one step, for tests about sending rather than playing. */
export async function queueEvents(outbox: Outbox, participationId: string, n: number, at = T0): Promise<string[]> {
  const events: EngineEvent[] = Array.from({ length: n }, () => ({
    type: 'hotspot-opened',
    nodeId: 'gang-start',
    hotspotId: 'werkbegeleider',
    hotspotKind: 'info',
    at,
  }));
  const wire = await outbox.recordStep(participationId, OUDERENZORG, { type: 'open-hotspot', hotspotId: 'werkbegeleider' }, at, events);
  return wire.map((e) => e.id);
}

export { participationIdOf };
