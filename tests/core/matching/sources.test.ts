import { describe, expect, it } from 'vitest';
import { doelgroepRule } from '../../../src/core/matching/criteria/doelgroep.ts';
import { werkaspectenRule } from '../../../src/core/matching/criteria/werkaspecten.ts';
import { matchLeerwerkplaatsen } from '../../../src/core/matching/match-leerwerkplaatsen.ts';
import { NO_SIGNALS } from '../../../src/core/matching/match-input.ts';
import { NO_CANDIDATE_ANSWERS } from '../../../src/core/questionnaire/candidate-answers.ts';
import { bar, input, profile, single, tally, TODAY } from './fixtures.ts';

const empty = { leerweg: null, niveau: null, leerjaar: null, leervoorkeur: null, opleiding: null };

describe('where each fact comes from', () => {
  it('takes the candidate’s own answer where the form is empty, and the facilitator’s entry where both exist', () => {
    const own = { ...NO_CANDIDATE_ANSWERS, leerweg: 'BOL' as const, niveau: 3 as const, leervoorkeur: 'participeren' as const };
    const [m] = matchLeerwerkplaatsen({ form: { ...empty, leerweg: 'BBL', leervoorkeur: 'kunst-afkijken' }, signals: { ...NO_SIGNALS, own }, today: TODAY }, [
      profile(),
    ]);
    const criterion = (id: string) => [...m!.fits, ...m!.doesNotFit, ...m!.unknown].find((c) => c.id === id)!;
    // BBL from the form wins over the candidate's BOL; niveau 3 comes from the candidate.
    expect(criterion('leerweg-niveau')).toMatchObject({ sources: ['facilitator', 'candidate'] });
    expect(criterion('leerweg-niveau').explanation.nl).toContain('BBL niveau 3');
    // The form's leervoorkeur (kunst-afkijken: Sanne) wins over the candidate's (participeren: nobody).
    expect(m!.fits.find((c) => c.id === 'leervoorkeur')).toMatchObject({ sources: ['facilitator'] });
    expect(criterion('leerjaar').sources).toEqual([]);
    expect(criterion('actueel').sources).toEqual([]);
    expect(m!.placesFree).toBe(1);
  });

  it('uses the candidate’s leervoorkeur when the facilitator has not filled it in', () => {
    const own = { ...NO_CANDIDATE_ANSWERS, leervoorkeur: 'ontdekken' as const };
    const [m] = matchLeerwerkplaatsen({ form: empty, signals: { ...NO_SIGNALS, own }, today: TODAY }, [profile()]);
    expect(m!.fits.find((c) => c.id === 'leervoorkeur')).toMatchObject({ sources: ['candidate'] });
    expect(m!.unknown.find((c) => c.id === 'leerweg-niveau')).toMatchObject({ sources: [] });
  });
});

describe('doelgroep from the questionnaire and the scenarios', () => {
  it('fits on the candidate’s own choice alone', () => {
    const j = single(doelgroepRule(profile(), input({ own: { doelgroep: ['thuiszorg', 'ouderenzorg'] } })), 'fits');
    expect(j.sources).toEqual(['candidate']);
    expect(j.explanation.nl).toBe('Doelgroep Ouderenzorg (verpleeghuis): koos zelf "ouderen" bij "Met wie wil je werken?".');
  });

  it('gives one judgement with both sources when the scenario agrees, and two when it does not', () => {
    const agree = single(doelgroepRule(profile(), input({ own: { doelgroep: ['ouderenzorg'] }, signals: { interest: [bar('ouderenzorg', 5)] } })), 'fits');
    expect(agree.sources).toEqual(['candidate', 'scenarios']);
    expect(agree.explanation.nl).toContain('Reflectie 5/5');
    const differ = doelgroepRule(profile(), input({ own: { doelgroep: ['ouderenzorg'] }, signals: { interest: [bar('ouderenzorg', 1)] } }));
    expect(differ.map((j) => [j.verdict, j.sources])).toEqual([
      ['fits', ['candidate']],
      ['doesNotFit', ['scenarios']],
    ]);
  });

  it('does not count a doelgroep left out against the team, but says what was chosen', () => {
    const j = single(doelgroepRule(profile(), input({ own: { doelgroep: ['jeugdzorg'] } })), 'unknown');
    expect(j.sources).toEqual(['candidate']);
    expect(j.explanation.nl).toContain('Koos in de vragen: "kinderen en jongeren".');
  });
});

describe('werkaspecten from the questionnaire and the scenarios', () => {
  it('fits on work the candidate picked that the team has, next to what the choices showed', () => {
    const j = single(
      werkaspectenRule(profile(), input({ own: { werk: ['structuur', 'afwisseling'] }, signals: { aspects: [tally('directe-zorg', { for: 2 })] } })),
      'fits',
    );
    expect(j.sources).toEqual(['candidate', 'scenarios']);
    expect(j.explanation.nl).toBe(
      'Koos zelf werk dat bij dit team hoort: "werk met een vaste planning". Werk van dit team waar je voor koos: directe zorg aan het bed (2×).',
    );
  });

  it('says which other work was picked when none of it is the team’s', () => {
    const j = single(werkaspectenRule(profile(), input({ own: { werk: ['afwisseling'] } })), 'unknown');
    expect(j.sources).toEqual(['candidate']);
    expect(j.explanation.nl).toContain('In de vragen koos je ander werk: "elke dag iets anders".');
  });
});
