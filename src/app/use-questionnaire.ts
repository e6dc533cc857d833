import { useRef, useState } from 'react';
import { QUESTIONNAIRE, QUESTIONNAIRE_VERSION, type QuestionnaireQuestion } from '../core/questionnaire/questionnaire.ts';
import * as rules from '../core/questionnaire/questionnaire-progress.ts';
import type { Participation } from '../sync/outbox-db.ts';
import { deviceOutbox, syncClient } from '../sync/device-session.ts';
import { markQuestionnaireDone } from './use-questionnaire-offered.ts';

export interface QuestionnaireRun {
  question: QuestionnaireQuestion;
  /** 0-based; the screens say "Vraag {index + 1} van {total}". */
  index: number;
  total: number;
  chosen: readonly string[];
  canSubmit: boolean;
  finished: boolean;
  /** Why the last answer could not be stored (the candidate can tap again), or null. */
  error: string | null;
  tap(optionId: string): void;
  next(): void;
  back(): void;
}

/**
 * The candidate's questionnaire as both screens use it (the DOM screen and the panel in VR):
 * the rules of `questionnaire-progress.ts`, plus logging each answer through the outbox (exactly
 * once, also offline) as soon as the candidate goes on, and the "done" mark after the last.
 */
export function useQuestionnaire(participation: Participation): QuestionnaireRun {
  const [progress, setProgress] = useState(rules.QUESTIONNAIRE_START);
  const [error, setError] = useState<string | null>(null);
  const shownAt = useRef(Date.now());
  // One answer at a time: a second trigger (a double tap, gaze dwell after a click) waits for the first.
  const busy = useRef(false);

  async function go(step: rules.ProgressStep) {
    if (busy.current) return;
    setProgress(step.progress);
    if (!step.answer) return;
    busy.current = true;
    setError(null);
    try {
      await deviceOutbox().recordQuestionnaireAnswer(participation.id, {
        questionnaireVersion: QUESTIONNAIRE_VERSION,
        questionId: rules.currentQuestion(step.progress).id,
        optionIds: step.answer,
        msToAnswer: Math.max(0, Math.round(Date.now() - shownAt.current)),
      });
      void syncClient().flush();
    } catch (e) {
      setError((e as Error).message);
      return;
    } finally {
      busy.current = false;
    }
    shownAt.current = Date.now();
    const after = rules.answered(step.progress);
    if (after.finished) markQuestionnaireDone(participation.id);
    setProgress(after);
  }

  return {
    question: rules.currentQuestion(progress),
    index: progress.index,
    total: QUESTIONNAIRE.length,
    chosen: progress.chosen,
    canSubmit: rules.canSubmit(progress),
    finished: progress.finished,
    error,
    tap: (optionId) => void go(rules.tap(progress, optionId)),
    next: () => void go(rules.submit(progress)),
    back: () => void go({ progress: rules.back(progress), answer: null }),
  };
}
