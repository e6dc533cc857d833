import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openGuardedPage } from './browser.ts';

/** The player on a phone in portrait (390×844, touch): the scene must stay in view. */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const nodeId = (page: Page) => page.locator('[data-node-id]').getAttribute('data-node-id');

/**
 * The share of the screen where a tap reaches the panorama: sampled on a grid, a point counts
 * when the topmost element there is the canvas (the overlay's empty parts let taps through).
 */
function visibleScene(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector('canvas');
    let hit = 0;
    let all = 0;
    for (let x = 5; x < innerWidth; x += 10)
      for (let y = 5; y < innerHeight; y += 10) {
        all++;
        if (document.elementFromPoint(x, y) === canvas) hit++;
      }
    return hit / all;
  });
}

describe('player on a phone', () => {
  it('keeps at least 60 % of the screen for the scene with a question lowered, folds captions, and fits every marker label', async () => {
    const { page, baseUrl, problems } = await openGuardedPage(browser, { viewport: { width: 390, height: 844 }, touch: true });
    await page.goto(`${baseUrl}#/play/ouderenzorg/ochtend-verpleeghuis`);
    await expect.poll(() => nodeId(page)).toBe('gang-start');

    // Every marker label on the 3D scene is drawn whole, within its canvas.
    const readLabels = () =>
      page.evaluate(() => {
        const out: { name: string; lines: string[]; widths: number[]; maxWidth: number }[] = [];
        (window as unknown as { __bbvrScene: { traverse(f: (o: { name: string; userData: Record<string, unknown> }) => void): void } }).__bbvrScene.traverse(
          (o) => {
            if (o.name.startsWith('hotspot-label:'))
              out.push({ name: o.name, ...(o.userData.label as { lines: string[]; widths: number[]; maxWidth: number }) });
          },
        );
        return out;
      });
    await expect.poll(async () => (await readLabels()).length).toBe(5);
    const labels = await readLabels();
    expect(labels.map((l) => l.lines.join(' '))).toContain('Wat doet een werkbegeleider?');
    for (const l of labels) {
      for (const w of l.widths) expect(w, l.name).toBeLessThanOrEqual(l.maxWidth);
      expect(l.lines.join(' ').includes('…'), l.name).toBe(false);
    }
    // The room's hotspots are one row (scrolls sideways), not a stack over the scene.
    const tops = await page.locator('.hotspots li').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    const inRoom = await visibleScene(page);

    // Captions fold to one line and unfold again.
    const captions = page.locator('.captions p');
    const tall = (await captions.boundingBox())!.height;
    await page.getByRole('button', { name: 'Minder tekst' }).click();
    const folded = (await captions.boundingBox())!.height;
    expect(folded).toBeLessThan(tall * 0.6);
    expect(await visibleScene(page)).toBeGreaterThan(inRoom);
    await page.getByRole('button', { name: 'Hele tekst' }).click();
    await expect.poll(async () => (await captions.boundingBox())!.height).toBeGreaterThan(folded);

    // A question comes up as a sheet; lowered, the scene is in view; raised, the answers are back.
    await page.getByRole('button', { name: 'Naar kamer 12' }).click();
    await expect.poll(() => nodeId(page)).toBe('kamer-de-vries');
    await expect.poll(() => page.locator('.options button').count()).toBeGreaterThan(1);
    const raised = await visibleScene(page);
    await page.getByRole('button', { name: 'Omlaag: kijk rond' }).click();
    expect(await page.locator('.options button').count()).toBe(0);
    const lowered = await visibleScene(page);
    console.log(
      `phone 390×844: scene visible ${(inRoom * 100).toFixed(0)} % in a room, ${(raised * 100).toFixed(0)} % with a question, ${(lowered * 100).toFixed(0)} % with it lowered`,
    );
    expect(lowered).toBeGreaterThanOrEqual(0.6);
    expect(lowered).toBeGreaterThan(raised);
    await page.getByRole('button', { name: /Omhoog/ }).click();
    await expect.poll(() => page.locator('.options button').count()).toBeGreaterThan(1);

    // Nothing of the controls sits outside the screen (under the browser's own bars).
    const outside = await page.locator('.controls button:visible').evaluateAll((els) =>
      els
        .filter((e) => {
          const r = e.getBoundingClientRect();
          const inScrollRow = e.closest('.hotspots ul, .topbar-actions') !== null;
          return r.top < 0 || r.bottom > innerHeight || (!inScrollRow && (r.left < 0 || r.right > innerWidth));
        })
        .map((e) => e.textContent),
    );
    expect(outside).toEqual([]);

    expect(problems).toEqual([]);
  });
});
