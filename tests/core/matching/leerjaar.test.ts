import { describe, expect, it } from 'vitest';
import { leerjaarRule } from '../../../src/core/matching/criteria/leerjaar.ts';
import { input, profile, single } from './fixtures.ts';

describe('criterion leerjaar (hard)', () => {
  it('fits when the places for the leerweg and niveau are for the candidate’s year', () => {
    expect(single(leerjaarRule(profile(), input({ form: { leerjaar: 2 } })), 'fits').explanation).toEqual({
      nl: 'Leerjaar 2: dit team neemt BBL niveau 3 in leerjaar 1 en 2.',
      en: 'Year 2: this team takes BBL level 3 in year 1 and 2.',
    });
  });

  it('does not fit when they are for other years, naming them', () => {
    expect(single(leerjaarRule(profile(), input({ form: { leerjaar: 3 } })), 'doesNotFit').explanation.nl).toBe(
      'De plaatsen voor BBL niveau 3 zijn voor leerjaar 1 en 2, niet voor leerjaar 3.',
    );
  });

  it('is unknown without a year, or without places for the leerweg and niveau to compare with', () => {
    expect(single(leerjaarRule(profile(), input({ form: { leerjaar: null } })), 'unknown').explanation.nl).toBe('Leerjaar is nog niet ingevuld.');
    expect(single(leerjaarRule(profile(), input({ form: { leerweg: 'BOL', niveau: 4 } })), 'unknown').explanation.nl).toBe(
      'Leerjaar 2: niet te vergelijken, want er zijn geen plaatsen voor BOL niveau 4.',
    );
  });
});
