import { describe, expect, it } from 'vitest';
import { WireEvent } from '../../../src/core/api/device-event.ts';
import { LEERVOORKEUR_IDS } from '../../../src/core/leervoorkeuren.ts';
import { LEERWEGEN } from '../../../src/core/leerwerkplaats-vocabulary.ts';
import { candidateAnswers, latestQuestionnaireAnswers } from '../../../src/core/questionnaire/candidate-answers.ts';
import { answerProblem, DONT_KNOW, QUESTIONNAIRE, QUESTIONNAIRE_VERSION } from '../../../src/core/questionnaire/questionnaire.ts';
import { WORK_ASPECT_IDS } from '../../../src/core/work-aspects.ts';
import { ZORGCATEGORIEEN } from '../../../src/core/zorgcategorie.ts';
import { storedAnswers } from './questionnaire-events.ts';

describe('the questionnaire', () => {
  it('is short, bilingual, and every question has "weet ik niet"', () => {
    expect(QUESTIONNAIRE.length).toBeLessThanOrEqual(6);
    for (const q of QUESTIONNAIRE) {
      expect(q.prompt.en, q.id).toBeTruthy();
      expect(q.options.at(-1)!.id, q.id).toBe(DONT_KNOW);
      expect(new Set(q.options.map((o) => o.id)).size, q.id).toBe(q.options.length);
      for (const o of q.options) {
        expect(o.label.en, `${q.id}/${o.id}`).toBeTruthy();
        // A2: short sentences.
        expect(o.label.nl.split(' ').length, `${q.id}/${o.id}`).toBeLessThanOrEqual(8);
      }
    }
  });

  it('answers in the ids the matching aid compares', () => {
    const ids = (id: string) =>
      QUESTIONNAIRE.find((q) => q.id === id)!
        .options.map((o) => o.id)
        .filter((o) => o !== DONT_KNOW);
    expect(ids('leervoorkeur').sort()).toEqual([...LEERVOORKEUR_IDS].sort());
    expect(ids('leerweg')).toEqual(LEERWEGEN.ids);
    expect(ids('niveau')).toEqual(['2', '3', '4']);
    for (const a of ids('werk')) expect(WORK_ASPECT_IDS).toContain(a);
    expect(ids('doelgroep')).toEqual([...ZORGCATEGORIEEN]);
  });

  it.each([
    ['leerweg', ['BBL'], null],
    ['werk', ['directe-zorg', 'samenwerken', 'afwisseling'], null],
    ['werk', ['directe-zorg', 'samenwerken', 'afwisseling', 'structuur'], 'choose at most 3 option(s) for "werk"'],
    ['leerweg', ['BOL', 'BBL'], 'choose at most 1 option(s) for "leerweg"'],
    ['doelgroep', ['ouderenzorg', 'ouderenzorg'], 'an option is chosen twice'],
    ['doelgroep', ['ouderenzorg', DONT_KNOW], '"weet-niet" is an answer on its own'],
    ['niveau', ['5'], '"5" is not an option of "niveau"'],
    ['niveau', [], 'choose at least one option'],
    ['leeftijd', ['18'], '"leeftijd" is not a question of questionnaire version 1'],
  ])('answerProblem(%s, %j)', (question, options, problem) => {
    expect(answerProblem(question, options, QUESTIONNAIRE_VERSION)).toBe(problem);
  });

  it('refuses at the door what the questionnaire does not allow, so it never reaches the exports', () => {
    const event = (questionId: string, optionIds: string[], questionnaireVersion = 1) => ({
      id: crypto.randomUUID(),
      seq: 0,
      at: 1,
      scenario: null,
      body: { type: 'questionnaire-answered', questionnaireVersion, questionId, optionIds, msToAnswer: 10 },
    });
    expect(WireEvent.safeParse(event('niveau', ['3'])).success).toBe(true);
    expect(WireEvent.safeParse(event('niveau', ['=HYPERLINK("x")'])).success).toBe(false);
    expect(WireEvent.safeParse(event('niveau', ['7'])).success).toBe(false);
    expect(WireEvent.safeParse(event('niveau', ['3'], 2)).success).toBe(false);
  });
});

describe('the candidate’s answers', () => {
  it('keep the latest answer per question, by seq, whatever order they arrive in', () => {
    const events = storedAnswers([
      ['leerweg', ['BOL']],
      ['niveau', [DONT_KNOW]],
      ['leerweg', ['BBL']],
      ['doelgroep', ['ouderenzorg', 'thuiszorg']],
    ]).reverse();
    const latest = latestQuestionnaireAnswers(events);
    expect(latest.map((a) => [a.questionId, a.optionIds, a.times])).toEqual([
      ['leerweg', ['BBL'], 2],
      ['niveau', [DONT_KNOW], 1],
      ['doelgroep', ['ouderenzorg', 'thuiszorg'], 1],
    ]);
    expect(candidateAnswers(latest)).toEqual({ leervoorkeur: null, leerweg: 'BBL', niveau: null, werk: [], doelgroep: ['ouderenzorg', 'thuiszorg'] });
  });

  it('read "weet ik niet" as nothing known', () => {
    const latest = latestQuestionnaireAnswers(storedAnswers(QUESTIONNAIRE.map((q) => [q.id, [DONT_KNOW]])));
    expect(candidateAnswers(latest)).toEqual({ leervoorkeur: null, leerweg: null, niveau: null, werk: [], doelgroep: [] });
  });
});
