import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listScenarioRefs } from '../../src/scene-pack/leerwerkplaats-files.ts';
import { parseCliArgs, runCheck } from '../../src/tools/scenes-check.ts';
import { LEERWERKPLAATS_SCHEMA_FILE, leerwerkplaatsJsonSchema, leerwerkplaatsJsonSchemaText } from '../../src/tools/write-schema.ts';
import { validProfile } from '../core/fixtures/leerwerkplaats.ts';

const TODAY = '2026-11-22';

let root: string;
const lines: string[] = [];
const log = (line: string) => lines.push(...line.split('\n'));

async function write(rel: string, content: string | object) {
  const file = join(root, rel);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
}

/** A scenario folder only needs a scenario.json for a profile to link it. */
const scenarioStub = (zorgcategorie: string, id: string) => ({ id, zorgcategorie });

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'leerwerkplaats-check-'));
  await write('scenes/ouderenzorg/ochtend-verpleeghuis/scenario.json', scenarioStub('ouderenzorg', 'ochtend-verpleeghuis'));
  await mkdir(join(root, 'scenes/thuiszorg/wijkroute-thuiszorg/media'), { recursive: true }); // being made: no scenario.json yet
  await write('scenes/leerwerkplaatsen/leerwerkplaats.schema.json', { note: 'the schema is not a profile' });
  await write('scenes/leerwerkplaatsen/de-linde.json', validProfile());
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('listScenarioRefs', () => {
  it('lists <zorgcategorie>/<id> folders that hold a scenario.json', async () => {
    expect([...(await listScenarioRefs(join(root, 'scenes')))]).toEqual(['ouderenzorg/ochtend-verpleeghuis']);
  });
});

