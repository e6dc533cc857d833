import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFacilitator } from '../../../src/server/accounts.ts';
import { openDatabase } from '../../../src/server/db/open-database.ts';
import { parseExportArgs, runExport, type ExportArgs } from '../../../src/tools/scenes-export.ts';
import { makeSmallScenes, SMALL_PATH } from '../../scene-pack/small-pack.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'bbvr-scenes-import-'));
let scenes: { dir: string; remove(): Promise<void> };
const zip = join(dataDir, 'klein.zip');

beforeAll(async () => {
  scenes = await makeSmallScenes();
  const database = await openDatabase({ dataDir });
  await addFacilitator(database.db, { email: 'a@roc.nl', password: 'a long enough password', role: 'beheerder', organisation: 'ROC Test' });
  await database.close();
  const args = parseExportArgs(['--licence', 'CC0-1.0', '--organisation', 'Elders', '--scenes', scenes.dir, '--out', zip, SMALL_PATH], {
    DATA_DIR: dataDir,
  }) as ExportArgs;
  expect(await runExport(args, () => {})).toBe(0);
});
afterAll(async () => {
  await scenes.remove();
  rmSync(dataDir, { recursive: true, force: true });
});

const scenesImport = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/server/cli/scenes-import.ts', ...args], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    encoding: 'utf8',
  });

describe('npm run scenes:import', () => {
  it('installs a pack for an organisation, refuses it a second time with a report, and names a missing organisation', () => {
    const ok = scenesImport([zip, '--organisation', 'ROC Test', '--by', 'a@roc.nl']);
    expect(ok.status, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toContain(`${SMALL_PATH} 1.0.0: nieuw geïnstalleerd / newly installed`);
    expect(existsSync(join(dataDir, 'published', SMALL_PATH, 'versions', '1.0.0.json'))).toBe(true);
    expect(existsSync(join(dataDir, 'published', SMALL_PATH, 'versions', '1.0.0.manifest.json'))).toBe(true);

    const again = scenesImport([zip, '--organisation', 'ROC Test']);
    expect(again.status).toBe(1);
    expect(again.stdout).toContain('[version-not-newer]');
    expect(again.stdout).toContain('Versie 1.0.0 is niet nieuwer dan versie 1.0.0 die jullie al hebben.');
    expect(again.stdout).toContain('fix: Nothing to do if it is the same.');

    const nobody = scenesImport([zip, '--organisation', 'Onbekend']);
    expect(nobody.status).toBe(2);
    expect(nobody.stdout).toContain('no organisation "Onbekend"');
  });

  it('installed the scenario exactly as it was', async () => {
    expect(await readFile(join(dataDir, 'published', SMALL_PATH, 'scenario.json'))).toEqual(await readFile(join(scenes.dir, SMALL_PATH, 'scenario.json')));
  });
});
