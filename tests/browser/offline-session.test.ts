import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openGuardedPage } from './browser.ts';
import { doStep } from './candidate-steps.ts';
import { pathToEnding, readScenario } from './scenario-path.ts';
import { facilitatorApi } from './session-client.ts';

const DEMO = 'ouderenzorg/ochtend-verpleeghuis';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('a session on a device that goes offline', () => {
  it('plays to the end offline, survives reloads, and every event reaches the server exactly once, gapless', async () => {
    const scenario = await readScenario(resolve('scenes', DEMO));
    const path = pathToEnding(scenario);
    const { page, context, baseUrl, problems } = await openGuardedPage(browser);
    const api = await facilitatorApi(baseUrl);
    const session = await api.createSession([DEMO]);

    // Join from the QR link: the code is filled in.
    await page.goto(`${baseUrl}#/join/${session.joinCode}`);
    await page.getByRole('button', { name: 'Meedoen', exact: true }).click();
    // The notice comes before anything is logged.
    await expect.poll(() => page.getByRole('heading', { name: 'Wat we bewaren' }).count()).toBe(1);
    await expect.poll(async () => (await api.events(session.id)).length).toBe(0);
    await page.getByRole('button', { name: 'Ja, ga verder', exact: true }).click();
    await expect.poll(() => page.locator('[data-sync]').getAttribute('data-sync'), { timeout: 15_000 }).toBe('ok');
    await expect.poll(async () => (await api.events(session.id)).map((e) => e.body.type)).toEqual(['consent-given']);
    // The offline shell is in place before the network goes.
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 }).toBe(true);

    // Load the player once online (so its code is cached), then lose the network.
    await page.getByRole('link', { name: `Start: ${scenario.title.nl}` }).click();
    const nodeId = () => page.locator('[data-node-id]').getAttribute('data-node-id');
    await expect.poll(nodeId).toBe(scenario.startNode);
    // Live while online: the start reaches the server at once.
    await expect
      .poll(async () => (await api.events(session.id)).map((e) => e.body.type), { timeout: 15_000 })
      .toEqual(['consent-given', 'started', 'scene-entered']);
    // Every scene's images are cached for offline use while the network is there.
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.offlineReady), { timeout: 30_000 }).toBe(DEMO);
    await context.setOffline(true);

    const half = Math.floor(path.length / 2);
    for (const s of path.slice(0, half)) {
      await doStep(page, s);
      await expect.poll(nodeId).toBe(s.expectNode);
    }
    // Reload in the middle, offline: the same node, rebuilt from the device's log.
    await page.reload();
    await expect.poll(nodeId, { timeout: 30_000 }).toBe(path[half - 1]!.expectNode);
    for (const s of path.slice(half)) {
      await doStep(page, s);
      await expect.poll(nodeId).toBe(s.expectNode);
    }
    const verder = page.getByRole('button', { name: 'Verder', exact: true });
    if (await verder.isVisible()) await verder.click();
    await page.getByRole('button', { name: 'Afronden', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Klaar!' }).count()).toBe(1);

    // Reload after the end, still offline: the ending stays, nothing is logged twice.
    await page.reload();
    await expect.poll(() => page.locator('[data-status]').getAttribute('data-status'), { timeout: 30_000 }).toBe('completed');
    const pending = Number(await page.locator('[data-pending]').getAttribute('data-pending'));
    expect(pending).toBeGreaterThan(path.length);
    // Nothing got through while offline.
    expect((await api.events(session.id)).length).toBe(3);

    // Back online: everything arrives.
    await context.setOffline(false);
    await expect.poll(() => page.locator('[data-sync]').getAttribute('data-sync'), { timeout: 30_000 }).toBe('ok');
    const events = await api.events(session.id);
    expect(events.length).toBe(pending + 3);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
    const types = events.map((e) => e.body.type);
    expect(types.filter((t) => t === 'started')).toHaveLength(1);
    expect(types.filter((t) => t === 'completed')).toHaveLength(1);
    expect(types.filter((t) => t === 'aborted')).toHaveLength(0);
    // One scene entry for the start node and one per move: the reloads added none.
    expect(types.filter((t) => t === 'scene-entered')).toHaveLength(path.length + 1);
    const answers = events.filter((e) => e.body.type === 'question-answered' || e.body.type === 'reflection-answered');
    expect(answers).toHaveLength(path.filter((s) => s.kind !== 'hotspot').length);
    // The offline shell kept the app and the scenes, and no answer of the API in any cache.
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(new URL(r.url).pathname);
      return urls;
    });
    expect(cached).toContain('/index.html');
    expect(cached).toContain(`/scenes/${DEMO}/scenario.json`);
    expect(cached.filter((u) => u.startsWith('/api/'))).toEqual([]);
    // Failed loads while offline are expected in the console (the browser logs them); nothing else.
    expect(problems.filter((p) => !/^console error: Failed to load resource: net::ERR_(INTERNET_DISCONNECTED|FAILED)$/.test(p))).toEqual([]);
  });
});
