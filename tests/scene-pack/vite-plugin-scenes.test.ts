import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { scenesPlugin } from '../../src/scene-pack/vite-plugin-scenes.ts';

let server: ViteDevServer;
let base: string;
const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 256));

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'scenes-'));
  await mkdir(join(dir, 'ouderenzorg', 'x', 'media'), { recursive: true });
  await writeFile(join(dir, 'ouderenzorg', 'x', 'media', 'clip.mp4'), bytes);
  await writeFile(join(dir, 'ouderenzorg', 'x', 'rooms.json'), '{}');
  server = await createServer({ configFile: false, logLevel: 'silent', plugins: [scenesPlugin({ dir })], server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
  const address = server.httpServer!.address() as { port: number };
  base = `http://127.0.0.1:${address.port}/scenes/ouderenzorg/x/`;
});
afterAll(async () => {
  await server?.close();
});

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

  it('does not serve render sources or paths outside the pack', async () => {
    // (A 200 here is the app's own index.html fallback, never the file.)
    expect(await (await fetch(`${base}rooms.json`)).text()).not.toBe('{}');
    const escape = await fetch(`${base}media/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd`);
    expect(await escape.text()).not.toContain('root:');
  });
});