describe('runCheck on leerwerkplaatsprofielen', () => {
  it('checks a clean profile next to its scenario and counts it in the summary', async () => {
    lines.length = 0;
    const result = await runCheck(['scenes/leerwerkplaatsen'], log, root, { today: TODAY });
    expect(lines).toEqual(['1 leerwerkplaatsprofiel(en), 0 error(s), 0 warning(s)']);
    expect(result).toMatchObject({ exitCode: 0, files: { 'leerwerkplaatsprofiel(en)': 1, 'scenario(s)': 0 } });
  });

  it('prints broken and stale profiles as file:pointer [rule] message / fix, errors first', async () => {
    const broken = validProfile() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    broken.id = 'wijkteam-noord';
    broken.stable.scenario = 'thuiszorg/wijkroute-thuiszorg';
    broken.volatile.placements.places[0].leerweg = 'bbl';
    const stale = validProfile() as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    stale.id = 'wijkteam-zuid';
    stale.stable.scenario = 'thuiszorg/wijkroute-thuiszorg';
    stale.volatile.werkbegeleiders.reviewedAt = '2026-04-01';
    delete stale.stable.doelgroep.en;
    await write('scenes/leerwerkplaatsen/wijkteam-noord.json', broken);
    await write('scenes/leerwerkplaatsen/wijkteam-zuid.json', stale);
    lines.length = 0;
    const result = await runCheck(['scenes/leerwerkplaatsen'], log, root, { today: TODAY });
    expect(lines).toEqual([
      'scenes/leerwerkplaatsen/wijkteam-noord.json:/volatile/placements/places/0/leerweg  error [schema] actuele gegevens › leerplaatsen › plaats nr. 1 › leerweg: de tekst "bbl" is geen toegestane waarde',
      '    volatile.placements.places[0].leerweg: a string ("bbl") is not an allowed value',
      '    oplossing: Kies een van: "BOL", "BBL". Bedoel je "BBL"?',
      '    fix: Use one of: "BOL", "BBL". Did you mean "BBL"?',
      'scenes/leerwerkplaatsen/wijkteam-zuid.json:/stable/scenario  error [unknown-scenario] stable.scenario: verwijst naar de situatie "thuiszorg/wijkroute-thuiszorg", maar scenes/thuiszorg/wijkroute-thuiszorg/scenario.json bestaat niet',
      '    stable.scenario: links the scenario "thuiszorg/wijkroute-thuiszorg", but scenes/thuiszorg/wijkroute-thuiszorg/scenario.json does not exist',
      '    oplossing: Kies "<zorgcategorie>/<scenario-id>" van een bestaande situatie, of voeg die situatie eerst toe. Situaties in dit pakket: "ouderenzorg/ochtend-verpleeghuis".',
      '    fix: Use "<zorgcategorie>/<scenario-id>" of an existing scenario, or add that scenario first. Scenarios in this pack: "ouderenzorg/ochtend-verpleeghuis".',
      'scenes/leerwerkplaatsen/wijkteam-zuid.json:/volatile/werkbegeleiders/reviewedAt  warning [stale-profile] volatile.werkbegeleiders is het laatst nagekeken op 2026-04-01, 235 dagen geleden (ongeveer 7 maanden; de grens is 183 dagen), dus het klopt misschien niet meer',
      '    volatile.werkbegeleiders was last checked on 2026-04-01, 235 days ago (about 7 months; the limit is 183 days), so it may be out of date',
      '    oplossing: Vraag het team of deze mensen nog studenten begeleiden, en wat hun leervoorkeuren zijn. Werk dit deel bij en zet "reviewedAt": "2026-11-22".',
      '    fix: Ask the team whether these people still coach students, and what their leervoorkeuren are. Update the block and set "reviewedAt": "2026-11-22".',
      'scenes/leerwerkplaatsen/wijkteam-zuid.json:/stable/doelgroep  warning [missing-en] vaste gegevens › doelgroep: de Engelse tekst ontbreekt (Nederlands: "Ouderen met dementie.")',
      '    stable.doelgroep: the English text (en) is missing (nl: "Ouderen met dementie.")',
      '    oplossing: Vul de Engelse vertaling in, naast de Nederlandse tekst ("en" in het bestand). Zonder Engels ziet een Engelstalige kandidaat de Nederlandse tekst.',
      '    fix: Fill in the English translation next to the Dutch text: "en": "…" next to "nl".',
      '3 leerwerkplaatsprofiel(en), 2 error(s), 2 warning(s)',
    ]);
    expect(result.exitCode).toBe(1);
  });

  it('takes the age limit from the options', async () => {
    const result = await runCheck(['scenes/leerwerkplaatsen/wijkteam-zuid.json'], () => {}, root, { today: TODAY, maxAgeDays: 365 });
    expect(result.problems.filter((p) => p.rule === 'stale-profile')).toEqual([]);
  });

  it('reports duplicate ids and file names that differ from the id, next to scenarios', async () => {
    await write('scenes/leerwerkplaatsen/kopie.json', validProfile());
    lines.length = 0;
    const result = await runCheck([], log, root, { today: TODAY });
    const rules = result.problems.map((p) => `${p.file} ${p.rule} ${p.pointer}`);
    expect(rules).toContain('scenes/leerwerkplaatsen/kopie.json file-name-mismatch /id');
    expect(rules).toContain('scenes/leerwerkplaatsen/kopie.json duplicate-profile-id /id');
    expect(rules).toContain('scenes/leerwerkplaatsen/de-linde.json duplicate-profile-id /id');
    // The whole pack: the scenario stub is checked as a scenario, the schema file is skipped.
    expect(result.files).toEqual({ 'scenario(s)': 1, 'leerwerkplaatsprofiel(en)': 4 });
    expect(lines.at(-1)).toMatch(/^1 scenario\(s\), 4 leerwerkplaatsprofiel\(en\), \d+ error\(s\), \d+ warning\(s\)$/);
    await rm(join(root, 'scenes/leerwerkplaatsen/kopie.json'));
  });

  it('reports invalid JSON in a profile', async () => {
    await write('scenes/leerwerkplaatsen/kapot.json', '{\n  "id": "kapot",\n}\n');
    const result = await runCheck(['scenes/leerwerkplaatsen/kapot.json'], () => {}, root, { today: TODAY });
    expect(result.problems).toEqual([expect.objectContaining({ rule: 'invalid-json', file: 'scenes/leerwerkplaatsen/kapot.json' })]);
    expect(result.files).toEqual({ 'scenario(s)': 0, 'leerwerkplaatsprofiel(en)': 1 });
    await rm(join(root, 'scenes/leerwerkplaatsen/kapot.json'));
  });
});

