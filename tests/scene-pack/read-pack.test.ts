import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PACK_LIMITS, type PackLimits } from '../../src/core/pack-entry-rules.ts';
import type { SceneManifest } from '../../src/core/scene-pack-manifest.ts';
import { Scenario } from '../../src/core/scenario-schema.ts';
import { readPackSnapshot } from '../../src/scene-pack/pack-snapshot.ts';
import { readPack } from '../../src/scene-pack/read-pack.ts';
import { packSources, writePack, type PackSource } from '../../src/scene-pack/write-pack.ts';
import { rawZip, type RawEntry } from './raw-zip.ts';
import { makeSmallScenes, panorama, SMALL_PATH, smallScenario, startQuestion } from './small-pack.ts';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let scenes: { dir: string; remove(): Promise<void> };
let work: string;
let manifest: SceneManifest;
/** The exported pack's files, by path in the pack (manifest.json apart). */
let files: Map<string, Buffer>;

beforeAll(async () => {
  scenes = await makeSmallScenes();
  const snapshot = await readPackSnapshot(scenes.dir);
  const written = await writePack(packSources(snapshot, [SMALL_PATH]) as PackSource[], {
    title: 'Klein pakket',
    organisation: 'ROC Noord',
    licence: 'CC-BY-4.0',
    credits: ['Foto: test'],
  });
  manifest = written.manifest;
  work = await mkdtemp(join(tmpdir(), 'read-pack-'));
  await writeFile(join(work, 'good.zip'), await buffer(written.stream));
  files = new Map(await Promise.all(manifest.files.map(async (f) => [f.path, await readFile(join(scenes.dir, f.path))] as const)));
});
afterAll(async () => {
  await scenes.remove();
  await rm(work, { recursive: true, force: true });
});

let n = 0;
let dest: string;
/** Each read gets a folder of its own, as an import does. */
async function freshDest() {
  dest = join(work, `out-${++n}`, 'pack');
  await mkdir(dest, { recursive: true });
  return dest;
}
beforeEach(freshDest);

/** A pack built by hand from the good one's files: `change` may edit, add or remove entries; the manifest follows `files` unless told. */
async function read(change: (entries: RawEntry[]) => RawEntry[] = (e) => e, options: { manifest?: object; limits?: PackLimits } = {}) {
  await freshDest();
  const entries = [...files].map(([name, data]) => ({ name, data }));
  const m = options.manifest ?? manifest;
  const zip = join(work, `pack-${n}.zip`);
  await writeFile(zip, rawZip(change([{ name: 'manifest.json', data: Buffer.from(JSON.stringify(m)) }, ...entries])));
  return readPack(zip, dest, options.limits ?? DEFAULT_PACK_LIMITS, 'pakket.zip');
}

/** The manifest with its file list made to fit `entries` (so only the one fault under test remains). */
function manifestFor(entries: Map<string, Buffer>): SceneManifest {
  return { ...manifest, files: [...entries].map(([path, data]) => ({ path, sha256: sha256(data), bytes: data.length })) };
}

const SCENARIO_FILE = `${SMALL_PATH}/scenario.json`;
const PANO = `${SMALL_PATH}/media/pano.jpg`;

describe('writing a pack', () => {
  it('lists every file with its real sha256 and size, and the scenario as it is', async () => {
    expect(manifest.files.map((f) => f.path).sort()).toEqual([`${SMALL_PATH}/media/pano-preview.jpg`, PANO, SCENARIO_FILE].sort());
    for (const f of manifest.files) {
      const data = await readFile(join(scenes.dir, f.path));
      expect(f.sha256).toBe(sha256(data));
      expect(f.bytes).toBe(data.length);
    }
    expect(manifest.scenarios).toEqual([
      {
        path: SMALL_PATH,
        id: 'klein-pakket',
        zorgcategorie: 'ouderenzorg',
        version: '1.0.0',
        formatVersion: 1,
        title: { nl: 'Klein pakket', en: 'Small pack' },
      },
    ]);
    expect(manifest.licence).toBe('CC-BY-4.0');
  });
});

