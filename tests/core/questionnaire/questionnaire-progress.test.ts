import { describe, expect, it } from 'vitest';
import { answerProblem, DONT_KNOW, QUESTIONNAIRE, QUESTIONNAIRE_VERSION } from '../../../src/core/questionnaire/questionnaire.ts';
import {
  answered,
  back,
  canSubmit,
  currentQuestion,
  QUESTIONNAIRE_START,
  submit,
  tap,
  type QuestionnaireProgress,
} from '../../../src/core/questionnaire/questionnaire-progress.ts';

const at = (id: string): QuestionnaireProgress => ({ index: QUESTIONNAIRE.findIndex((q) => q.id === id), chosen: [], finished: false });
/** Taps the options in turn, as a candidate would; returns the progress after the last tap. */
const taps = (p: QuestionnaireProgress, ...ids: string[]) => ids.reduce((acc, id) => tap(acc, id).progress, p);

describe('the questionnaire state machine (shared by the DOM screen and the VR panel)', () => {
  it('answers a one-choice question with one tap, and moves on only once the answer is recorded', () => {
    const step = tap(QUESTIONNAIRE_START, 'oefenen');
    expect(currentQuestion(QUESTIONNAIRE_START).id).toBe('leervoorkeur');
    expect(step.answer).toEqual(['oefenen']);
    expect(step.progress).toBe(QUESTIONNAIRE_START);
    expect(answered(step.progress)).toEqual({ index: 1, chosen: [], finished: false });
  });

  it('ignores an option that is not one of the question', () => {
    expect(tap(QUESTIONNAIRE_START, 'BBL')).toEqual({ progress: QUESTIONNAIRE_START, answer: null });
    expect(tap(at('werk'), 'ouderenzorg').progress.chosen).toEqual([]);
  });

  it('ticks and unticks up to maxChoices on a question of several choices; a tap beyond does nothing', () => {
    const werk = at('werk');
    expect(QUESTIONNAIRE[werk.index]!.maxChoices).toBe(3);
    const three = taps(werk, 'directe-zorg', 'samenwerken', 'afwisseling');
    expect(three.chosen).toEqual(['directe-zorg', 'samenwerken', 'afwisseling']);
    expect(tap(three, 'structuur')).toEqual({ progress: three, answer: null });
    expect(taps(three, 'samenwerken').chosen).toEqual(['directe-zorg', 'afwisseling']);
    expect(taps(three, 'samenwerken', 'structuur').chosen).toEqual(['directe-zorg', 'afwisseling', 'structuur']);
    // Ticking never answers by itself.
    expect(tap(werk, 'directe-zorg').answer).toBeNull();
  });

  it('keeps "weet ik niet" alone: ticking it clears the rest, ticking another clears it', () => {
    const some = taps(at('doelgroep'), 'ouderenzorg', 'ggz');
    const dontKnow = taps(some, DONT_KNOW);
    expect(dontKnow.chosen).toEqual([DONT_KNOW]);
    expect(taps(dontKnow, 'thuiszorg').chosen).toEqual(['thuiszorg']);
    expect(taps(dontKnow, DONT_KNOW).chosen).toEqual([]);
  });

  it('sends the ticked options with "Volgende" only when they are a valid answer', () => {
    const werk = at('werk');
    expect(canSubmit(werk)).toBe(false);
    expect(submit(werk).answer).toBeNull();
    const two = taps(werk, 'communicatie', 'structuur');
    expect(canSubmit(two)).toBe(true);
    expect(submit(two).answer).toEqual(['communicatie', 'structuur']);
    // A one-choice question has no "Volgende": a tap answers.
    expect(canSubmit(QUESTIONNAIRE_START)).toBe(false);
  });

  it('every answer it can give is one the outbox and the server accept', () => {
    for (let index = 0; index < QUESTIONNAIRE.length; index++) {
      const p: QuestionnaireProgress = { index, chosen: [], finished: false };
      const q = currentQuestion(p);
      for (const o of q.options) {
        const answer = q.maxChoices === 1 ? tap(p, o.id).answer : submit(taps(p, o.id)).answer;
        expect(answer, `${q.id}/${o.id}`).not.toBeNull();
        expect(answerProblem(q.id, answer!, QUESTIONNAIRE_VERSION), `${q.id}/${o.id}`).toBeNull();
      }
      if (q.maxChoices > 1) {
        const all = submit(taps(p, ...q.options.map((o) => o.id).filter((id) => id !== DONT_KNOW))).answer!;
        expect(all).toHaveLength(q.maxChoices);
        expect(answerProblem(q.id, all, QUESTIONNAIRE_VERSION)).toBeNull();
      }
    }
  });

  it('finishes after the last question, and then takes no more taps', () => {
    const last: QuestionnaireProgress = { index: QUESTIONNAIRE.length - 1, chosen: ['ouderenzorg'], finished: false };
    const done = answered(last);
    expect(done.finished).toBe(true);
    expect(done.chosen).toEqual([]);
    expect(tap(done, 'ggz').answer).toBeNull();
    expect(canSubmit({ ...done, chosen: ['ggz'] })).toBe(false);
    expect(back(done)).toBe(done);
  });

  it('"Terug" goes to the previous question with nothing ticked, never before the first', () => {
    expect(back(QUESTIONNAIRE_START)).toBe(QUESTIONNAIRE_START);
    const werk = taps(at('werk'), 'structuur');
    expect(back(werk)).toEqual({ index: werk.index - 1, chosen: [], finished: false });
  });

  it('walks the whole questionnaire in order', () => {
    let p = QUESTIONNAIRE_START;
    const seen: string[] = [];
    while (!p.finished) {
      const q = currentQuestion(p);
      seen.push(q.id);
      const step = q.maxChoices === 1 ? tap(p, DONT_KNOW) : submit(taps(p, DONT_KNOW));
      expect(step.answer).toEqual([DONT_KNOW]);
      p = answered(step.progress);
    }
    expect(seen).toEqual(QUESTIONNAIRE.map((q) => q.id));
  });
});
