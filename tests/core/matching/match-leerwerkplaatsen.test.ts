import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { stalenessFindings } from '../../../src/core/checker/staleness.ts';
import { buildGesprekskaart } from '../../../src/core/gesprekskaart/build-gesprekskaart.ts';
import { Leerwerkplaats } from '../../../src/core/leerwerkplaats-schema.ts';
import { CRITERION_IDS } from '../../../src/core/matching/criterion.ts';
import { MatchForm, signalsFromGesprekskaart } from '../../../src/core/matching/match-input.ts';
import { matchLeerwerkplaatsen } from '../../../src/core/matching/match-leerwerkplaatsen.ts';
import { findProfileFiles } from '../../../src/scene-pack/leerwerkplaats-files.ts';
import { allKeys, loadScenarios, log, Player } from '../gesprekskaart/play.ts';
import { bar, input, profile, TODAY } from './fixtures.ts';

describe('matchLeerwerkplaatsen on hand-made profiles', () => {
  const open = profile((p) => (p.id = 'open'));
  const full = profile((p) => {
    p.id = 'full';
    p.volatile.placements.places[0]!.free = 0;
  });
  const olderYears = profile((p) => {
    p.id = 'older-years';
    p.volatile.placements.places[0]!.leerjaren = [3, 4];
    p.volatile.placements.places[0]!.free = 0;
  });
  const nothing = profile((p) => {
    p.id = 'nothing';
    p.stable.zorgcategorie = 'ziekenhuis';
    p.volatile.placements.places = [];
  });

  it('gives every team, hard blockers first-sorted, with fits, does-not-fit and unknown explained', () => {
    const result = matchLeerwerkplaatsen(input({ signals: { interest: [bar('ouderenzorg', 5)] } }), [olderYears, nothing, full, open]);
    expect(result.map((m) => [m.profileId, m.hardBlockers, m.placesFree])).toEqual([
      ['open', 0, 1],
      ['full', 1, 0],
      // No BBL 3 at all: one blocker (leerjaar cannot be compared), and it also misses the doelgroep.
      ['nothing', 1, 0],
      // Wrong years and full: two blockers.
      ['older-years', 2, 0],
    ]);
    const first = result[0]!;
    expect(first).toMatchObject({
      teamName: { nl: 'Team Kleinschalig Wonen' },
      organisation: 'Zorggroep Beekdal',
      location: { name: 'Huize De Linde', plaats: 'Lindendal' },
      zorgcategorie: 'ouderenzorg',
      scenario: 'ouderenzorg/ochtend-verpleeghuis',
    });
    expect(first.fits.map((c) => c.id)).toEqual(['leerweg-niveau', 'leerjaar', 'doelgroep', 'actueel']);
    expect(first.unknown.map((c) => c.id)).toEqual(['opleiding', 'werkaspecten', 'leervoorkeur']);
    for (const m of result) {
      const ids = [...m.fits, ...m.doesNotFit, ...m.unknown].map((c) => c.id);
      // Every criterion is judged for every team (werkaspecten may appear twice).
      expect(new Set(ids)).toEqual(new Set(CRITERION_IDS));
    }
  });

  it('never blocks on fields not filled in, and has no score or rank', () => {
    const result = matchLeerwerkplaatsen(input({ form: { leerweg: null, niveau: null, leerjaar: null } }), [open, full]);
    expect(result.every((m) => m.hardBlockers === 0)).toBe(true);
    expect(result.find((m) => m.profileId === 'open')!.placesFree).toBe(1);
    expect(allKeys(result).filter((k) => /score|rank|weight/i.test(k))).toEqual([]);
  });

  it('accepts the dashboard’s form as it is stored (opleiding left out)', () => {
    expect(MatchForm.parse({ leerweg: 'BBL', niveau: 3, leerjaar: 2, leervoorkeur: null })).toEqual({
      leerweg: 'BBL',
      niveau: 3,
      leerjaar: 2,
      leervoorkeur: null,
    });
    expect(() => MatchForm.parse({ leerweg: 'BBL', niveau: 5, leerjaar: 2 })).toThrow();
  });
});

