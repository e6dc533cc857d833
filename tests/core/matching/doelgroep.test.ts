import { describe, expect, it } from 'vitest';
import { doelgroepRule } from '../../../src/core/matching/criteria/doelgroep.ts';
import { bar, input, profile, single } from './fixtures.ts';

describe('criterion doelgroep', () => {
  it('fits when the candidate rated the team’s zorgcategorie in the upper half, quoting the answer', () => {
    const j = single(doelgroepRule(profile(), input({ signals: { interest: [bar('ouderenzorg', 5)] } })), 'fits');
    expect(j.explanation).toEqual({
      nl: 'Doelgroep Ouderenzorg (verpleeghuis): reflectie 5/5 bij "Een ochtend in het verpleeghuis".',
      en: 'Client group Elderly care (nursing home): reflection 5/5 in "Een ochtend in het verpleeghuis".',
    });
  });

  it('mentions when the team’s own scenario was played to the end', () => {
    const j = single(
      doelgroepRule(profile(), input({ signals: { interest: [bar('ouderenzorg', 4)], scenariosCompleted: ['ouderenzorg/ochtend-verpleeghuis'] } })),
      'fits',
    );
    expect(j.explanation.nl).toContain('Het scenario van deze plek is uitgespeeld.');
  });

  it('does not fit in the lower half, and is unknown right in the middle', () => {
    expect(single(doelgroepRule(profile(), input({ signals: { interest: [bar('ouderenzorg', 2)] } })), 'doesNotFit').explanation.nl).toContain('reflectie 2/5');
    expect(single(doelgroepRule(profile(), input({ signals: { interest: [bar('ouderenzorg', 3)] } })), 'unknown').explanation.nl).toContain(
      '3/5 bij "Een ochtend in het verpleeghuis" (precies in het midden)',
    );
  });

  it('is unknown without an answer, saying whether a scenario was seen', () => {
    expect(single(doelgroepRule(profile(), input()), 'unknown').explanation.nl).toBe(
      'Doelgroep Ouderenzorg (verpleeghuis): nog geen scenario in deze zorgcategorie bekeken.',
    );
    expect(single(doelgroepRule(profile(), input({ signals: { interest: [bar('ouderenzorg', null)] } })), 'unknown').explanation.nl).toContain(
      'scenario bekeken, maar de reflectievraag is niet beantwoord',
    );
    // Interest in another zorgcategorie says nothing about this team.
    single(doelgroepRule(profile(), input({ signals: { interest: [bar('ziekenhuis', 5)] } })), 'unknown');
  });
});
