import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/tools/scenes-check.ts';
import { SCHEMA_FILE, scenarioJsonSchema, scenarioJsonSchemaText } from '../../src/tools/write-schema.ts';

const t = (nl: string, en: string) => ({ nl, en });

/** A real two-node scenario; `kamer.jpg` is written 4:3 on purpose. */
function scenario(id: string) {
  return {
    $schema: '../../scenario.schema.json',
    id,
    version: '1.0.0',
    zorgcategorie: 'ouderenzorg',
    title: t('Demo', 'Demo'),
    description: { nl: 'Een korte demo.' },
    beroepen: [t('Verzorgende IG', 'Care worker')],
    niveaus: [3],
    startNode: 'gang',
    nodes: [
      {
        id: 'gang',
        title: t('Gang', 'Corridor'),
        media: { type: 'image', src: 'media/gang.jpg', preview: 'media/gang-preview.jpg' },
        hotspots: [{ id: 'deur', kind: 'goto', yaw: 90, pitch: 0, label: t('Deur', 'Door'), target: 'kamer' }],
      },
      {
        id: 'kamer',
        title: t('Kamer', 'Room'),
        media: { type: 'image', src: 'media/kamer.jpg', preview: 'media/gang-preview.jpg' },
        ending: { takeaway: t('Klaar', 'Done') },
      },
    ],
  };
}

let root: string;
const lines: string[] = [];
const log = (line: string) => lines.push(...line.split('\n'));

async function write(rel: string, content: string | object) {
  const file = join(root, rel);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
}

