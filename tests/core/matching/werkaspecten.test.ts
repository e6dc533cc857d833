import { describe, expect, it } from 'vitest';
import { werkaspectenRule } from '../../../src/core/matching/criteria/werkaspecten.ts';
import { input, profile, single, tally } from './fixtures.ts';

describe('criterion werkaspecten', () => {
  it('fits on team aspects chosen for, and does not fit on team aspects chosen against, with counts', () => {
    const judgements = werkaspectenRule(
      profile(),
      input({ signals: { aspects: [tally('directe-zorg', { for: 3 }), tally('structuur', { against: 2, for: 1 }), tally('tijdsdruk', { against: 4 })] } }),
    );
    expect(judgements.map((j) => [j.id, j.verdict, j.explanation.nl])).toEqual([
      ['werkaspecten', 'fits', 'Werk van dit team waar je voor koos: directe zorg aan het bed (3×).'],
      // tijdsdruk is not one of this team's aspects, so it is not held against it.
      ['werkaspecten', 'doesNotFit', 'Bij dit team hoort ook werk waar je minder voor koos: structuur en vaste routines (2×).'],
    ]);
  });

  it('is unknown when the choices say nothing either way about the team’s aspects', () => {
    expect(single(werkaspectenRule(profile(), input()), 'unknown').explanation.nl).toBe(
      'Nog geen keuzes om te vergelijken met het werk van dit team (directe zorg aan het bed en structuur en vaste routines).',
    );
    const tied = input({ signals: { aspects: [tally('directe-zorg', { for: 1, against: 1 }), tally('communicatie', { for: 5 })] } });
    expect(single(werkaspectenRule(profile(), tied), 'unknown').explanation.nl).toMatch(/^Je keuzes zeggen weinig/);
  });
});
