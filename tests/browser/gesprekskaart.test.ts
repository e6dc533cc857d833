import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/scenario-schema.ts';
import { launch, openGuardedPage } from './browser.ts';
import { doStep, joinAndConsent } from './candidate-steps.ts';
import { pathToEnding, readScenario, type PathStep } from './scenario-path.ts';
import { facilitatorApi } from './session-client.ts';

const DEMO = 'ouderenzorg/ochtend-verpleeghuis';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

function optionOf(scenario: Scenario, questionId: string, optionId: string) {
  for (const n of scenario.nodes) {
    for (const q of [n.question, ...n.hotspots.map((h) => (h.kind === 'question' ? h.question : undefined))]) {
      if (q?.id === questionId && q.kind !== 'scale') return q.options.find((o) => o.id === optionId)!;
    }
  }
  throw new Error(`no option ${questionId}/${optionId}`);
}

/** PDF pages, counted from the page objects (Chromium writes one /Type /Page per page). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;

describe('gesprekskaart', () => {
  it('holds the talking points of the chosen options and the reflection answers, keeps notes, and prints on at most two A4 pages', async () => {
    const scenario = await readScenario(resolve('scenes', DEMO));
    const path = pathToEnding(scenario);
    const device = await openGuardedPage(browser);
    const api = await facilitatorApi(device.baseUrl);
    const session = await api.createSession([DEMO], 'intake');

    await joinAndConsent(device.page, device.baseUrl, session.joinCode!);
    await device.page.getByRole('link', { name: `Start: ${scenario.title.nl}` }).click();
    const nodeId = () => device.page.locator('[data-node-id]').getAttribute('data-node-id');
    await expect.poll(nodeId, { timeout: 30_000 }).toBe(scenario.startNode);
    for (const s of path) {
      await doStep(device.page, s);
      await expect.poll(nodeId).toBe(s.expectNode);
    }
    await device.page.getByRole('button', { name: 'Afronden', exact: true }).click();
    await expect.poll(() => device.page.locator('[data-sync]').getAttribute('data-sync'), { timeout: 20_000 }).toBe('ok');
    const code = (await device.page.locator('body').innerText()).match(/P-[A-Z0-9]{4}/)?.[0] ?? (await api.events(session.id))[0]!.participantCode;

    const facilitator = await openGuardedPage(browser, { viewport: { width: 1200, height: 900 } });
    const [name, value] = api.cookie.split('=') as [string, string];
    await facilitator.context.addCookies([{ name, value, url: facilitator.baseUrl }]);
    const page = facilitator.page;
    await page.goto(`${facilitator.baseUrl}#/begeleider/sessie/${session.id}/deelnemer/${code}`);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: `Gesprekskaart ${code}` }).count(), { timeout: 20_000 }).toBe(1);

    // Every choice with its talking point, as a question to ask.
    for (const s of path.filter((p): p is Extract<PathStep, { kind: 'option' }> => p.kind === 'option')) {
      const option = optionOf(scenario, s.questionId, s.optionId);
      const item = page.locator(`[data-choice="${s.optionId}"], [data-reflection="${s.questionId}"]`).first();
      await expect.poll(() => item.innerText(), { timeout: 15_000 }).toContain(option.talkingPoint.nl.slice(0, 40));
    }
    // The reflection answers: an option and a scale value.
    expect(await page.locator('[data-reflection="welk-moment"]').innerText()).toContain(optionOf(scenario, 'welk-moment', 'contact-mevrouw').label.nl);
    expect(await page.locator('[data-reflection="zou-jij-dit-doen"]').innerText()).toContain('1 van 5');
    // Descriptive only.
    const disclaimer = await page.getByRole('note').innerText();
    expect(disclaimer).toContain('input voor een gesprek');
    const text = (await page.locator('article').innerText()).replace(disclaimer, '');
    expect(text.toLowerCase()).not.toMatch(/\bscore\b|geslaagd|gezakt|\d+\s*punten/);

    // Notes and a proposed team are kept with the session.
    await page.getByRole('textbox', { name: 'Eigen aantekeningen' }).fill('Stelde goede vragen over tillen.');
    await page.getByLabel('Leerweg').selectOption('BBL');
    await page.getByLabel('Niveau').selectOption('3');
    const firstTeam = page.locator('.match').first();
    await firstTeam.getByRole('button', { name: 'Dit team voorstellen' }).click();
    await page.getByRole('textbox', { name: 'Waarom dit team?' }).fill('Plaats vrij, werkt met kunst afkijken.');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Opgeslagen' }).count()).toBe(1);
    await page.reload();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Eigen aantekeningen' }).inputValue(), { timeout: 15_000 })
      .toBe('Stelde goede vragen over tillen.');
    const proposed = await firstTeam.getAttribute('data-profile');
    await expect.poll(() => page.locator('[data-proposal]').getAttribute('data-proposal')).toBe(proposed);

    // The print view: the card and the notes, no buttons; one or two A4 pages.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print / PDF' }).isVisible()).toBe(false);
    expect(await page.locator('.print-only').first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);

    for (const g of [device, facilitator]) expect(g.problems).toEqual([]);
  });
});
