import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/core/checker.ts';
import { checkProfile, checkProfiles, daysBetween, DEFAULT_MAX_AGE_DAYS, type ProfileCheckContext } from '../../src/core/leerwerkplaats-checker.ts';
import { SCENARIOS, validProfile } from './fixtures/leerwerkplaats.ts';

const FILE = 'scenes/leerwerkplaatsen/de-linde.json';
const TODAY = '2026-11-22';

// Fixtures are broken on purpose in ways the types forbid, so mutations work on plain JSON.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function check(mutate: (p: Json) => void = () => {}, ctx: Partial<ProfileCheckContext> = {}) {
  const profile: Json = validProfile();
  mutate(profile);
  return checkProfile(profile, { file: FILE, fileId: 'de-linde', scenarios: SCENARIOS, today: TODAY, ...ctx });
}

/** The one problem of `rule`, so a fixture that trips a follow-up rule still tests one thing. */
function single(rule: Problem['rule'], ...args: Parameters<typeof check>): Problem {
  const found = check(...args).problems.filter((p) => p.rule === rule);
  expect(found, JSON.stringify(found, null, 2)).toHaveLength(1);
  return found[0]!;
}

describe('checkProfile: a valid profile', () => {
  it('has no problems and returns the parsed profile with defaults', () => {
    const { profile, problems } = check();
    expect(problems).toEqual([]);
    expect(profile?.formatVersion).toBe(2);
    expect(profile?.stable.scenario).toBe('ouderenzorg/ochtend-verpleeghuis');
  });

  it('defaults matchOn to none (the student works with whoever is on duty)', () => {
    const { profile } = check((p) => delete p.stable.werkbegeleiding.matchOn);
    expect(profile?.stable.werkbegeleiding.matchOn).toEqual([]);
  });
});

describe('rule schema', () => {
  it('names an unknown field and suggests the right one', () => {
    const p = single('schema', (p) => (p.stable.doelgroepn = 'x'));
    expect(p).toMatchObject({
      file: FILE,
      pointer: '/stable/doelgroepn',
      rule: 'schema',
      severity: 'error',
      message: { nl: 'vaste gegevens: onbekend veld "doelgroepn"', en: 'stable: unknown field "doelgroepn"' },
      fix: { nl: 'Geef het een andere naam. Bedoel je "doelgroep"?', en: 'Rename it. Did you mean "doelgroep"?' },
    });
  });

  it('lists the allowed values of a word list, with a typo suggestion', () => {
    const p = single('schema', (p) => (p.volatile.placements.places[0].leerweg = 'bbl'));
    expect(p.pointer).toBe('/volatile/placements/places/0/leerweg');
    expect(p.message.en).toBe('volatile.placements.places[0].leerweg: a string ("bbl") is not an allowed value');
    expect(p.fix.en).toBe('Use one of: "BOL", "BBL". Did you mean "BBL"?');
  });

  it('only accepts niveau 2, 3 or 4', () => {
    const p = single('schema', (p) => (p.volatile.placements.places[0].niveau = 5));
    expect(p.pointer).toBe('/volatile/placements/places/0/niveau');
    expect(p.message.en).toBe('volatile.placements.places[0].niveau: a number (5) is not an allowed value');
    expect(p.fix.en).toBe('Use one of: 2, 3, 4.');
  });

  it('does not allow more free places than places', () => {
    const p = single('schema', (p) => (p.volatile.placements.places[0].free = 3));
    expect(p.pointer).toBe('/volatile/placements/places/0/free');
    expect(p.message.en).toBe('volatile.placements.places[0].free: free (3) cannot be more than places (2), got a number (3)');
  });

  it('checks that each opleiding is at the niveau of its entry', () => {
    const p = single('schema', (p) => (p.volatile.placements.places[0].opleidingen = ['verzorgende-ig', 'verpleegkundige']));
    expect(p.pointer).toBe('/volatile/placements/places/0/opleidingen/1');
    expect(p.message.en).toContain('"verpleegkundige" is a niveau 4 course but this entry is niveau 3');
  });

  it('wants reviewedAt as yyyy-mm-dd', () => {
    const p = single('schema', (p) => (p.volatile.werkbegeleiders.reviewedAt = '1-10-2026'));
    expect(p.pointer).toBe('/volatile/werkbegeleiders/reviewedAt');
    expect(p.message.en).toBe('volatile.werkbegeleiders.reviewedAt: a string ("1-10-2026") has the wrong format');
    expect(p.fix.en).toBe('Write the date as yyyy-mm-dd, e.g. "2026-09-01".');
  });

  it('allows a first name only, no surname', () => {
    const p = single('schema', (p) => (p.volatile.werkbegeleiders.people[0].firstName = 'Sanne de Vries'));
    expect(p.pointer).toBe('/volatile/werkbegeleiders/people/0/firstName');
    expect(p.message.en).toBe('werkbegeleider "wb-1" › firstName: a string ("Sanne de Vries") has the wrong format');
    expect(p.fix.en).toBe('First name only, one word (no surname), e.g. "Sanne".');
  });

  it('wants the scenario as "<zorgcategorie>/<scenario-id>"', () => {
    const p = single('schema', (p) => (p.stable.scenario = 'ochtend-verpleeghuis'));
    expect(p.pointer).toBe('/stable/scenario');
    expect(p.fix.en).toContain('"<zorgcategorie>/<scenario-id>"');
  });

  it('asks for a text object where a plain string is written', () => {
    const p = single('schema', (p) => (p.stable.zorg = 'Hulp bij wassen.'));
    expect(p.pointer).toBe('/stable/zorg');
    expect(p.message.en).toBe('stable.zorg: expected a text with Dutch and English (an object with "nl" and "en"), got a plain string');
    expect(p.fix.en).toBe('Write it as {"nl": "Hulp bij wassen.", "en": "…"}.');
  });

  it('points missing fields at this format’s docs', () => {
    const p = single('schema', (p) => delete p.volatile.placements.reviewedAt);
    expect(p.message.en).toBe('volatile.placements: "reviewedAt" is missing');
    expect(p.fix.en).toContain('docs/leerwerkplaatsprofiel-format.md');
  });
});

