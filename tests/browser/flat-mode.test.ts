import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, meanBrightness, openGuardedPage } from './browser.ts';
import { pathToEnding, readScenario } from './scenario-path.ts';

const DEMO = 'ouderenzorg/ochtend-verpleeghuis';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('flat mode (no headset)', () => {
  it('plays the demo scenario from start to an ending with accessible buttons only', async () => {
    const scenario = await readScenario(resolve(process.env.SCENES_DIR ?? 'scenes', DEMO));
    const path = pathToEnding(scenario);
    expect(path.length).toBeGreaterThan(1);
    const { page, baseUrl, problems } = await openGuardedPage(browser);
    await page.goto(baseUrl);

    // Start screen: grouped by zorgcategorie, scenario listed with a start link.
    await expect.poll(() => page.getByRole('heading', { name: 'Ouderenzorg (verpleeghuis)' }).count()).toBe(1);
    await page.getByRole('link', { name: `Start: ${scenario.title.nl}` }).click();

    const nodeId = () => page.locator('[data-node-id]').getAttribute('data-node-id');
    await expect.poll(nodeId).toBe(scenario.startNode);

    for (const s of path) {
      if (s.kind === 'hotspot') {
        await page.getByRole('button', { name: s.label, exact: true }).click();
      } else {
        // A feedback panel from the previous choice comes first; "Verder" closes it.
        const verder = page.getByRole('button', { name: 'Verder', exact: true });
        if (await verder.isVisible()) await verder.click();
        const name = s.kind === 'option' ? s.label : String(s.value);
        await page.getByRole('button', { name, exact: true }).click();
      }
      await expect.poll(nodeId, { message: `after ${JSON.stringify(s)}` }).toBe(s.expectNode);
    }

    const verder = page.getByRole('button', { name: 'Verder', exact: true });
    if (await verder.isVisible()) await verder.click();
    await page.getByRole('button', { name: 'Afronden', exact: true }).click();
    await expect.poll(() => page.locator('[data-status]').getAttribute('data-status')).toBe('completed');
    await expect.poll(() => page.getByRole('heading', { name: 'Klaar!' }).count()).toBe(1);

    // The canvas really drew the panorama (not a blank or black frame).
    const lit = await meanBrightness(await page.locator('canvas').screenshot());
    expect(lit).toBeGreaterThan(20);

    // The texture cache stays bounded and the panorama shown is resident.
    const stats = await page.evaluate(() => (window as unknown as { __bbvrTextures: { stats: { resident: number; loads: number } } }).__bbvrTextures.stats);
    expect(stats.loads).toBeGreaterThan(path.length);
    expect(stats.resident).toBeGreaterThan(0);
    expect(stats.resident).toBeLessThanOrEqual(12);
    expect(problems).toEqual([]);
  });

  it('switches the interface to English and back', async () => {
    const { page, baseUrl, problems } = await openGuardedPage(browser);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Choose a situation' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Kies een situatie' }).count()).toBe(1);
    expect(problems).toEqual([]);
  });
});
