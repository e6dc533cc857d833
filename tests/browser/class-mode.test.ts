import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openGuardedPage, type GuardedPage } from './browser.ts';
import { joinAndConsent } from './candidate-steps.ts';
import { facilitatorApi } from './session-client.ts';

const DEMO = 'ouderenzorg/ochtend-verpleeghuis';
const TITLE = 'Een ochtend in het verpleeghuis';
/** A scene with a choice question: "volg mij" takes the class there and everyone answers. */
const TARGET = 'kamer-de-vries';
const TARGET_TITLE_PART = 'De Vries';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function joinAsStudent(code: string): Promise<GuardedPage> {
  const student = await openGuardedPage(browser, { viewport: { width: 800, height: 600 } });
  await joinAndConsent(student.page, student.baseUrl, code);
  await student.page.getByRole('link', { name: `Start: ${TITLE}` }).click();
  await expect.poll(() => student.page.locator('[data-node-id]').getAttribute('data-node-id'), { timeout: 30_000 }).not.toBeNull();
  return student;
}

const nodeOf = (p: Page) => p.locator('[data-node-id]').getAttribute('data-node-id');

describe('werkveldoriëntatie class mode', () => {
  it('volg mij moves three students, the class view counts their answers, pause blanks every screen', async () => {
    const docent = await openGuardedPage(browser, { viewport: { width: 1400, height: 900 } });
    const api = await facilitatorApi(docent.baseUrl);
    const session = await api.createSession([DEMO], 'werkveldorientatie');
    const [name, value] = api.cookie.split('=') as [string, string];
    await docent.context.addCookies([{ name, value, url: docent.baseUrl }]);

    const students: GuardedPage[] = [];
    for (let i = 0; i < 3; i++) students.push(await joinAsStudent(session.joinCode!));

    await docent.page.goto(`${docent.baseUrl}#/begeleider/sessie/${session.id}/klas`);
    const scene = docent.page.getByLabel('Scène');
    await expect.poll(() => scene.count(), { timeout: 20_000 }).toBe(1);
    await scene.selectOption(TARGET);
    await docent.page.getByRole('button', { name: /Volg mij/ }).click();
    for (const s of students) await expect.poll(() => nodeOf(s.page), { timeout: 15_000 }).toBe(TARGET);
    await expect.poll(() => docent.page.getByRole('status').filter({ hasText: TARGET_TITLE_PART }).count()).toBeGreaterThan(0);

    // The class view on the classroom screen (another window of the docent).
    const projector = await docent.context.newPage();
    await projector.goto(`${docent.baseUrl}#/begeleider/sessie/${session.id}/klas/scherm`);
    const count = (option: string) => projector.locator(`[data-question="uitslapen"] tr[data-option="${option}"]`).getAttribute('data-count');
    await expect.poll(() => count('laten-liggen'), { timeout: 20_000 }).toBe('0');

    // Two students let her sleep, one keeps to the planning.
    const choices = [
      'Ik laat haar nog even liggen en kom om negen uur terug.',
      'Ik laat haar nog even liggen en kom om negen uur terug.',
      'Ik houd me aan de planning en help haar nu.',
    ];
    for (const [i, s] of students.entries()) await s.page.getByRole('button', { name: choices[i]!, exact: true }).click();
    await expect.poll(() => count('laten-liggen'), { timeout: 15_000 }).toBe('2');
    await expect.poll(() => count('volgens-planning'), { timeout: 15_000 }).toBe('1');
    // Anonymous: no participant code on the class view.
    expect(await projector.locator('body').innerText()).not.toMatch(/P-[A-Z0-9]{4}/);

    await docent.page.getByRole('button', { name: 'Pauzeer alle schermen' }).click();
    for (const s of students) await expect.poll(() => s.page.locator('[data-class-blank="true"]').isVisible(), { timeout: 15_000 }).toBe(true);
    await docent.page.getByRole('button', { name: 'Schermen weer aan' }).click();
    for (const s of students) await expect.poll(() => s.page.locator('[data-class-blank="true"]').count(), { timeout: 15_000 }).toBe(0);

    for (const g of [docent, ...students]) expect(g.problems).toEqual([]);
  });
});
