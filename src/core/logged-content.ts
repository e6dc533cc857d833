import { indexScenario, type ScenarioIndex } from './scenario-index.ts';
import type { Hotspot, Option, Question, Scenario, ScenarioNode } from './scenario-schema.ts';
import { Zorgcategorie } from './zorgcategorie.ts';

/**
 * Which content a logged id refers to: the one lookup that the xAPI export, the CSV, the
 * gesprekskaart and the dashboard share. Logs outlive content: a scenario may have been edited,
 * renamed or removed since the candidate played it, so every lookup misses softly (null) and the
 * caller falls back to the id that was logged; none throws.
 */
export interface LoggedScenario {
  /** The catalog path as logged ("zorgcategorie/id"). */
  path: string;
  /** The scenario id: the last part of the path. */
  id: string;
  /** The scenario now at that path, indexed; null when it is not (or no longer) there. */
  index: ScenarioIndex | null;
  /** The scenario's, or else the path's first part, which names it even when the scenario is gone. */
  zorgcategorie: Zorgcategorie | null;
  node(nodeId: string): ScenarioNode | null;
  /** Hotspot ids are unique per node, so only the logged node is searched. */
  hotspot(nodeId: string, hotspotId: string): Hotspot | null;
  /** In the logged node first; question ids are unique per scenario, so a question that moved is still found. */
  question(nodeId: string, questionId: string): Question | null;
}

/** The logged scenario `path` given the scenario now there (indexed), or null when there is none. */
export function loggedScenario(path: string, index: ScenarioIndex | null): LoggedScenario {
  const fromPath = Zorgcategorie.safeParse(path.split('/')[0]);
  return {
    path,
    id: path.split('/').at(-1) ?? path,
    index,
    zorgcategorie: index?.scenario.zorgcategorie ?? (fromPath.success ? fromPath.data : null),
    node: (nodeId) => index?.nodes.get(nodeId) ?? null,
    hotspot: (nodeId, hotspotId) => index?.nodes.get(nodeId)?.hotspots.find((h) => h.id === hotspotId) ?? null,
    question(nodeId, questionId) {
      if (!index) return null;
      const inNode = index.questionsByNode.get(nodeId)?.get(questionId);
      if (inNode) return inNode;
      for (const qs of index.questionsByNode.values()) {
        const q = qs.get(questionId);
        if (q) return q;
      }
      return null;
    },
  };
}

/** Resolves a logged catalog path, at the version the event recorded when known. */
export type ResolveLogged = (path: string, version?: string | null) => LoggedScenario;

/** The key of a scenario as played at one version, in the maps `loggedContent` reads: "path@version". */
export function versionKey(path: string, version: string): string {
  return `${path}@${version}`;
}

/**
 * Looks logged catalog paths up in `scenarios` (keyed by catalog path; a key of the bare scenario
 * id is accepted too, so callers holding a Map by id need not rebuild it). With the version the
 * event recorded, the scenario as it was at that version comes first (key `versionKey`), so a
 * log made before a re-publish still resolves its nodes and options. Each scenario is indexed once.
 */
export function loggedContent(scenarios: ReadonlyMap<string, Scenario>): ResolveLogged {
  const cache = new Map<string, LoggedScenario>();
  return (path, version) => {
    const atVersion = version ? scenarios.get(versionKey(path, version)) : undefined;
    const key = atVersion ? versionKey(path, version!) : path;
    let found = cache.get(key);
    if (!found) {
      const scenario = atVersion ?? scenarios.get(path) ?? scenarios.get(path.split('/').at(-1) ?? path);
      cache.set(key, (found = loggedScenario(path, scenario ? indexScenario(scenario) : null)));
    }
    return found;
  };
}

/** The chosen option of a choice or reflection question; null for a scale, or when the option is gone. */
export function loggedOption(question: Question | null, optionId: string | null): Option | null {
  if (!question || question.kind === 'scale' || optionId === null) return null;
  return question.options.find((o) => o.id === optionId) ?? null;
}
