import type { StoredEvent } from '../api/stored-event.ts';
import { latestQuestionnaireAnswers } from '../questionnaire/candidate-answers.ts';
import { questionnaireQuestion } from '../questionnaire/questionnaire.ts';
import type { OwnAnswer } from './gesprekskaart-types.ts';

/**
 * The candidate's answers to the questionnaire after the scenarios, latest per question, with the
 * question and option texts of the version they were given in (ids when that version is unknown).
 */
export function ownAnswers(events: readonly StoredEvent[]): OwnAnswer[] {
  return latestQuestionnaireAnswers(events).map((a) => {
    const question = questionnaireQuestion(a.questionId, a.questionnaireVersion);
    return {
      questionId: a.questionId,
      question: question?.prompt ?? { nl: a.questionId },
      options: a.optionIds.map((id) => ({ id, label: question?.options.find((o) => o.id === id)?.label ?? { nl: id } })),
      at: a.at,
      changed: a.times > 1,
    };
  });
}
