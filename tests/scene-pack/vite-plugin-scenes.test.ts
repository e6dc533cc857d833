import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { scenesPlugin } from '../../src/scene-pack/vite-plugin-scenes.ts';
import { BOM_SCENARIO_PATH, makePackFixture, NAMED_MEDIA, SCENARIO_PATH, SECRET, type PackFixture } from './pack-fixture.ts';

let server: ViteDevServer;
let base: string;
let port: number;
let pack: PackFixture;
let videoDir: string;
const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256));

const t = (nl: string) => ({ nl, en: nl });
/** A one-node video scenario, so the byte ranges are tested on a file the app really asks for. */
const videoScenario = {
  id: 'x',
  version: '1.0.0',
  zorgcategorie: 'ouderenzorg',
  title: t('X'),
  description: t('X'),
  beroepen: [t('Verzorgende')],
  niveaus: [3],
  startNode: 'a',
  nodes: [{ id: 'a', title: t('A'), media: { type: 'video', src: 'media/clip.mp4', preview: 'media/clip-preview.jpg' }, ending: { takeaway: t('Klaar') } }],
};

beforeAll(async () => {
  videoDir = await mkdtemp(join(tmpdir(), 'scenes-'));
  await mkdir(join(videoDir, 'ouderenzorg', 'x', 'media'), { recursive: true });
  await writeFile(join(videoDir, 'ouderenzorg', 'x', 'scenario.json'), JSON.stringify(videoScenario));
  await writeFile(join(videoDir, 'ouderenzorg', 'x', 'media', 'clip.mp4'), bytes);
  await writeFile(join(videoDir, 'ouderenzorg', 'x', 'rooms.json'), '{}');
  pack = await makePackFixture();
  server = await createServer({
    configFile: false,
    logLevel: 'silent',
    plugins: [scenesPlugin({ dir: videoDir })],
    server: { port: 0, host: '127.0.0.1' },
  });
  await server.listen();
  port = (server.httpServer!.address() as { port: number }).port;
  base = `http://127.0.0.1:${port}/scenes/ouderenzorg/x/`;
});
afterAll(async () => {
  await server?.close();
  await rm(videoDir, { recursive: true, force: true });
  await pack?.remove();
});

/** A GET with the path sent exactly as written (fetch would resolve "..", also when %-encoded). */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('scenes plugin', () => {
  it('serves media whole, and in byte ranges (Safari and iOS need ranges for video)', async () => {
    const whole = await fetch(`${base}media/clip.mp4`);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(Buffer.from(await whole.arrayBuffer())).toEqual(bytes);

    const part = await fetch(`${base}media/clip.mp4`, { headers: { Range: 'bytes=10-19' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 10-19/1000');
    expect(Buffer.from(await part.arrayBuffer())).toEqual(bytes.subarray(10, 20));

    const tail = await fetch(`${base}media/clip.mp4`, { headers: { Range: 'bytes=-5' } });
    expect(Buffer.from(await tail.arrayBuffer())).toEqual(bytes.subarray(995));

    const beyond = await fetch(`${base}media/clip.mp4`, { headers: { Range: 'bytes=2000-' } });
    expect(beyond.status).toBe(416);
  });

  it('answers 404 for render sources and paths outside the pack, never the app page', async () => {
    expect(await rawGet('/scenes/ouderenzorg/x/rooms.json')).toEqual({ status: 404, body: 'Not found' });
    const escape = await rawGet('/scenes/ouderenzorg/x/media/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc/passwd');
    expect(escape).toEqual({ status: 404, body: 'Not found' });
  });

  it('copies into the build exactly what it serves: the catalog, the schema, each scenario.json and the files it names', async () => {
    const emitted = new Map<string, string>();
    const context = {
      emitFile: (f: { fileName: string; source: string | Uint8Array }) => void emitted.set(f.fileName, Buffer.from(f.source).toString('utf8')),
      warn: () => {},
    };
    const hook = scenesPlugin({ dir: pack.dir }).generateBundle as unknown as (this: typeof context) => Promise<void>;
    await hook.call(context);
    const scenes = [...emitted.keys()].filter((f) => f.startsWith('scenes/')).sort();
    const expected = [
      'scenes/index.json',
      'scenes/scenario.schema.json',
      ...[SCENARIO_PATH, BOM_SCENARIO_PATH].flatMap((path) => [
        `scenes/${path}/scenario.json`,
        `scenes/${path}/versions/1.0.0/scenario.json`,
        // The first scenario's info image is a link out of the pack: refused, as on the server.
        ...NAMED_MEDIA.filter((rel) => path !== SCENARIO_PATH || rel !== 'media/rooster.jpg').map((rel) => `scenes/${path}/${rel}`),
      ]),
    ].sort();
    expect(scenes).toEqual(expected);
    expect([...emitted.values()].join()).not.toContain(SECRET);
    const catalog = JSON.parse(emitted.get('scenes/index.json')!) as { scenarios: { path: string }[] };
    expect(catalog.scenarios.map((s) => s.path)).toEqual([SCENARIO_PATH, BOM_SCENARIO_PATH]);
    expect(emitted.has('xr-profiles/profilesList.json')).toBe(true);
  });
});
