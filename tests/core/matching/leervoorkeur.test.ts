import { describe, expect, it } from 'vitest';
import { leervoorkeurRule } from '../../../src/core/matching/criteria/leervoorkeur.ts';
import { input, profile, single } from './fixtures.ts';

describe('criterion leervoorkeur', () => {
  it('fits when a werkbegeleider recognises the leervoorkeur, naming them and their preferences', () => {
    const j = single(leervoorkeurRule(profile(), input({ form: { leervoorkeur: 'kunst-afkijken' } })), 'fits');
    expect(j.explanation).toEqual({
      nl: 'Werkbegeleider Sanne (kunst afkijken en oefenen) werkt met deze manier van leren: past bij leervoorkeur kunst afkijken. Het team koppelt student en werkbegeleider op leervoorkeur.',
      en: 'Work coach Sanne (watching and practising) works this way: fits the learning preference watching. The team matches student and coach on learning preference.',
    });
  });

  it('names a coach by role when the profile gives no first name, and leaves out matchOn when the team does not match', () => {
    const p = profile((raw) => (raw.stable.werkbegeleiding.matchOn = []));
    expect(single(leervoorkeurRule(p, input({ form: { leervoorkeur: 'ontdekken' } })), 'fits').explanation.nl).toBe(
      'Studentcoach (ontdekken) werkt met deze manier van leren: past bij leervoorkeur ontdekken.',
    );
  });

  it('does not fit when nobody names it, listing what the team has', () => {
    expect(single(leervoorkeurRule(profile(), input({ form: { leervoorkeur: 'participeren' } })), 'doesNotFit').explanation.nl).toBe(
      'Geen werkbegeleider noemt leervoorkeur participeren; in het team: kunst afkijken, oefenen en ontdekken.',
    );
  });

  it('is unknown when not filled in', () => {
    single(leervoorkeurRule(profile(), input()), 'unknown');
    single(leervoorkeurRule(profile(), input({ form: { leervoorkeur: undefined } })), 'unknown');
  });
});