describe('reading a pack', () => {
  it('reads a good pack back byte for byte, with no problem', async () => {
    const pack = await readPack(join(work, 'good.zip'), dest);
    expect(pack.problems).toEqual([]);
    expect(pack.manifest).toEqual(manifest);
    expect(await readFile(join(dest, SCENARIO_FILE))).toEqual(files.get(SCENARIO_FILE));
    expect(pack.scenarios.map((s) => s.path)).toEqual([SMALL_PATH]);
    expect(pack.scenarios[0]!.scenario).toEqual(Scenario.parse(smallScenario()));
    expect(pack.scenarios[0]!.files.sort()).toEqual(['media/pano-preview.jpg', 'media/pano.jpg', 'scenario.json']);
  });

  it.each([['../evil.jpg'], ['ouderenzorg/../../evil.jpg'], ['/tmp/evil.jpg'], ['ouderenzorg\\..\\..\\evil.jpg'], ['C:/evil.jpg']])(
    'refuses an entry whose path leaves the pack (zip-slip): %s',
    async (name) => {
      const pack = await read((e) => [...e, { name, data: Buffer.from('x') }]);
      expect(pack.problems).toEqual([
        {
          file: name,
          code: 'path-outside',
          message: {
            nl: expect.stringContaining('buiten het pakket'),
            en: 'This file points outside the pack (with "..", a leading slash, a backslash or a drive letter).',
          },
          fix: { nl: expect.stringContaining('gewone mappen'), en: expect.stringContaining('plain folders') },
        },
      ]);
      expect(existsSync(join(dest, '..', 'evil.jpg'))).toBe(false);
      expect(existsSync(join(dest, '..', '..', 'evil.jpg'))).toBe(false);
    },
  );

  it('refuses a symbolic-link entry and writes nothing for it', async () => {
    const name = `${SMALL_PATH}/media/link.jpg`;
    const pack = await read((e) => [...e, { name, data: Buffer.from('/etc/passwd'), mode: 0o120777 }]);
    expect(pack.problems).toEqual([
      expect.objectContaining({
        file: name,
        code: 'link-entry',
        message: { nl: 'Dit is een snelkoppeling (symbolische link), geen bestand.', en: 'This is a symbolic link, not a file.' },
      }),
    ]);
    expect(existsSync(join(dest, name))).toBe(false);
  });

  it('refuses an entry larger than its limit by the bytes really inflated, whatever its header claims', async () => {
    const limits: PackLimits = { ...DEFAULT_PACK_LIMITS, maxEntryBytes: { ...DEFAULT_PACK_LIMITS.maxEntryBytes, image: 300_000 } };
    // A "bomb": 5 MB of zeros that deflate to a few kB, with a header saying 1 kB.
    const bomb = Buffer.concat([(await panorama(256)).subarray(0, 1000), Buffer.alloc(5_000_000)]);
    const pack = await read((e) => e.map((x) => (x.name === PANO ? { name: PANO, data: bomb, declaredSize: 1000 } : x)), { limits });
    expect(pack.problems).toContainEqual(
      expect.objectContaining({
        file: PANO,
        code: 'entry-too-large',
        message: { nl: expect.stringContaining('gemeten'), en: 'This file is larger than 0.3 MB once unpacked (measured, not as the zip claims).' },
      }),
    );
    expect(existsSync(join(dest, PANO))).toBe(false);
  });

  it('refuses a pack whose entries together inflate beyond the total limit, and stops reading', async () => {
    const total = [...files.values()].reduce((sum, b) => sum + b.length, 0);
    const limits: PackLimits = { ...DEFAULT_PACK_LIMITS, maxTotalBytes: total - 1 };
    const pack = await read(undefined, { limits });
    expect(pack.problems).toEqual([expect.objectContaining({ file: 'pakket.zip', code: 'pack-too-large' })]);
  });

  it('refuses a file whose content differs from the manifest’s sha256', async () => {
    const other = await panorama(512);
    const pack = await read((e) => e.map((x) => (x.name === PANO ? { name: PANO, data: other } : x)));
    expect(pack.problems).toEqual([
      {
        file: PANO,
        code: 'checksum-mismatch',
        message: {
          nl: `De inhoud is anders dan bij het exporteren: sha256 ${sha256(other).slice(0, 12)}…, manifest zegt ${files.get(PANO) && sha256(files.get(PANO)!).slice(0, 12)}….`,
          en: `The content differs from the export: sha256 ${sha256(other).slice(0, 12)}…, the manifest says ${sha256(files.get(PANO)!).slice(0, 12)}….`,
        },
        fix: expect.objectContaining({ en: expect.stringContaining('Export the pack again') }),
      },
    ]);
  });

  it('refuses a file type that is not allowed, by name and by content', async () => {
    const script = `${SMALL_PATH}/media/run.sh`;
    const fake = `${SMALL_PATH}/media/fake.jpg`;
    const all = new Map(files);
    all.set(script, Buffer.from('#!/bin/sh\nrm -rf /\n'));
    all.set(fake, Buffer.from('<html>not a photo</html>'));
    const pack = await read((e) => [...e, { name: script, data: all.get(script)! }, { name: fake, data: all.get(fake)! }], { manifest: manifestFor(all) });
    expect(pack.problems).toEqual([
      expect.objectContaining({
        file: script,
        code: 'unknown-file-type',
        message: expect.objectContaining({ en: 'This kind of file does not belong in a pack (.sh).' }),
      }),
      expect.objectContaining({
        file: fake,
        code: 'unknown-file-type',
        message: expect.objectContaining({ en: 'This kind of file does not belong in a pack (the content is not a known media format).' }),
      }),
    ]);
  });

  it('refuses a PNG named .jpg (content decides)', async () => {
    const png = await (
      await import('sharp')
    )
      .default({ create: { width: 64, height: 32, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    const all = new Map(files).set(PANO, png);
    const pack = await read((e) => e.map((x) => (x.name === PANO ? { name: PANO, data: png } : x)), { manifest: manifestFor(all) });
    expect(pack.problems).toContainEqual(
      expect.objectContaining({
        file: PANO,
        code: 'unknown-file-type',
        message: expect.objectContaining({ en: expect.stringContaining('the content is png') }),
      }),
    );
  });

  it('refuses a broken scenario with the checker’s rule, pointer and fix', async () => {
    const broken = smallScenario();
    startQuestion(broken).options[0]!.next = 'nergens';
    const text = Buffer.from(JSON.stringify(broken, null, 2));
    const all = new Map(files).set(SCENARIO_FILE, text);
    const pack = await read((e) => e.map((x) => (x.name === SCENARIO_FILE ? { name: SCENARIO_FILE, data: text } : x)), { manifest: manifestFor(all) });
    expect(pack.problems).toContainEqual({
      file: SCENARIO_FILE,
      code: 'scenario-problem',
      message: {
        nl: expect.stringMatching(/^De scenariocontrole vond een fout bij \/nodes\/0\/question\/options\/0\/next \[dangling-target\]: .*nergens/),
        en: expect.stringMatching(/^The scenario check found an error at \/nodes\/0\/question\/options\/0\/next \[dangling-target\]: .*nergens/),
      },
      fix: { nl: expect.stringContaining('Verbeter het scenario'), en: expect.stringContaining('Fix the scenario') },
    });
  });

  it('refuses a pack without a manifest, one with a wrong licence, and files the manifest does not list', async () => {
    expect((await read((e) => e.filter((x) => x.name !== 'manifest.json'))).problems).toEqual([
      expect.objectContaining({ file: 'manifest.json', code: 'no-manifest' }),
    ]);
    const wrong = await read(undefined, { manifest: { ...manifest, licence: 'vrij te gebruiken' } });
    expect(wrong.problems).toEqual([
      expect.objectContaining({
        code: 'manifest-invalid',
        message: expect.objectContaining({ en: expect.stringMatching(/^manifest.json is wrong at \/licence: .*not an SPDX licence id/) }),
      }),
    ]);
    const extra = `${SMALL_PATH}/media/extra.jpg`;
    const unlisted = await read((e) => [...e, { name: extra, data: files.get(PANO)! }]);
    expect(unlisted.problems.map((p) => [p.file, p.code])).toEqual([
      [extra, 'not-in-manifest'],
      [extra, 'not-named'],
    ]);
    const all = new Map(files).set(extra, files.get(PANO)!);
    const unused = await read((e) => [...e, { name: extra, data: files.get(PANO)! }], { manifest: manifestFor(all) });
    expect(unused.problems).toEqual([expect.objectContaining({ file: extra, code: 'not-named' })]);
    const missing = await read((e) => e.filter((x) => x.name !== PANO));
    expect(missing.problems.map((p) => [p.file, p.code])).toContainEqual([PANO, 'missing-file']);
  });

  it('refuses a damaged entry (CRC) and a file that is not a zip', async () => {
    const zip = rawZip([{ name: 'manifest.json', data: Buffer.from('{}') }]);
    // Flip a byte of the stored data: the CRC no longer matches.
    const stored = rawZip([{ name: 'manifest.json', data: Buffer.from('{"a":1}'), store: true }]);
    stored.writeUInt8(stored.readUInt8(30 + 'manifest.json'.length + 2) ^ 0xff, 30 + 'manifest.json'.length + 2);
    await writeFile(join(work, 'crc.zip'), stored);
    const crc = await readPack(join(work, 'crc.zip'), await freshDest());
    expect(crc.problems[0]).toEqual(expect.objectContaining({ file: 'manifest.json', code: 'damaged-entry' }));
    await writeFile(join(work, 'not.zip'), zip.subarray(0, 20));
    const notZip = await readPack(join(work, 'not.zip'), await freshDest(), DEFAULT_PACK_LIMITS, 'not.zip');
    expect(notZip.problems).toEqual([expect.objectContaining({ file: 'not.zip', code: 'not-a-zip' })]);
  });

  it('leaves nothing outside its folder, whatever it refused', async () => {
    await read((e) => [...e, { name: '../../outside.jpg', data: files.get(PANO)! }, { name: '/abs.jpg', data: files.get(PANO)! }]);
    expect(await readdir(join(dest, '..'))).toEqual(['pack']);
  });
});
