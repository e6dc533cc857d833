import type { StoredEvent } from '../api/stored-event.ts';
import type { LocalizedText } from '../localized-text.ts';
import { choiceQuestion, scaleQuestion } from './conversation-question.ts';
import type { AnswerContext, ChoiceItem, OptionAnswer, ReflectionItem, ScaleAnswer } from './gesprekskaart-types.ts';
import { loggedOption, type ResolveLogged } from '../logged-content.ts';
import type { Question } from '../scenario-schema.ts';
import { idText, scenarioTitle } from './text-format.ts';

/**
 * Every choice and reflection answer, with the content's texts looked up (ids when the content
 * is gone). Answers are kept in the order given; `latest` marks the last answer to each
 * question per scenario, which is what the interest chart and the aspect tally use.
 */
export function collectAnswers(events: readonly StoredEvent[], resolve: ResolveLogged): { choices: ChoiceItem[]; reflections: ReflectionItem[] } {
  const lastSeq = new Map<string, number>();
  for (const e of events) {
    if (e.scenario !== null && (e.body.type === 'question-answered' || e.body.type === 'reflection-answered')) {
      lastSeq.set(`${e.scenario} ${e.body.questionId}`, e.seq);
    }
  }

  const choices: ChoiceItem[] = [];
  const reflections: ReflectionItem[] = [];
  for (const e of events) {
    const { body } = e;
    if (e.scenario === null || (body.type !== 'question-answered' && body.type !== 'reflection-answered')) continue;
    const s = resolve(e.scenario, e.scenarioVersion);
    const question = s.question(body.nodeId, body.questionId);
    const context: AnswerContext = {
      scenario: s.path,
      scenarioTitle: scenarioTitle(s),
      zorgcategorie: s.zorgcategorie,
      nodeId: body.nodeId,
      questionId: body.questionId,
      question: question?.prompt ?? idText(body.questionId),
      msToAnswer: body.msToAnswer,
      at: e.at,
      latest: lastSeq.get(`${e.scenario} ${body.questionId}`) === e.seq,
    };

    if (body.type === 'question-answered') {
      const answer = optionAnswer(question, body.optionId);
      const before = body.changedFrom === null ? null : optionAnswer(question, body.changedFrom);
      const talkingPoint = loggedOption(question, body.optionId)?.talkingPoint ?? null;
      choices.push({
        ...context,
        optionId: answer.optionId,
        label: answer.label,
        stance: answer.stance,
        tags: answer.tags,
        talkingPoint,
        conversationQuestion: choiceQuestion(answer.label, talkingPoint),
        changedFrom: before && { optionId: before.optionId, label: before.label },
      });
      continue;
    }

    // A reflection answer carries an option (reflection question) or a value (scale question).
    let answer: OptionAnswer | ScaleAnswer;
    let talkingPoint: LocalizedText | null;
    let conversationQuestion: LocalizedText;
    if (body.optionId !== null) {
      answer = optionAnswer(question, body.optionId);
      talkingPoint = loggedOption(question, body.optionId)?.talkingPoint ?? null;
      conversationQuestion = choiceQuestion(answer.label, talkingPoint);
    } else {
      const scale = question?.kind === 'scale' ? question : null;
      answer = {
        kind: 'scale',
        value: body.value ?? 0,
        min: scale?.min ?? null,
        max: scale?.max ?? null,
        minLabel: scale?.minLabel ?? null,
        maxLabel: scale?.maxLabel ?? null,
      };
      talkingPoint = scale?.talkingPoint ?? null;
      conversationQuestion = scaleQuestion(answer.value, answer.max, context.question, talkingPoint);
    }
    const before = body.changedFrom;
    const changedFrom =
      before === null ? null : typeof before === 'number' ? { value: before } : { optionId: before, label: optionAnswer(question, before).label };
    reflections.push({ ...context, answer, talkingPoint, conversationQuestion, changedFrom });
  }
  return { choices, reflections };
}

function optionAnswer(question: Question | null, optionId: string): OptionAnswer {
  const option = loggedOption(question, optionId);
  return {
    kind: 'option',
    optionId,
    label: option?.label ?? idText(optionId),
    stance: option?.stance ?? 'neutral',
    tags: option?.tags ?? [],
  };
}
