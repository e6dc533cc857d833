import type { LocalizedText } from '../localized-text.ts';
import { indexScenario, type ScenarioIndex } from '../scenario-index.ts';
import type { Option, Question, Scenario } from '../scenario-schema.ts';
import { Zorgcategorie } from '../zorgcategorie.ts';
import { idText } from './text-format.ts';

/**
 * Content lookups that never throw. Logs outlive content: a scenario may have been edited,
 * renamed or removed since the candidate played it, so every lookup falls back to the id
 * that was logged instead of failing the whole card.
 */

export interface ResolvedScenario {
  path: string;
  id: string;
  index: ScenarioIndex | null;
  title: LocalizedText;
  zorgcategorie: Zorgcategorie | null;
}

/**
 * `scenarios` is keyed by catalog path ("ouderenzorg/ochtend-verpleeghuis"); a key of the bare
 * scenario id is accepted too, so callers holding a Map by id need not rebuild it.
 */
export function scenarioResolver(scenarios: ReadonlyMap<string, Scenario>): (path: string) => ResolvedScenario {
  const cache = new Map<string, ResolvedScenario>();
  return (path) => {
    const cached = cache.get(path);
    if (cached) return cached;
    const id = path.split('/').at(-1) ?? path;
    const scenario = scenarios.get(path) ?? scenarios.get(id) ?? null;
    // The path's first part names the zorgcategorie even when the scenario itself is gone.
    const fromPath = Zorgcategorie.safeParse(path.split('/')[0]);
    const resolved: ResolvedScenario = {
      path,
      id,
      index: scenario ? indexScenario(scenario) : null,
      title: scenario?.title ?? idText(path),
      zorgcategorie: scenario?.zorgcategorie ?? (fromPath.success ? fromPath.data : null),
    };
    cache.set(path, resolved);
    return resolved;
  };
}

export function nodeTitle(s: ResolvedScenario, nodeId: string): LocalizedText {
  return s.index?.nodes.get(nodeId)?.title ?? idText(nodeId);
}

/** The question in the logged node; anywhere in the scenario when the node was changed. */
export function findQuestion(s: ResolvedScenario, nodeId: string, questionId: string): Question | null {
  if (!s.index) return null;
  const inNode = s.index.questionsByNode.get(nodeId)?.get(questionId);
  if (inNode) return inNode;
  for (const qs of s.index.questionsByNode.values()) {
    const q = qs.get(questionId);
    if (q) return q;
  }
  return null;
}

export function findOption(question: Question | null, optionId: string): Option | null {
  if (!question || question.kind === 'scale') return null;
  return question.options.find((o) => o.id === optionId) ?? null;
}
