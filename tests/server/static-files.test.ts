import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-server.ts';

const SCRIPT = `export const greeting = ${JSON.stringify('hallo '.repeat(500))};\n`;

/**
 * A stand-in for the built app (unit tests run before `vite build`), laid out as the build
 * writes it: each asset with its .br and .gz copy, and a source map beside it.
 */
function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bbvr-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Beroepsbeeld VR</title>');
  const js = join(dir, 'assets', 'app-abc123.js');
  writeFileSync(js, SCRIPT);
  writeFileSync(`${js}.br`, brotliCompressSync(SCRIPT));
  writeFileSync(`${js}.gz`, gzipSync(SCRIPT));
  writeFileSync(`${js}.map`, JSON.stringify({ version: 3, sources: ['src/app.ts'], mappings: '' }));
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

describe('the built app as the server sends it', () => {
  let dist: string;
  let server: TestServer;
  let withMaps: TestServer;
  beforeAll(async () => {
    dist = fakeBuild();
    [server, withMaps] = await Promise.all([startTestServer('sqlite', { distDir: dist }), startTestServer('sqlite', { distDir: dist, serveSourceMaps: true })]);
  });
  afterAll(async () => {
    await Promise.all([server.close(), withMaps.close()]);
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (s: TestServer, url: string, acceptEncoding?: string) =>
    s.app.inject({ url, headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } });

  it('sends the brotli copy to a browser that accepts it, with the type of the original and Vary', async () => {
    const res = await get(server, '/assets/app-abc123.js', 'gzip, deflate, br, zstd');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(SCRIPT);
  });

  it('sends the gzip copy when brotli is not accepted (Chromium over plain HTTP)', async () => {
    const res = await get(server, '/assets/app-abc123.js', 'gzip, deflate');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(res.rawPayload).toString()).toBe(SCRIPT);
  });

  it('sends the file as it is without Accept-Encoding, still with Vary', async () => {
    const res = await get(server, '/assets/app-abc123.js');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.body).toBe(SCRIPT);
  });

  it('falls back to the original when a small file has no compressed copy', async () => {
    const res = await get(server, '/favicon.svg', 'br, gzip');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    const page = await get(server, '/', 'br, gzip');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Beroepsbeeld VR</title>');
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it('does not serve source maps unless the server is told to', async () => {
    expect((await get(server, '/assets/app-abc123.js.map')).statusCode).toBe(404);
    expect((await get(server, '/assets/app-abc123.js.map', 'br, gzip')).statusCode).toBe(404);
    const served = await get(withMaps, '/assets/app-abc123.js.map');
    expect(served.statusCode).toBe(200);
    expect(served.json()).toMatchObject({ version: 3 });
  });

  it('leaves API answers uncompressed and unvaried by the static files', async () => {
    const res = await get(server, '/api/auth/me', 'br, gzip');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');
  });
});
