import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openGuardedPage } from './browser.ts';
import { joinAndConsent } from './candidate-steps.ts';
import { facilitatorApi } from './session-client.ts';

const DEMO = 'ouderenzorg/ochtend-verpleeghuis';
/** SHOTS=<dir>: save screenshots of the new screens there, to look at. */
const SHOTS = process.env.SHOTS;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

describe("the candidate's own answers", () => {
  it('a candidate answers the questionnaire on a phone; the gesprekskaart and the matching aid show the answers with their source', async () => {
    const device = await openGuardedPage(browser, { viewport: { width: 390, height: 844 }, touch: true });
    const d = device.page;
    const api = await facilitatorApi(device.baseUrl);
    const session = await api.createSession([DEMO], 'sollicitatie');
    expect(session.questionnaire).toBe(true);
    await joinAndConsent(d, device.baseUrl, session.joinCode!);

    await d.getByRole('heading', { name: 'Vragen over jou' }).waitFor();
    await d.getByRole('link', { name: 'Beantwoord de vragen' }).click();
    await d.getByRole('heading', { level: 1, name: 'Hoe leer jij het liefst?' }).waitFor();
    await shot(d, 'questionnaire-390');
    // One-choice questions answer with one tap; the big buttons fill the phone's width.
    const option = d.getByRole('button', { name: 'Ik kijk eerst hoe een ander het doet' });
    const box = (await option.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(56);
    expect(box.width).toBeGreaterThan(300);
    await option.tap();
    await d.getByRole('button', { name: 'Werken en leren, met salaris (BBL)' }).tap();
    await d.getByRole('button', { name: 'Niveau 3, zoals Verzorgende IG' }).tap();
    // Up to three choices, then "Volgende".
    await d.getByRole('heading', { level: 1, name: 'Welk werk lijkt jou leuk?' }).waitFor();
    await d.getByRole('button', { name: 'Mensen helpen met wassen, aankleden en eten' }).tap();
    await d.getByRole('button', { name: 'Samen met collega’s werken' }).tap();
    await d.getByRole('button', { name: 'Volgende' }).tap();
    await d.getByRole('button', { name: 'Ouderen', exact: true }).tap();
    await d.getByRole('button', { name: 'Volgende' }).tap();
    await d.getByRole('heading', { name: 'Dank je! Je antwoorden zijn bewaard.' }).waitFor();
    await d.getByRole('button', { name: 'Terug naar de situaties' }).tap();
    await expect.poll(() => d.locator('[data-sync]').getAttribute('data-sync'), { timeout: 20_000 }).toBe('ok');

    // Every answer is an event, through the outbox, once.
    const answered = async () => (await api.events(session.id)).filter((e) => e.body.type === 'questionnaire-answered').length;
    await expect.poll(answered, { timeout: 20_000 }).toBe(5);
    const events = await api.events(session.id);
    const answers = events.filter((e) => e.body.type === 'questionnaire-answered');
    expect(answers.map((e) => (e.body as { questionId: string }).questionId)).toEqual(['leervoorkeur', 'leerweg', 'niveau', 'werk', 'doelgroep']);
    const code = events[0]!.participantCode;

    const facilitator = await openGuardedPage(browser, { viewport: { width: 1280, height: 800 } });
    const [name, value] = api.cookie.split('=') as [string, string];
    await facilitator.context.addCookies([{ name, value, url: facilitator.baseUrl }]);
    const page = facilitator.page;
    await page.goto(`${facilitator.baseUrl}#/begeleider/sessie/${session.id}/deelnemer/${code}`);
    await expect.poll(() => page.locator('[data-own-answer="leerweg"]').innerText(), { timeout: 20_000 }).toContain('Werken en leren, met salaris (BBL)');
    expect(await page.locator('[data-own-answer="leervoorkeur"]').innerText()).toContain('Ik kijk eerst hoe een ander het doet');
    expect(await page.locator('[data-own-answer="werk"]').innerText()).toContain('Samen met collega’s werken');

    // The matching aid uses the answers where the facilitator left the form empty, and says so.
    const candidateSourced = page.locator('.match [data-sources~="candidate"]');
    await expect.poll(() => candidateSourced.count()).toBeGreaterThan(0);
    expect(await candidateSourced.first().innerText()).toContain('de kandidaat zelf');
    await shot(page, 'gesprekskaart-own-answers-1280');

    // The facilitator's entry wins: with the form's leerweg set, that criterion's source is the facilitator.
    await page.getByLabel('Leerweg').selectOption('BOL');
    await expect.poll(() => page.locator('.match').first().locator('[data-sources~="facilitator"]').count()).toBeGreaterThan(0);

    // Switched off per session: the device no longer offers it.
    await page.goto(`${facilitator.baseUrl}#/begeleider/sessie/${session.id}`);
    await page.getByRole('button', { name: 'Vragen aan de kandidaat uitzetten' }).click();
    await expect.poll(() => page.locator('[data-questionnaire]').getAttribute('data-questionnaire')).toBe('off');
    await d.reload();
    await d.getByRole('heading', { level: 1, name: 'Kies een situatie' }).waitFor();
    await expect.poll(() => d.getByRole('heading', { name: 'Vragen over jou' }).count()).toBe(0);
  });
});
