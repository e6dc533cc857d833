/** Operations on questions: a node's own question, or the one behind a question hotspot. */
import type { Question, Scenario } from '../scenario-schema.ts';
import { bilingual } from './bilingual-text.ts';
import { blankQuestion, QUESTION_KINDS, withQuestionKind } from './blank-parts.ts';
import { changeNode, findNode } from './change-scenario.ts';
import { fail, isFailure, type Outcome } from './outcome.ts';
import { changeQuestion, newQuestionId, questionKey, type QuestionRef } from './question-ref.ts';
import { patchText, textMergeKey, type TextPatch } from './text-patch.ts';
import { workAspectTags } from './work-aspect-tags.ts';

/**
 * Gives a node a question of this kind, or changes the kind of an existing one (the node's
 * own or a question hotspot's). Choice ↔ reflection keeps the options; to or from a scale
 * they go (undo brings them back).
 */
export function setQuestion(scenario: Scenario, args: QuestionRef & { kind: Question['kind'] }): Outcome<{ questionId: string }> {
  if (!QUESTION_KINDS.includes(args.kind)) {
    return fail(
      'unknown-kind',
      `"${args.kind}" is geen soort vraag. Kies keuze, reflectie of schaal.`,
      `"${args.kind}" is not a question kind. Choose choice, reflection or scale.`,
    );
  }
  const node = findNode(scenario, args.nodeId);
  if (isFailure(node)) return node;
  if (args.hotspotId === undefined && !node.question) {
    const questionId = newQuestionId(scenario, node.id);
    const outcome = changeNode(scenario, node.id, bilingual('Vraag toegevoegd', 'Question added'), undefined, (n) => ({
      ...n,
      question: blankQuestion(args.kind, questionId),
    }));
    return outcome.ok ? { ...outcome, questionId } : outcome;
  }
  let questionId = '';
  const outcome = changeQuestion(scenario, args, bilingual('Soort vraag veranderd', 'Question kind changed'), undefined, (q) => {
    questionId = q.id;
    return withQuestionKind(q, args.kind);
  });
  return outcome.ok ? { ...outcome, questionId } : outcome;
}

/** Only a node's own question; a question hotspot keeps its question (change its kind instead). */
export function removeQuestion(scenario: Scenario, args: { nodeId: string }): Outcome {
  return changeNode(scenario, args.nodeId, bilingual('Vraag verwijderd', 'Question removed'), undefined, ({ question: _q, ...node }) => node);
}

export function setQuestionPrompt(scenario: Scenario, args: QuestionRef & { text: TextPatch }): Outcome {
  const mergeKey = textMergeKey(`prompt/${questionKey(args)}`, args.text);
  return changeQuestion(scenario, args, bilingual('Vraag aangepast', 'Question text changed'), mergeKey, (q) => ({
    ...q,
    prompt: patchText(q.prompt, args.text),
  }));
}

export interface ScaleChanges {
  min?: number;
  max?: number;
  minLabel?: TextPatch;
  maxLabel?: TextPatch;
  talkingPoint?: TextPatch;
  tags?: readonly string[];
  /** The node to go to after answering; null for none (stay). */
  next?: string | null;
  /** The variable that stores the answer; null for none. */
  variable?: string | null;
}

/** Changes the given fields of a scale question; the others stay. */
export function setScale(scenario: Scenario, args: QuestionRef & ScaleChanges): Outcome {
  const { nodeId: _n, hotspotId: _h, ...changes } = args;
  const fields = Object.entries(changes)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? textMergeKey(k, v as TextPatch) : k))
    .join(',');
  return changeQuestion(scenario, args, bilingual('Schaal aangepast', 'Scale changed'), `scale/${questionKey(args)}/${fields}`, (q, s) => {
    if (q.kind !== 'scale') {
      return fail('wrong-question-kind', `Vraag "${q.id}" is geen schaalvraag.`, `Question "${q.id}" is not a scale question.`);
    }
    if ([changes.min, changes.max].some((n) => n !== undefined && !Number.isFinite(n))) {
      return fail('invalid-number', 'Het begin en eind van de schaal moeten getallen zijn.', 'The ends of the scale must be numbers.');
    }
    const out = { ...q };
    if (changes.min !== undefined) out.min = changes.min;
    if (changes.max !== undefined) out.max = changes.max;
    if (changes.minLabel) out.minLabel = patchText(q.minLabel, changes.minLabel);
    if (changes.maxLabel) out.maxLabel = patchText(q.maxLabel, changes.maxLabel);
    if (changes.talkingPoint) out.talkingPoint = patchText(q.talkingPoint, changes.talkingPoint);
    if (changes.tags) {
      const tags = workAspectTags(changes.tags);
      if (isFailure(tags)) return tags;
      out.tags = tags;
    }
    if (changes.next === null) delete out.next;
    else if (changes.next !== undefined) {
      const next = findNode(s, changes.next);
      if (isFailure(next)) return next;
      out.next = next.id;
    }
    if (changes.variable === null || changes.variable === '') delete out.variable;
    else if (changes.variable !== undefined) out.variable = changes.variable;
    return out;
  });
}
