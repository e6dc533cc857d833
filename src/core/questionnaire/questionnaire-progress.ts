import { answerProblem, DONT_KNOW, QUESTIONNAIRE, QUESTIONNAIRE_VERSION, type QuestionnaireQuestion } from './questionnaire.ts';

/**
 * Where a candidate is in the questionnaire, and the rules for moving on: the one state machine
 * behind every way of answering (the DOM screen, the panel in VR). Pure: recording an answer is
 * the caller's job, between `tap`/`submit` returning an answer and `answered`.
 */
export interface QuestionnaireProgress {
  /** The question on screen, an index into `QUESTIONNAIRE`. */
  index: number;
  /** Options ticked on a question of several choices, not yet sent with "Volgende". */
  chosen: readonly string[];
  finished: boolean;
}

export const QUESTIONNAIRE_START: QuestionnaireProgress = { index: 0, chosen: [], finished: false };

/** What a step leads to: the new progress, and the answer to record now (null: nothing yet). */
export interface ProgressStep {
  progress: QuestionnaireProgress;
  answer: string[] | null;
}

export function currentQuestion(progress: QuestionnaireProgress): QuestionnaireQuestion {
  return QUESTIONNAIRE[Math.min(progress.index, QUESTIONNAIRE.length - 1)]!;
}

/**
 * A tap on an option. One-choice questions answer at once; otherwise the option is ticked or
 * unticked, "weet ik niet" stands alone (ticking it clears the rest, ticking another clears
 * it), and a tap beyond `maxChoices` does nothing.
 */
export function tap(progress: QuestionnaireProgress, optionId: string): ProgressStep {
  const question = currentQuestion(progress);
  const unchanged = { progress, answer: null };
  if (progress.finished || !question.options.some((o) => o.id === optionId)) return unchanged;
  if (question.maxChoices === 1) return { progress, answer: [optionId] };
  const { chosen } = progress;
  if (optionId === DONT_KNOW) return { progress: { ...progress, chosen: chosen.includes(optionId) ? [] : [optionId] }, answer: null };
  const rest = chosen.filter((c) => c !== DONT_KNOW);
  if (rest.includes(optionId)) return { progress: { ...progress, chosen: rest.filter((c) => c !== optionId) }, answer: null };
  if (rest.length >= question.maxChoices) return unchanged;
  return { progress: { ...progress, chosen: [...rest, optionId] }, answer: null };
}

/** Whether "Volgende" sends the ticked options: a question of several choices with a valid choice. */
export function canSubmit(progress: QuestionnaireProgress): boolean {
  const question = currentQuestion(progress);
  return !progress.finished && question.maxChoices > 1 && answerProblem(question.id, progress.chosen, QUESTIONNAIRE_VERSION) === null;
}

/** "Volgende": the ticked options become the answer to record. */
export function submit(progress: QuestionnaireProgress): ProgressStep {
  return { progress, answer: canSubmit(progress) ? [...progress.chosen] : null };
}

/** After the answer was recorded: the next question with nothing ticked, or finished after the last. */
export function answered(progress: QuestionnaireProgress): QuestionnaireProgress {
  return progress.index + 1 < QUESTIONNAIRE.length ? { index: progress.index + 1, chosen: [], finished: false } : { ...progress, chosen: [], finished: true };
}

/** "Terug": the previous question, nothing ticked; its earlier answer stays logged until answered again. */
export function back(progress: QuestionnaireProgress): QuestionnaireProgress {
  if (progress.finished || progress.index === 0) return progress;
  return { index: progress.index - 1, chosen: [], finished: false };
}
