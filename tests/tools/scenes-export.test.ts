import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPack } from '../../src/scene-pack/read-pack.ts';
import { parseExportArgs, runExport, type ExportArgs } from '../../src/tools/scenes-export.ts';
import { makeSmallScenes, SMALL_PATH } from '../scene-pack/small-pack.ts';

let scenes: { dir: string; remove(): Promise<void> };
let work: string;
beforeAll(async () => {
  scenes = await makeSmallScenes();
  work = await mkdtemp(join(tmpdir(), 'scenes-export-'));
});
afterAll(async () => {
  await scenes.remove();
  await rm(work, { recursive: true, force: true });
});

describe('npm run scenes:export', () => {
  it('writes a pack of a hand-made scenes folder that the import reads without a problem', async () => {
    const args = parseExportArgs(
      ['--licence', 'CC-BY-SA-4.0', '--organisation', 'ROC Noord', '--credit', 'Foto: Sam', '--scenes', scenes.dir, '--out', join(work, 'p.zip'), SMALL_PATH],
      {
        DATA_DIR: join(work, 'geen-data'),
      },
    ) as ExportArgs;
    const lines: string[] = [];
    expect(await runExport(args, (l) => lines.push(l))).toBe(0);
    expect(lines.join('\n')).toContain(`${SMALL_PATH} 1.0.0; 3 file(s), licence CC-BY-SA-4.0`);
    const dir = await mkdtemp(join(work, 'read-'));
    const pack = await readPack(join(work, 'p.zip'), dir);
    expect(pack.problems).toEqual([]);
    expect(pack.manifest).toMatchObject({ organisation: 'ROC Noord', licence: 'CC-BY-SA-4.0', credits: ['Foto: Sam'], title: 'Klein pakket' });
  });

  it('says what is wrong with the command line or the scenario', async () => {
    expect(parseExportArgs(['--organisation', 'X', SMALL_PATH])).toEqual({ error: expect.stringContaining('--licence: "" is not an SPDX licence id') });
    expect(parseExportArgs(['--licence', 'MIT', SMALL_PATH])).toEqual({ error: expect.stringContaining('--organisation "<name>" is required') });
    expect(parseExportArgs(['--licence', 'MIT', '--organisation', 'X'])).toEqual({ error: expect.stringContaining('name at least one scenario') });
    const args = parseExportArgs([
      '--licence',
      'MIT',
      '--organisation',
      'X',
      '--scenes',
      scenes.dir,
      '--out',
      join(work, 'x.zip'),
      'ouderenzorg/bestaat-niet',
    ]) as ExportArgs;
    const lines: string[] = [];
    expect(await runExport(args, (l) => lines.push(l))).toBe(1);
    expect(lines.at(-1)).toContain('no scenario ouderenzorg/bestaat-niet');
  });
});
