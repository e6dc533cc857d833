import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openGuardedPage } from './browser.ts';

/** Player features on a small fixture pack with solid-colour scenes, so colours prove what is shown. */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(): Promise<{ page: Page; problems: string[] }> {
  const { page, baseUrl, problems } = await openGuardedPage(browser, { pack: 'fixture' });
  await page.goto(`${baseUrl}#/play/ouderenzorg/speler-test`);
  await expect.poll(() => nodeId(page)).toBe('start');
  // The controls show before the 3D canvas has drawn; until then the first picture's canvas
  // (app/first-picture.ts) lies over it.
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('bbvr:scene-visible').length)).toBeGreaterThan(0);
  await expect.poll(() => page.locator('canvas.first-picture').count()).toBe(0);
  return { page, problems };
}
const nodeId = (page: Page) => page.locator('[data-node-id]').getAttribute('data-node-id');

/** Mean colour of the middle of the canvas (away from the overlay controls). */
async function centreColour(page: Page): Promise<{ r: number; g: number; b: number }> {
  const box = (await page.locator('canvas').boundingBox())!;
  const png = await page.screenshot({ clip: { x: box.x + box.width * 0.35, y: box.y + box.height * 0.3, width: box.width * 0.3, height: box.height * 0.15 } });
  const { channels } = await sharp(png).stats();
  return { r: channels[0]!.mean, g: channels[1]!.mean, b: channels[2]!.mean };
}

describe('player features', () => {
  it('a timer takes its default branch, and pausing stops the clock', async () => {
    const { page, problems } = await open();
    await page.getByRole('button', { name: 'Naar de timer', exact: true }).click();
    await expect.poll(() => nodeId(page)).toBe('timer');
    await expect.poll(() => page.getByRole('timer').textContent()).toContain('seconden');
    // Pause: the 2-second timer must not fire while paused.
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Pauze' }).click();
    await page.waitForTimeout(3000);
    expect(await nodeId(page)).toBe('timer');
    await page.getByRole('button', { name: 'Verder spelen' }).first().click();
    await expect.poll(() => nodeId(page), { timeout: 5000 }).toBe('einde');
    expect(problems).toEqual([]);
  });

  it('back returns to the previous node; language switch changes scenario text', async () => {
    const { page, problems } = await open();
    await page.getByRole('button', { name: 'Naar stereo', exact: true }).click();
    await expect.poll(() => nodeId(page)).toBe('stereo');
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Terug', exact: true }).first().click();
    await expect.poll(() => nodeId(page)).toBe('start');
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'To the timer', exact: true }).count()).toBe(1);
    await expect.poll(() => page.locator('.captions').textContent()).toContain('Welcome to the test.');
    expect(problems).toEqual([]);
  });

  it('shows the top (left-eye) half of a top-bottom stereo image in flat mode', async () => {
    const { page, problems } = await open();
    await page.getByRole('button', { name: 'Naar stereo', exact: true }).click();
    await expect.poll(() => nodeId(page)).toBe('stereo');
    // Orange (240,150,0) from the top half, not cyan (0,200,220) from the bottom half.
    await expect.poll(async () => (await centreColour(page)).r, { timeout: 10_000 }).toBeGreaterThan(180);
    const c = await centreColour(page);
    expect(c.b).toBeLessThan(80);
    expect(problems).toEqual([]);
  });

  it('plays a 360° video node on the panorama and can pause it', async () => {
    const { page, problems } = await open();
    await page.getByRole('button', { name: 'Naar video', exact: true }).click();
    await expect.poll(() => nodeId(page)).toBe('video');
    // Magenta video frames (224,32,224) replace the grey preview.
    await expect.poll(async () => (await centreColour(page)).r - (await centreColour(page)).g, { timeout: 15_000 }).toBeGreaterThan(100);
    await page.getByRole('button', { name: 'Video pauzeren' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Video afspelen' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Verder naar het einde', exact: true }).click();
    await expect.poll(() => nodeId(page)).toBe('einde');
    expect(problems).toEqual([]);
  });

  it('plays the narration audio with the captions, and pausing stops it', async () => {
    const { page, problems } = await open();
    const audio = page.locator('audio[data-narration]');
    await expect.poll(() => audio.getAttribute('src')).toMatch(/media\/welkom\.mp3$/);
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => !a.paused && a.currentTime > 0), { timeout: 10_000 }).toBe(true);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Pauze' }).click();
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.paused)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('shows an arrow to the nearest unopened hotspot only when none is in view', async () => {
    const { page, problems } = await open();
    const arrowVisible = () =>
      page.evaluate(() => {
        const scene = (window as unknown as { __bbvrScene: import('three').Scene }).__bbvrScene;
        return scene.getObjectByName('offscreen-arrow')!.children[0]!.visible;
      });
    await page.waitForTimeout(800);
    expect(await arrowVisible()).toBe(false); // "Naar stereo" is straight ahead
    for (let i = 0; i < 18; i++) await page.locator('body').press('ArrowRight'); // turn around
    await expect.poll(arrowVisible).toBe(true);
    for (let i = 0; i < 18; i++) await page.locator('body').press('ArrowLeft');
    await expect.poll(arrowVisible).toBe(false);
    expect(problems).toEqual([]);
  });

  it('arrow keys turn the view (the hotspot straight ahead moves off centre)', async () => {
    const { page, problems } = await open();
    await page.waitForTimeout(800);
    const before = await page.locator('canvas').screenshot();
    await page.locator('body').press('ArrowRight');
    await page.locator('body').press('ArrowRight');
    await page.locator('body').press('ArrowRight');
    await page.waitForTimeout(300);
    const after = await page.locator('canvas').screenshot();
    expect(Buffer.compare(before, after)).not.toBe(0);
    expect(problems).toEqual([]);
  });
});