async function jpeg(rel: string, width: number, height: number) {
  const file = join(root, rel);
  await mkdir(dirname(file), { recursive: true });
  await sharp({ create: { width, height, channels: 3, background: '#7a9' } })
    .jpeg()
    .toFile(file);
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'scenes-check-'));
  const demo = 'scenes/ouderenzorg/demo';
  await write(`${demo}/scenario.json`, scenario('demo'));
  await jpeg(`${demo}/media/gang.jpg`, 1024, 512);
  await jpeg(`${demo}/media/gang-preview.jpg`, 512, 256);
  await jpeg(`${demo}/media/kamer.jpg`, 800, 600);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('runCheck', () => {
  it('prints each problem with file, pointer, severity, rule and fix, and exits 1 on errors', async () => {
    lines.length = 0;
    const result = await runCheck(['scenes'], log, root);
    expect(lines).toEqual([
      // Dutch first, in the editor's words (the same text shows next to the field there), then English.
      'scenes/ouderenzorg/demo/scenario.json:/nodes/1/media/src  error [not-2-to-1] scène "kamer" › foto of video › bestand: "media/kamer.jpg" is 800×600 px; een 360°-foto moet precies twee keer zo breed zijn als hoog (2:1)',
      '    node "kamer" › media.src: "media/kamer.jpg" is 800×600 px; a 360° image must be exactly twice as wide as it is high (2:1)',
      '    oplossing: Exporteer de foto in de camera-app als 360°-foto (equirectangular) van 800×400 px, of snijd hem bij tot die maat.',
      '    fix: Export it from the camera app as an equirectangular image of 800×400 px, or crop it to that size.',
      'scenes/ouderenzorg/demo/scenario.json:/description  warning [missing-en] beschrijving: de Engelse tekst ontbreekt (Nederlands: "Een korte demo.")',
      '    description: the English text (en) is missing (nl: "Een korte demo.")',
      '    oplossing: Vul de Engelse vertaling in, naast de Nederlandse tekst ("en" in het bestand). Zonder Engels ziet een Engelstalige kandidaat de Nederlandse tekst.',
      '    fix: Fill in the English translation next to the Dutch text: "en": "…" next to "nl".',
      '1 scenario(s), 1 error(s), 1 warning(s)',
    ]);
    expect(result).toMatchObject({ errors: 1, warnings: 1, exitCode: 1, files: { 'scenario(s)': 1 } });
  });

  it('exits 0 when there are only warnings', async () => {
    await jpeg('scenes/ouderenzorg/demo/media/kamer.jpg', 1024, 512);
    lines.length = 0;
    const result = await runCheck(['scenes/ouderenzorg/demo/scenario.json'], log, root);
    expect(result).toMatchObject({ errors: 0, warnings: 1, exitCode: 0 });
    expect(lines.at(-1)).toBe('1 scenario(s), 0 error(s), 1 warning(s)');
  });

  it('checks folder names, invalid JSON and duplicate ids across files', async () => {
    await write('scenes/thuiszorg/kopie/scenario.json', scenario('demo'));
    await write('scenes/thuiszorg/kapot/scenario.json', '{\n  "id": "kapot",\n  "version" "1.0.0"\n}\n');
    lines.length = 0;
    const result = await runCheck([], log, root);
    const rules = result.problems.map((p) => `${p.file} ${p.rule} ${p.pointer}`);
    expect(rules).toContain('scenes/thuiszorg/kapot/scenario.json invalid-json ');
    expect(rules).toContain('scenes/thuiszorg/kopie/scenario.json folder-mismatch /zorgcategorie');
    expect(rules).toContain('scenes/thuiszorg/kopie/scenario.json folder-mismatch /id');
    expect(rules).toContain('scenes/ouderenzorg/demo/scenario.json duplicate-scenario-id /id');
    // The whole-file problem prints without a pointer; the position is in the message.
    // (The reason after the position is V8's wording, which differs between Node versions.)
    expect(lines).toContainEqual(
      expect.stringMatching(/^scenes\/thuiszorg\/kapot\/scenario\.json  error \[invalid-json\] het bestand is geen geldige JSON op regel 3, kolom 13: /),
    );
    expect(lines).toContainEqual(expect.stringMatching(/^ {4}the file is not valid JSON at line 3, column 13: /));
    expect(lines.at(-1)).toMatch(/^3 scenario\(s\), \d+ error\(s\), \d+ warning\(s\)$/);
    expect(result.exitCode).toBe(1);
    await rm(join(root, 'scenes/thuiszorg'), { recursive: true });
  });

  it('refuses a media file that is a link out of the scenario folder, and a truncated image', async () => {
    const pack = 'scenes/gehandicaptenzorg/links';
    await write(`${pack}/scenario.json`, { ...scenario('links'), zorgcategorie: 'gehandicaptenzorg' });
    await jpeg(`${pack}/media/gang-preview.jpg`, 512, 256);
    await jpeg('elders/gang.jpg', 1024, 512);
    await symlink(join(root, 'elders/gang.jpg'), join(root, pack, 'media/gang.jpg'));
    // Noise, so that half of the file loses image rows, not only padding.
    const noise = Buffer.from(Array.from({ length: 1024 * 512 * 3 }, (_, i) => (i * 7919) % 251));
    const whole = await sharp(noise, { raw: { width: 1024, height: 512, channels: 3 } })
      .jpeg()
      .toBuffer();
    await writeFile(join(root, pack, 'media/kamer.jpg'), whole.subarray(0, whole.length >> 1));
    lines.length = 0;
    const result = await runCheck([pack], log, root);
    const problems = result.problems.filter((p) => p.severity === 'error').map((p) => `${p.pointer} ${p.rule}`);
    expect(problems).toEqual(['/nodes/0/media/src linked-outside', '/nodes/1/media/src unreadable-media']);
    expect(lines).toContain(
      `${pack}/scenario.json:/nodes/0/media/src  error [linked-outside] scène "gang" › foto of video › bestand: bestand "media/gang.jpg" is een snelkoppeling naar ${join(root, 'elders/gang.jpg')}, buiten de map van de situatie; de app geeft dat bestand niet door`,
    );
    expect(lines).toContain(
      `    node "gang" › media.src: file "media/gang.jpg" is a link to ${join(root, 'elders/gang.jpg')}, outside the scenario folder; the app does not serve it`,
    );
    expect(result.exitCode).toBe(1);
    await rm(join(root, pack), { recursive: true });
  });

  it('exits 2 for a path that does not exist', async () => {
    lines.length = 0;
    const result = await runCheck(['scenes/nope'], log, root);
    expect(result.exitCode).toBe(2);
    expect(lines).toEqual(['scenes:check: "scenes/nope" does not exist. Give a scenes folder or a scenario.json file.']);
  });

  it('exits 1 when there is nothing to check', async () => {
    await mkdir(join(root, 'leeg'), { recursive: true });
    lines.length = 0;
    const result = await runCheck(['leeg'], log, root);
    expect(result.exitCode).toBe(1);
    expect(lines).toEqual(['scenes:check: no scenario files (scenario.json) found in leeg.']);
  });
});

describe('scenes/scenario.schema.json', () => {
  it('is up to date with the zod schema (run `npm run scenes:schema`)', async () => {
    expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(scenarioJsonSchemaText());
  });

  it('describes the scenario with editor-friendly metadata', () => {
    const schema = scenarioJsonSchema();
    expect(schema).toMatchObject({ $id: expect.stringContaining('beroepsbeeld-vr'), title: 'Beroepsbeeld VR scenario' });
    expect(JSON.stringify(schema)).toContain('"additionalProperties":false');
  });
});