describe('rule missing-nl', () => {
  it('is an error with the place of the text', () => {
    const p = single('missing-nl', (p) => (p.stable.doelgroep = { en: 'Older people' }));
    expect(p).toMatchObject({ pointer: '/stable/doelgroep/nl', severity: 'error' });
    expect(p.message.en).toBe('stable.doelgroep: the Dutch text (nl) is missing');
  });
});

describe('rule missing-en', () => {
  it('is a warning that quotes the Dutch text', () => {
    const p = single('missing-en', (p) => delete p.volatile.team.news.en);
    expect(p).toMatchObject({ pointer: '/volatile/team/news', severity: 'warning' });
    expect(p.message.en).toBe('volatile.team.news: the English text (en) is missing (nl: "Nieuwe teamleider.")');
  });
});

describe('rule file-name-mismatch', () => {
  it('is an error when the id differs from the file name', () => {
    const p = single('file-name-mismatch', (p) => (p.id = 'de-eik'));
    expect(p).toMatchObject({ pointer: '/id', severity: 'error' });
    expect(p.message.en).toBe('id is "de-eik" but the file is called "de-linde.json"');
  });

  it('is skipped for a loose file without a file id', () => {
    expect(check((p) => (p.id = 'de-eik'), { fileId: undefined }).problems).toEqual([]);
  });
});

describe('rule duplicate-id', () => {
  it('reports the second werkbegeleider with the same id', () => {
    const p = single('duplicate-id', (p) => (p.volatile.werkbegeleiders.people[1].id = 'wb-1'));
    expect(p).toMatchObject({ pointer: '/volatile/werkbegeleiders/people/1/id', severity: 'error' });
    expect(p.message.en).toBe('werkbegeleider #2: the id "wb-1" is used twice in volatile.werkbegeleiders.people');
  });
});

describe('rule duplicate-profile-id', () => {
  it('reports every file that shares an id', () => {
    const a = check();
    const b = check();
    const problems = checkProfiles([{ file: 'a.json', profile: a.profile }, { file: 'b.json', profile: b.profile }, { file: 'broken.json' }]);
    expect(problems.map((p) => [p.file, p.rule, p.pointer])).toEqual([
      ['a.json', 'duplicate-profile-id', '/id'],
      ['b.json', 'duplicate-profile-id', '/id'],
    ]);
    expect(problems[0]!.message.en).toBe('profile id "de-linde" is also used by "b.json"');
  });
});

