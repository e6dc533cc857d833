import { describe, expect, it } from 'vitest';
import { leerwegNiveauRule } from '../../../src/core/matching/criteria/leerweg-niveau.ts';
import { input, profile, single } from './fixtures.ts';

describe('criterion leerweg-niveau (hard)', () => {
  it('fits when there is a free place for the leerweg, niveau and leerjaar, with the numbers and the check date', () => {
    const j = single(leerwegNiveauRule(profile(), input()), 'fits');
    expect(j.id).toBe('leerweg-niveau');
    expect(j.explanation).toEqual({
      nl: 'BBL niveau 3, leerjaar 2: 1 plaats vrij (van 2), gecontroleerd op 2026-10-01.',
      en: 'BBL level 3, year 2: 1 place free (of 2), checked on 2026-10-01.',
    });
  });

  it('does not fit when the places are full', () => {
    const j = single(leerwegNiveauRule(profile(), input({ form: { leerweg: 'BOL', niveau: 2, leerjaar: 1 } })), 'doesNotFit');
    expect(j.explanation.nl).toBe('BOL niveau 2, leerjaar 1: geen plaats vrij (0 van 1), gecontroleerd op 2026-10-01.');
  });

  it('does not fit without places for the leerweg and niveau, and says which there are', () => {
    const j = single(leerwegNiveauRule(profile(), input({ form: { leerweg: 'BOL', niveau: 4 } })), 'doesNotFit');
    expect(j.explanation.nl).toBe('Geen plaatsen voor BOL niveau 4 (wel voor BBL niveau 3, BOL niveau 2).');
    const none = profile((p) => (p.volatile.placements.places = []));
    expect(single(leerwegNiveauRule(none, input()), 'doesNotFit').explanation.nl).toBe('Geen plaatsen voor BBL niveau 3: dit team neemt nu geen studenten.');
    expect(single(leerwegNiveauRule(profile(), input({ form: { niveau: 1 } })), 'doesNotFit').explanation.nl).toMatch(/^Geen plaatsen voor BBL niveau 1/);
  });

  it('counts only the places for the candidate’s year when there are any', () => {
    const split = profile((p) => {
      p.volatile.placements.places = [
        { leerweg: 'BBL', niveau: 3, opleidingen: ['verzorgende-ig'], leerjaren: [1, 2], places: 2, free: 2 },
        { leerweg: 'BBL', niveau: 3, opleidingen: ['verzorgende-ig'], leerjaren: [3], places: 1, free: 0 },
      ];
    });
    expect(single(leerwegNiveauRule(split, input({ form: { leerjaar: 3 } })), 'doesNotFit').explanation.nl).toBe(
      'BBL niveau 3, leerjaar 3: geen plaats vrij (0 van 1), gecontroleerd op 2026-10-01.',
    );
    // Year 4 is in no placement: the leerjaar rule blocks, this one looks at all BBL 3 places.
    expect(single(leerwegNiveauRule(split, input({ form: { leerjaar: 4 } })), 'fits').explanation.nl).toBe(
      'BBL niveau 3: 2 plaatsen vrij (van 3), gecontroleerd op 2026-10-01.',
    );
  });

  it('is unknown while leerweg or niveau is not filled in', () => {
    expect(single(leerwegNiveauRule(profile(), input({ form: { leerweg: null } })), 'unknown').explanation.nl).toBe('Leerweg of niveau is nog niet ingevuld.');
    single(leerwegNiveauRule(profile(), input({ form: { niveau: null } })), 'unknown');
  });
});
