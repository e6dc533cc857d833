import type { StoredEvent } from '../core/api/stored-event.ts';
import type { Scenario } from '../core/scenario-schema.ts';
import type { ScenarioStore } from '../scene-pack/scenario-store.ts';

/**
 * The scenarios that events refer to, for exports: each by catalog path as it is now, and as it
 * was at each version the events recorded (`versionKey` keys), so a log made before a re-publish
 * resolves its nodes and options from the version that was played (core/logged-content.ts).
 */
export async function scenariosForEvents(store: ScenarioStore, events: readonly StoredEvent[]): Promise<Map<string, Scenario>> {
  const paths = new Set<string>();
  const refs = new Map<string, { path: string; version: string }>();
  for (const e of events) {
    if (e.scenario === null) continue;
    paths.add(e.scenario);
    if (e.scenarioVersion) refs.set(`${e.scenario}@${e.scenarioVersion}`, { path: e.scenario, version: e.scenarioVersion });
  }
  return new Map([...(await store.load(paths)), ...(await store.loadVersions(refs.values()))]);
}
