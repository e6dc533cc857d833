import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/build-server.ts';
import { openDatabase, type OpenDatabase } from '../../src/server/db/open-database.ts';
import { launch } from './browser.ts';

const DEMO = 'ouderenzorg/ochtend-verpleeghuis';

/**
 * Turns a copy of the build into "the next version": every script gets a new name (as a change
 * in a module everything imports gives them all new hashes), everything that names them is
 * rewritten, and the old files are gone from the server, as after a deploy.
 */
function nextVersion(dist: string): void {
  const assets = join(dist, 'assets');
  const renames = readdirSync(assets)
    .filter((f) => /^[^.]+\.js$/.test(f))
    .map((f) => [f.slice(0, -3), `${f.slice(0, -3)}-v2`] as const);
  const texts = [
    join(dist, 'index.html'),
    join(dist, 'sw.js'),
    ...readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .map((f) => join(assets, f)),
  ];
  for (const file of texts) {
    let text = readFileSync(file, 'utf8');
    for (const [from, to] of renames) text = text.split(from).join(to);
    // The worker's precache list carries index.html's content hash: a new page, a new hash.
    text = text.replace(/(url:"index\.html",revision:")([0-9a-f]+)"/, '$1$2-v2"');
    writeFileSync(file, text);
    rmSync(`${file}.br`, { force: true });
    rmSync(`${file}.gz`, { force: true });
  }
  for (const [from, to] of renames) renameSync(join(assets, `${from}.js`), join(assets, `${to}.js`));
}

let browser: Browser;
let app: FastifyInstance;
let database: OpenDatabase;
let dist: string;
let dataDir: string;
let baseUrl: string;
beforeAll(async () => {
  browser = await launch();
  dist = mkdtempSync(join(tmpdir(), 'bbvr-dist-'));
  cpSync(resolve('dist'), dist, { recursive: true, filter: (src) => !src.includes(`${join('dist', 'scenes')}`) && !src.includes('xr-profiles') });
  dataDir = mkdtempSync(join(tmpdir(), 'bbvr-browser-'));
  database = await openDatabase({ dataDir });
  app = await buildServer({ database, scenesDir: resolve('scenes'), distDir: dist });
  await app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/`;
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await database?.close();
  rmSync(dist, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a new version of the app (offline shell update)', () => {
  it('takes over an open page without breaking it: the page reloads into the new version when it needs a chunk', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(baseUrl);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 }).toBe(true);
    // The start screen of the old version is open; the server gets the next version.
    nextVersion(dist);
    await page.evaluate(async () => {
      const w = window as unknown as { __newWorker: boolean };
      w.__newWorker = false;
      navigator.serviceWorker.addEventListener('controllerchange', () => (w.__newWorker = true));
      await (await navigator.serviceWorker.getRegistration())!.update();
    });
    // The new worker takes over at once (skipWaiting, clientsClaim) and drops the old precache.
    await expect.poll(() => page.evaluate(() => (window as unknown as { __newWorker: boolean }).__newWorker), { timeout: 15_000 }).toBe(true);
    // The old page opens the player. Its chunk of the old build is gone from the server and the
    // precache; the HTTP cache may still hold it (then the old page simply goes on), so empty it
    // for the hard case.
    await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
    await page.evaluate((path) => (location.hash = `#/play/${path}`), DEMO);
    await expect.poll(() => page.locator('[data-node-id]').count(), { timeout: 30_000 }).toBe(1);
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.includes('/assets/')),
    );
    expect(scripts.some((s) => s.includes('scenario-player') && s.includes('-v2'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