describe('rule unknown-scenario', () => {
  it('is an error naming the missing folder, with a suggestion and the known scenarios', () => {
    const p = single('unknown-scenario', (p) => (p.stable.scenario = 'thuiszorg/wijkroute-thuiszrog'));
    expect(p).toMatchObject({ pointer: '/stable/scenario', severity: 'error' });
    expect(p.message.en).toBe(
      'stable.scenario: links the scenario "thuiszorg/wijkroute-thuiszrog", but scenes/thuiszorg/wijkroute-thuiszrog/scenario.json does not exist',
    );
    expect(p.fix.en).toContain('Did you mean "thuiszorg/wijkroute-thuiszorg"?');
    expect(p.fix.en).toContain('Scenarios in this pack: "ouderenzorg/ochtend-verpleeghuis", "thuiszorg/wijkroute-thuiszorg".');
  });

  it('says so when the pack has no scenarios yet', () => {
    const p = single('unknown-scenario', () => {}, { scenarios: new Set() });
    expect(p.fix.en).toContain('There are no scenarios in this pack yet.');
  });

  it('is skipped when no scenario list is given', () => {
    expect(check((p) => (p.stable.scenario = 'ggz/nergens'), { scenarios: undefined }).problems).toEqual([]);
  });
});

describe('rule stale-profile', () => {
  it('warns per volatile block older than six months, with the age and what to ask', () => {
    const p = single('stale-profile', (p) => (p.volatile.placements.reviewedAt = '2026-05-01'));
    expect(p).toMatchObject({ file: FILE, pointer: '/volatile/placements/reviewedAt', severity: 'warning' });
    expect(p.message.en).toBe(
      'volatile.placements was last checked on 2026-05-01, 205 days ago (about 6 months; the limit is 183 days), so it may be out of date',
    );
    expect(p.fix.en).toBe(
      'Ask the team or the praktijkopleider how many places are free now, for which leerweg, niveau and leerjaar. Update the block and set "reviewedAt": "2026-11-22".',
    );
  });

  it('uses the injected today, not the clock', () => {
    expect(check(() => {}, { today: '2027-06-01' }).problems.map((p) => p.pointer)).toEqual([
      '/volatile/placements/reviewedAt',
      '/volatile/werkbegeleiders/reviewedAt',
      '/volatile/diensten/reviewedAt',
      '/volatile/contact/reviewedAt',
      '/volatile/team/reviewedAt',
    ]);
  });

  it('counts exactly the limit as fresh and one day more as stale', () => {
    expect(DEFAULT_MAX_AGE_DAYS).toBe(183);
    const at = (today: string) => check(() => {}, { today }).problems.filter((p) => p.rule === 'stale-profile').length;
    expect(daysBetween('2026-10-01', '2027-04-02')).toBe(183);
    expect(at('2027-04-02')).toBe(0);
    expect(at('2027-04-03')).toBe(5);
  });

  it('takes a configurable age', () => {
    const problems = check((p) => (p.volatile.team.reviewedAt = '2026-11-01'), { maxAgeDays: 30 }).problems;
    expect(problems.map((p) => `${p.rule} ${p.pointer}`)).toEqual([
      'stale-profile /volatile/placements/reviewedAt',
      'stale-profile /volatile/werkbegeleiders/reviewedAt',
      'stale-profile /volatile/diensten/reviewedAt',
      'stale-profile /volatile/contact/reviewedAt',
    ]);
    expect(problems[0]!.message.en).toContain('the limit is 30 days');
  });

  it('skips the optional team block when it is left out', () => {
    expect(check((p) => delete p.volatile.team, { today: '2027-06-01' }).problems).toHaveLength(4);
    expect(check((p) => (delete p.volatile.team, delete p.volatile.contact), { today: '2027-06-01' }).problems).toHaveLength(3);
  });

  it('checks a version 1 file as the app reads it: upgraded, diensten and contact with the oldest date', () => {
    const v1 = check((p) => {
      p.formatVersion = 1;
      p.stable.diensten = { shifts: p.volatile.diensten.shifts };
      p.stable.contact = { mailbox: p.volatile.contact.mailbox };
      delete p.volatile.diensten;
      delete p.volatile.contact;
    });
    expect(v1.problems).toEqual([]);
    expect(v1.profile?.volatile.diensten.reviewedAt).toBe('2026-10-01');
  });
});

describe('rule future-review-date', () => {
  it('warns about a reviewedAt after today', () => {
    const p = single('future-review-date', (p) => (p.volatile.werkbegeleiders.reviewedAt = '2062-11-01'));
    expect(p).toMatchObject({ pointer: '/volatile/werkbegeleiders/reviewedAt', severity: 'warning' });
    expect(p.message.en).toBe('volatile.werkbegeleiders.reviewedAt is 2062-11-01, which is after today (2026-11-22)');
  });
});

describe('daysBetween', () => {
  it('counts calendar days, also across a daylight-saving change and a leap day', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-11-22', '2026-11-21')).toBe(-1);
  });
});
