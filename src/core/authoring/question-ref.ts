/**
 * A question lives either on a node (asked on entering) or behind a question hotspot; the
 * same operations edit both, so they are addressed alike.
 */
import { questionsOf } from '../checker/structure.ts';
import type { ChoiceLikeQuestion, Option, Question, Scenario } from '../scenario-schema.ts';
import type { BilingualText } from './bilingual-text.ts';
import { changeNode, unknownHotspot, wrongHotspotKind, type Change } from './change-scenario.ts';
import { uniqueId } from './new-id.ts';
import { fail, isFailure, type Failure, type Outcome } from './outcome.ts';

export interface QuestionRef {
  nodeId: string;
  /** Leave out for the node's own question. */
  hotspotId?: string;
}

export interface OptionRef extends QuestionRef {
  optionId: string;
}

export function questionKey(ref: QuestionRef): string {
  return ref.hotspotId === undefined ? ref.nodeId : `${ref.nodeId}/${ref.hotspotId}`;
}

export function changeQuestion(
  scenario: Scenario,
  ref: QuestionRef,
  label: BilingualText,
  mergeKey: string | undefined,
  change: (question: Question, scenario: Scenario) => Change<Question>,
): Outcome {
  return changeNode(scenario, ref.nodeId, label, mergeKey, (node, s) => {
    if (ref.hotspotId === undefined) {
      if (!node.question) return fail('no-question', `Scène "${node.id}" heeft geen vraag.`, `Node "${node.id}" has no question.`);
      const question = change(node.question, s);
      return isFailure(question) ? question : { ...node, question };
    }
    const index = node.hotspots.findIndex((h) => h.id === ref.hotspotId);
    const hotspot = node.hotspots[index];
    if (!hotspot) return unknownHotspot(node.id, ref.hotspotId);
    if (hotspot.kind !== 'question') return wrongHotspotKind(hotspot, 'question');
    const question = change(hotspot.question, s);
    return isFailure(question) ? question : { ...node, hotspots: node.hotspots.with(index, { ...hotspot, question }) };
  });
}

function scaleHasNoOptions(question: Question): Failure {
  return fail(
    'wrong-question-kind',
    `Vraag "${question.id}" is een schaalvraag: die heeft geen antwoorden om uit te kiezen.`,
    `Question "${question.id}" is a scale question: it has no options to choose from.`,
  );
}

export function changeChoiceQuestion(
  scenario: Scenario,
  ref: QuestionRef,
  label: BilingualText,
  mergeKey: string | undefined,
  change: (question: ChoiceLikeQuestion, scenario: Scenario) => Change<ChoiceLikeQuestion>,
): Outcome {
  return changeQuestion(scenario, ref, label, mergeKey, (q, s) => (q.kind === 'scale' ? scaleHasNoOptions(q) : change(q, s)));
}

export function unknownOption(question: Question, optionId: string): Failure {
  return fail('unknown-option', `Vraag "${question.id}" heeft geen antwoord "${optionId}".`, `Question "${question.id}" has no option "${optionId}".`);
}

export function changeOption(
  scenario: Scenario,
  ref: OptionRef,
  label: BilingualText,
  mergeKey: string | undefined,
  change: (option: Option, scenario: Scenario) => Change<Option>,
): Outcome {
  return changeChoiceQuestion(scenario, ref, label, mergeKey, (q, s) => {
    const index = q.options.findIndex((o) => o.id === ref.optionId);
    if (index < 0) return unknownOption(q, ref.optionId);
    const option = change(q.options[index]!, s);
    return isFailure(option) ? option : { ...q, options: q.options.with(index, option) };
  });
}

/** Question ids key logged answers across the whole scenario, so a new one is unique there. */
export function newQuestionId(scenario: Scenario, nodeId: string): string {
  const taken = new Set(scenario.nodes.flatMap((n, i) => questionsOf(n, ['nodes', i]).map((q) => q.value.id)));
  return uniqueId(`${nodeId}-vraag`, 'vraag', taken);
}
