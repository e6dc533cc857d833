import type { Browser, Route } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, meanBrightness, openGuardedPage } from './browser.ts';

const DEMO = 'ouderenzorg/ochtend-verpleeghuis';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A screenshot shrunk to 32×18 grey pixels: enough to tell the same view from another one. */
async function thumb(png: Buffer): Promise<Buffer> {
  return sharp(png).resize(32, 18, { fit: 'fill' }).greyscale().raw().toBuffer();
}
const meanDifference = (a: Buffer, b: Buffer) => a.reduce((s, v, i) => s + Math.abs(v - b[i]!), 0) / a.length;

describe('the first picture (app/first-picture.ts)', () => {
  it('shows the start scene before the player code has arrived, and the 3D view takes over with the same view', async () => {
    const { page, context, baseUrl, problems } = await openGuardedPage(browser);
    // Hold the player's code back: what is on screen meanwhile comes from the first-picture worker.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await context.route(/scenario-player-[^/]*\.js$/, async (route: Route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${baseUrl}#/play/${DEMO}`);
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('bbvr:preview-shown').length), { timeout: 30_000 }).toBe(1);
    expect(await page.locator('canvas.first-picture').count()).toBe(1);
    expect(await page.locator('[data-node-id]').count()).toBe(0); // the player is not there yet
    const early = await page.screenshot();
    expect(await meanBrightness(early)).toBeGreaterThan(30);

    release();
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('bbvr:scene-visible').length), { timeout: 30_000 }).toBe(1);
    // The page's own picture goes once the 3D canvas has drawn the scene.
    await expect.poll(() => page.locator('canvas.first-picture').count(), { timeout: 20_000 }).toBe(0);
    // Same direction, same field of view: the two pictures differ only in sharpness (and the
    // controls now drawn over the scene), not in what is where.
    const [a, b] = [await thumb(early), await thumb(await page.screenshot())];
    expect(meanDifference(a, b)).toBeLessThan(25);
    expect(problems).toEqual([]);
  });

  it("starts before the app's entry script has arrived (a script of its own, first in the page)", async () => {
    const { page, context, baseUrl, problems } = await openGuardedPage(browser);
    // Hold the app's entry (React, the router, everything of main.tsx) back.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await context.route(/\/assets\/index-[^/]*\.js$/, async (route: Route) => {
      await held;
      await route.continue();
    });
    // Not until `load`: that waits for the held script.
    await page.goto(`${baseUrl}#/play/${DEMO}`, { waitUntil: 'commit' });
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('bbvr:preview-shown').length), { timeout: 30_000 }).toBe(1);
    expect(await page.locator('#root').innerHTML()).toBe(''); // React has not rendered anything yet
    expect(await meanBrightness(await page.screenshot())).toBeGreaterThan(30);
    release();
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('bbvr:full-shown').length), { timeout: 30_000 }).toBe(1);
    expect(problems).toEqual([]);
  });

  it('leaves a device that is in a session alone (it may continue at another scene)', async () => {
    const { page, baseUrl, problems } = await openGuardedPage(browser);
    await page.goto(baseUrl);
    // The outbox database is what a joined device has.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const r = indexedDB.open('beroepsbeeld');
          r.onsuccess = () => (r.result.close(), resolve());
          r.onerror = () => reject(r.error);
        }),
    );
    await page.goto(`${baseUrl}#/play/${DEMO}`);
    await page.reload();
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('bbvr:scene-visible').length), { timeout: 30_000 }).toBe(1);
    expect(await page.evaluate(() => performance.getEntriesByName('bbvr:preview-shown').map((e) => (e as PerformanceMark).detail))).not.toContainEqual({
      by: 'first-picture',
    });
    expect(problems).toEqual([]);
  });
});