describe('matchLeerwerkplaatsen on the shipped profiles, for a candidate who played the real scenarios', async () => {
  const files = await findProfileFiles(['scenes/leerwerkplaatsen']);
  const profiles = await Promise.all(files.map(async (f) => Leerwerkplaats.parse(JSON.parse(await readFile(f, 'utf8')))));

  // A BBL zij-instromer: loves the nursing-home morning (5/5), not the hospital (2/5).
  const scenarios = loadScenarios();
  const T0 = Date.UTC(2026, 10, 20, 9);
  const vvt = new Player(scenarios.get('ouderenzorg/ochtend-verpleeghuis')!, T0)
    .do({ type: 'start' }, 0)
    .playToEnd({ 'zou-jij-dit-doen': 5, 'welk-moment': 'contact-mevrouw' });
  const zkh = new Player(scenarios.get('ziekenhuis/verpleegafdeling-chirurgie')!, vvt.now).do({ type: 'start' }, 0).playToEnd({ 'zou-jij-dit-doen': 2 });
  const card = buildGesprekskaart(
    log({ events: vvt.events, scenario: 'ouderenzorg/ochtend-verpleeghuis' }, { events: zkh.events, scenario: 'ziekenhuis/verpleegafdeling-chirurgie' }),
    scenarios,
    { mode: 'sollicitatie' },
  );
  const result = matchLeerwerkplaatsen(
    {
      signals: signalsFromGesprekskaart(card),
      form: { leerweg: 'BBL', niveau: 3, leerjaar: 2, leervoorkeur: 'kunst-afkijken', opleiding: 'verzorgende-ig' },
      today: TODAY,
    },
    profiles,
  );

  it('lists every team, those with a free place for BBL 3 year 2 first', () => {
    expect(result).toHaveLength(profiles.length);
    const open = result.filter((m) => m.hardBlockers === 0);
    expect(open.length).toBeGreaterThan(0);
    expect(result.slice(0, open.length)).toEqual(open);
    for (const m of open) expect(m.placesFree).toBeGreaterThan(0);
  });

  it('puts an ouderenzorg team with free BBL-3 places on top, with concrete explanations', () => {
    const top = result[0]!;
    expect(top.zorgcategorie).toBe('ouderenzorg');
    expect(top.hardBlockers).toBe(0);
    expect(top.placesFree).toBeGreaterThan(0);
    const why = (id: string) => top.fits.find((c) => c.id === id)?.explanation.nl ?? '';
    expect(why('doelgroep')).toBe(
      'Doelgroep Ouderenzorg (verpleeghuis): reflectie 5/5 bij "Een ochtend in het verpleeghuis". Het scenario van deze plek is uitgespeeld.',
    );
    expect(why('leerweg-niveau')).toMatch(/^BBL niveau 3, leerjaar 2: \d plaats(en)? vrij \(van \d\), gecontroleerd op 2026-\d\d-\d\d\.$/);
    expect(why('leervoorkeur')).toMatch(/past bij leervoorkeur kunst afkijken/);
    expect(result.slice(0, 3).map((m) => m.profileId)).toContain('de-linde-kleinschalig-wonen');
  });

  it('shows a full ouderenzorg team lower, blocked with the reason', () => {
    const anker = result.find((m) => m.profileId === 'het-anker-revalidatie')!;
    expect(anker.hardBlockers).toBe(1);
    expect(anker.doesNotFit.find((c) => c.id === 'leerweg-niveau')!.explanation.nl).toBe(
      'BBL niveau 3, leerjaar 2: geen plaats vrij (0 van 1), gecontroleerd op 2026-04-14.',
    );
    expect(result.indexOf(anker)).toBeGreaterThanOrEqual(result.filter((m) => m.hardBlockers === 0).length);
  });

  it('does not fit the hospital teams on doelgroep after a 2/5', () => {
    for (const m of result.filter((r) => r.zorgcategorie === 'ziekenhuis')) {
      expect(m.doesNotFit.find((c) => c.id === 'doelgroep')!.explanation.nl).toContain('reflectie 2/5 bij "Een dagdienst op de chirurgie"');
    }
  });

  it('cautions about exactly the profiles the checker calls stale', () => {
    const staleByChecker = profiles
      .filter((p) => stalenessFindings(p, { today: TODAY, maxAgeDays: 183 }).some((f) => f.rule === 'stale-profile'))
      .map((p) => p.id);
    const cautioned = result.filter((m) => m.unknown.some((c) => c.id === 'actueel')).map((m) => m.profileId);
    expect(cautioned.sort()).toEqual(staleByChecker.sort());
    expect(cautioned.length).toBeGreaterThanOrEqual(3);
    const anker = result.find((m) => m.profileId === 'het-anker-revalidatie')!;
    expect(anker.unknown.find((c) => c.id === 'actueel')!.explanation.nl).toBe(
      'De plaatsen zijn 7 maanden niet gecontroleerd (laatst op 2026-04-14); de werkbegeleiders zijn 7 maanden niet gecontroleerd (laatst op 2026-03-30); de diensten zijn 7 maanden niet gecontroleerd (laatst op 2026-03-30); het contactadres is 7 maanden niet gecontroleerd (laatst op 2026-03-30). Vraag het team of dit nog klopt.',
    );
  });
});