describe('command line', () => {
  it('reads --max-age-days, or LEERWERKPLAATS_MAX_AGE_DAYS', () => {
    expect(parseCliArgs(['--max-age-days', '90', 'scenes'], {})).toEqual({ paths: ['scenes'], options: { maxAgeDays: 90 } });
    expect(parseCliArgs(['--max-age-days=30'], {})).toEqual({ paths: [], options: { maxAgeDays: 30 } });
    expect(parseCliArgs([], { LEERWERKPLAATS_MAX_AGE_DAYS: '60' })).toEqual({ paths: [], options: { maxAgeDays: 60 } });
    expect(parseCliArgs(['--max-age-days', '10'], { LEERWERKPLAATS_MAX_AGE_DAYS: '60' })).toMatchObject({ options: { maxAgeDays: 10 } });
    expect(parseCliArgs(['scenes'], {})).toEqual({ paths: ['scenes'], options: {} });
    expect(parseCliArgs(['-h'], {})).toEqual({ help: true });
  });

  it('rejects an age that is not a whole number of days', () => {
    expect(parseCliArgs(['--max-age-days', 'zes'], {})).toEqual({
      error: 'scenes:check: --max-age-days (or LEERWERKPLAATS_MAX_AGE_DAYS) must be a whole number of days, at least 1; got "zes".',
    });
    expect(parseCliArgs(['--max-age-days', '0'], {})).toHaveProperty('error');
    expect(parseCliArgs(['--onbekend'], {})).toHaveProperty('error');
  });

  it('exits 2 on a bad flag and prints the stale warning with the flag’s limit', () => {
    const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
    const script = fileURLToPath(new URL('../../src/tools/scenes-check.ts', import.meta.url));
    const run = (...args: string[]) =>
      spawnSync(tsx, [script, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, LEERWERKPLAATS_MAX_AGE_DAYS: '' } });
    expect(run('--max-age-days', 'zes').status).toBe(2);
    // The clock is real here; 2026-04-01 is older than 10 days on any later date.
    const ok = run('--max-age-days', '10', 'scenes/leerwerkplaatsen/wijkteam-zuid.json');
    expect(ok.stdout).toContain('[stale-profile] volatile.werkbegeleiders is het laatst nagekeken op 2026-04-01');
    expect(ok.stdout).toContain('    volatile.werkbegeleiders was last checked on 2026-04-01');
    expect(ok.stdout).toContain('the limit is 10 days');
  }, 30_000); // two real processes that load sharp
});

describe('scenes/leerwerkplaatsen/leerwerkplaats.schema.json', () => {
  it('is up to date with the zod schema (run `npm run scenes:schema`)', async () => {
    expect(await readFile(LEERWERKPLAATS_SCHEMA_FILE, 'utf8')).toBe(leerwerkplaatsJsonSchemaText());
  });

  it('describes the profile with editor-friendly metadata', () => {
    const schema = leerwerkplaatsJsonSchema();
    expect(schema).toMatchObject({ $id: expect.stringContaining('leerwerkplaats-format'), title: 'Beroepsbeeld VR leerwerkplaatsprofiel' });
    const text = JSON.stringify(schema);
    expect(text).toContain('"additionalProperties":false');
    expect(text).toContain('"format":"date"');
  });
});
