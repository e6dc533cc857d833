import { describe, expect, it } from 'vitest';
import { opleidingRule } from '../../../src/core/matching/criteria/opleiding.ts';
import { input, profile, single } from './fixtures.ts';

describe('criterion opleiding', () => {
  it('fits when the team has places for the course, saying for which leerweg and niveau', () => {
    expect(single(opleidingRule(profile(), input({ form: { opleiding: 'verzorgende-ig' } })), 'fits').explanation).toEqual({
      nl: 'Dit team neemt studenten Verzorgende IG (VIG): BBL niveau 3.',
      en: 'This team takes Certified carer (VIG) students: BBL level 3.',
    });
    const matching = profile((p) => (p.stable.werkbegeleiding.matchOn = ['opleiding']));
    expect(single(opleidingRule(matching, input({ form: { opleiding: 'verzorgende-ig' } })), 'fits').explanation.nl).toContain(
      'kiest de werkbegeleider ook op opleiding',
    );
  });

  it('does not fit when it has none, listing the courses it does take', () => {
    expect(single(opleidingRule(profile(), input({ form: { opleiding: 'verpleegkundige' } })), 'doesNotFit').explanation.nl).toBe(
      'Geen plaatsen voor Verpleegkundige (mbo-v); wel voor Verzorgende IG (VIG) en Helpende Zorg en Welzijn.',
    );
  });

  it('is unknown when not filled in', () => {
    expect(single(opleidingRule(profile(), input()), 'unknown').explanation.nl).toBe('Opleiding is nog niet ingevuld.');
  });
});
