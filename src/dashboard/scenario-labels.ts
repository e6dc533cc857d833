import { localize, type Language } from '../core/localized-text.ts';
import { loggedOption, loggedScenario } from '../core/logged-content.ts';
import type { ScenarioIndex } from '../core/scenario-index.ts';
import type { ParticipantProgress } from './participant-progress.ts';

/** Turns the ids in a participant's log into the words of the scenario file. */
export type ScenarioIndexes = ReadonlyMap<string, ScenarioIndex>;

export function scenarioTitle(indexes: ScenarioIndexes, path: string, lang: Language): string {
  const index = indexes.get(path);
  return index ? localize(index.scenario.title, lang) : path;
}

export function sceneTitle(indexes: ScenarioIndexes, path: string, nodeId: string, lang: Language): string {
  const node = loggedScenario(path, indexes.get(path) ?? null).node(nodeId);
  return node ? localize(node.title, lang) : nodeId;
}

export function nodeCount(indexes: ScenarioIndexes, path: string): number | null {
  return indexes.get(path)?.scenario.nodes.length ?? null;
}

/** The option label of the last choice, or its scale value; null when the scenario is not loaded yet. */
export function choiceLabel(
  indexes: ScenarioIndexes,
  choice: NonNullable<ParticipantProgress['lastChoice']>,
  lang: Language,
): { label: string; scale: boolean } | null {
  const question = loggedScenario(choice.scenario, indexes.get(choice.scenario) ?? null).question(choice.nodeId, choice.questionId);
  if (choice.optionId !== null) {
    const option = loggedOption(question, choice.optionId);
    return option ? { label: localize(option.label, lang), scale: false } : question ? { label: choice.optionId, scale: false } : null;
  }
  return choice.value !== null ? { label: String(choice.value), scale: true } : null;
}
