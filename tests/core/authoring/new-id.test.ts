import { describe, expect, it } from 'vitest';
import { slugify, uniqueId } from '../../../src/core/authoring/new-id.ts';
import { Id } from '../../../src/core/scenario-schema.ts';

describe('slugify', () => {
  it('makes a lowercase-hyphen slug of Dutch text', () => {
    expect(slugify('Kamer van mevrouw Jansen')).toBe('kamer-van-mevrouw-jansen');
    expect(slugify('Cliënt’s ’s ochtends — café & zorg!')).toBe('clients-s-ochtends-cafe-en-zorg');
    expect(slugify('  ?!  ')).toBe('');
  });
});

describe('uniqueId', () => {
  it('uses the slug, or the fallback for text without letters, and counts on when taken', () => {
    expect(uniqueId('De gang', 'scene', new Set())).toBe('de-gang');
    expect(uniqueId('', 'scene', new Set(['scene', 'scene-2']))).toBe('scene-3');
    expect(uniqueId('De gang', 'scene', new Set(['de-gang']))).toBe('de-gang-2');
  });

  it('always gives a valid id, also for long text', () => {
    const long = 'Een hele lange titel over de avonddienst op de afdeling psychogeriatrie van het verpleeghuis';
    const taken = new Set<string>();
    for (let i = 0; i < 12; i++) {
      const id = uniqueId(long, 'scene', taken);
      expect(Id.safeParse(id).success, id).toBe(true);
      expect(taken.has(id)).toBe(false);
      taken.add(id);
    }
    expect(uniqueId(long, 'scene', new Set())).toBe('een-hele-lange-titel-over-de-avonddienst-op-de');
  });
});
