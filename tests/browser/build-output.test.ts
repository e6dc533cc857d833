import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openGuardedPage } from './browser.ts';

const DIST = 'dist';
const DEMO = 'ouderenzorg/ochtend-verpleeghuis';
/** The budget for the JavaScript of the player route, as sent over the wire. */
const PLAYER_JS_BUDGET = 400 * 1024;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(DIST, path).split('\\').join('/')];
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** What `vite build` wrote (npm run test:browser builds first), and how the real server sends it. */
describe('the production build', () => {
  const files = filesUnder(DIST);
  const scripts = files.filter((f) => /^assets\/.*\.js$/.test(f));

  it('carries no XR emulator: no emulate chunk, no synthetic rooms, no iwer dev UI', () => {
    expect(files.filter((f) => /(emulate|office_small|office_large|meeting_room|living_room|music_room)[-.]/.test(f))).toEqual([]);
    for (const f of scripts) expect(readFileSync(join(DIST, f), 'utf8'), f).not.toContain('SyntheticEnvironmentModule');
  });

  it('names no source map in any script, and every script and style has a brotli and a gzip copy', () => {
    for (const f of scripts) expect(readFileSync(join(DIST, f), 'utf8'), f).not.toMatch(/sourceMappingURL=/);
    for (const f of files.filter((f) => /^assets\/.*\.(js|css)$/.test(f) && statSync(join(DIST, f)).size >= 1024)) {
      expect(files, f).toContain(`${f}.br`);
      expect(files, f).toContain(`${f}.gz`);
    }
  });

  it('is sent compressed with Vary: Accept-Encoding, and without its source maps', async () => {
    const baseUrl = inject('baseUrl');
    const script = scripts.find((f) => f.includes('scenario-player'))!;
    for (const encoding of ['br', 'gzip']) {
      const res = await fetch(new URL(script, baseUrl), { headers: { 'accept-encoding': encoding } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding')).toBe(encoding);
      expect(res.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(res.headers.get('content-type')).toMatch(/javascript/);
      await res.arrayBuffer();
    }
    const map = files.find((f) => f.endsWith('.js.map'))!;
    expect((await fetch(new URL(map, baseUrl))).status).toBe(404);
  });

  it(`sends at most ${PLAYER_JS_BUDGET / 1024} KB of JavaScript over the wire for the player route`, async () => {
    const { page, baseUrl, problems } = await openGuardedPage(browser);
    const session = await page.context().newCDPSession(page);
    await session.send('Network.enable');
    const scriptOf = new Map<string, { encoding: string; file: string }>();
    const sent: { encoding: string; bytes: number; file: string }[] = [];
    session.on('Network.responseReceived', (e) => {
      if (e.type === 'Script')
        scriptOf.set(e.requestId, { encoding: String(e.response.headers['content-encoding'] ?? 'identity'), file: new URL(e.response.url).pathname.slice(1) });
    });
    session.on('Network.loadingFinished', (e) => {
      const script = scriptOf.get(e.requestId);
      if (script) sent.push({ ...script, bytes: e.encodedDataLength });
    });
    await page.goto(`${baseUrl}#/play/${DEMO}`);
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('bbvr:scene-visible').length), { timeout: 30_000 }).toBe(1);
    const bytes = sent.reduce((a, s) => a + s.bytes, 0);
    console.log(
      `player route: ${(bytes / 1024).toFixed(0)} KB of JavaScript on the wire in ${sent.length} files (${[...new Set(sent.map((s) => s.encoding))].join(', ')})`,
    );
    // Only files under the compression threshold (1 KB, where headers outweigh the gain) come as they are.
    expect(sent.filter((s) => s.encoding === 'identity' && statSync(join(DIST, s.file)).size >= 1024)).toEqual([]);
    expect(bytes).toBeLessThanOrEqual(PLAYER_JS_BUDGET);
    expect(problems).toEqual([]);
  });
});
