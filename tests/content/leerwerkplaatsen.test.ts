import { readFile } from 'node:fs/promises';
import { basename, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEERVOORKEUR_IDS } from '../../src/core/leervoorkeuren.ts';
import { checkProfile, checkProfiles } from '../../src/core/leerwerkplaats-checker.ts';
import { DIENSTEN } from '../../src/core/leerwerkplaats-vocabulary.ts';
import { ZORGCATEGORIEEN } from '../../src/core/zorgcategorie.ts';
import { findProfileFiles } from '../../src/scene-pack/leerwerkplaats-files.ts';

/**
 * The bar for the leerwerkplaatsprofielen that ship: enough fictional teams, in every
 * zorgcategorie, valid, and varied enough to show the matching aid and the staleness warning.
 * Scenario folders are not required to exist here (they are being made in parallel);
 * scenes:check reports links to missing ones.
 */
const TODAY = '2026-11-22';

/** The scenarios the project ships, one per zorgcategorie. */
const SCENARIO_IDS = [
  'ouderenzorg/ochtend-verpleeghuis',
  'thuiszorg/wijkroute-thuiszorg',
  'gehandicaptenzorg/woongroep-avond',
  'ggz/beschermd-wonen',
  'ziekenhuis/verpleegafdeling-chirurgie',
  'kraamzorg/kraamweek-thuis',
  'jeugdzorg/leefgroep-jeugd',
];

const files = await findProfileFiles(['scenes/leerwerkplaatsen']);
const checked = await Promise.all(
  files.map(async (abs) => {
    const file = relative(process.cwd(), abs);
    const raw: unknown = JSON.parse(await readFile(abs, 'utf8'));
    return { file, raw, ...checkProfile(raw, { file, fileId: basename(abs, '.json'), today: TODAY }) };
  }),
);
const profiles = checked.flatMap((c) => (c.profile ? [c.profile] : []));

describe('shipped leerwerkplaatsprofielen', () => {
  it('has at least 12 profiles, all valid', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    const errors = checked.flatMap((c) => c.problems.filter((p) => p.severity === 'error'));
    expect(errors).toEqual([]);
    expect(profiles).toHaveLength(files.length);
    expect(checkProfiles(checked)).toEqual([]);
  });

  it('covers every zorgcategorie, with more teams for ouderenzorg and ziekenhuis', () => {
    const count = (z: string) => profiles.filter((p) => p.stable.zorgcategorie === z).length;
    expect(ZORGCATEGORIEEN.filter((z) => count(z) === 0)).toEqual([]);
    expect(count('ouderenzorg')).toBeGreaterThanOrEqual(3);
    expect(count('ziekenhuis')).toBeGreaterThanOrEqual(3);
  });

  it('links every profile to one of the shipped scenarios', () => {
    for (const p of profiles) expect(SCENARIO_IDS, p.id).toContain(p.stable.scenario);
  });

  it('has Dutch and English everywhere', () => {
    expect(checked.flatMap((c) => c.problems.filter((p) => p.rule === 'missing-en'))).toEqual([]);
  });

  it('uses fictional team mailboxes only (example.nl)', () => {
    for (const p of profiles) if (p.volatile.contact) expect(p.volatile.contact.mailbox, p.id).toMatch(/@example\.nl$/);
  });

  it('shows the staleness warning in real content: some blocks are older than six months on 2026-11-22', () => {
    const stale = new Set(checked.filter((c) => c.problems.some((p) => p.rule === 'stale-profile')).map((c) => c.file));
    expect(stale.size).toBeGreaterThanOrEqual(3);
    expect(stale.size).toBeLessThan(files.length);
    expect(checked.flatMap((c) => c.problems.filter((p) => p.rule === 'future-review-date'))).toEqual([]);
  });

  it('is varied: BOL and BBL, niveau 2 to 4, teams without free places, every leervoorkeur and dienst', () => {
    const places = profiles.flatMap((p) => p.volatile.placements.places);
    expect(new Set(places.map((p) => p.leerweg))).toEqual(new Set(['BOL', 'BBL']));
    expect(new Set(places.map((p) => p.niveau))).toEqual(new Set([2, 3, 4]));
    const full = profiles.filter((p) => p.volatile.placements.places.every((pl) => pl.free === 0));
    expect(full.length).toBeGreaterThanOrEqual(2);
    const leervoorkeuren = new Set(profiles.flatMap((p) => p.volatile.werkbegeleiders.people.flatMap((w) => w.leervoorkeuren)));
    expect(LEERVOORKEUR_IDS.filter((l) => !leervoorkeuren.has(l))).toEqual([]);
    const diensten = new Set(profiles.flatMap((p) => p.volatile.diensten.shifts));
    expect(DIENSTEN.ids.filter((d) => !diensten.has(d))).toEqual([]);
  });
});
