import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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

async function logIn(page: Page, baseUrl: string) {
  const { email, password } = inject('facilitator');
  await page.goto(`${baseUrl}#/begeleider`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.getByRole('link', { name: 'Leerwerkplaatsen', exact: true }).waitFor();
}

describe('leerwerkplaatsprofielen kept by the teams', () => {
  it('a beheerder sends a team link, the team changes the places without login, the beheerder publishes, and the matching aid shows the new places', async () => {
    const { page, baseUrl } = await openGuardedPage(browser);
    await logIn(page, baseUrl);
    await page.getByRole('link', { name: 'Leerwerkplaatsen', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Leerwerkplaatsen');

    // A new team, filled in from one of the app's profiles as an example.
    await page.getByLabel('Naam van het team').fill('Afdeling Proef');
    await expect(page.getByLabel(/Korte naam voor het adres/).inputValue()).resolves.toBe('afdeling-proef');
    await page.getByRole('button', { name: 'Team toevoegen', exact: true }).click();
    await page.getByRole('button', { name: 'Begin met dit voorbeeld', exact: true }).click();
    // Stable and changing facts apart; every changing block says when and by whom it was checked.
    await page.getByRole('heading', { name: 'Vaste gegevens' }).waitFor();
    await page.getByRole('heading', { name: 'Wisselende gegevens' }).waitFor();
    const placements = page.locator('[data-block="placements"]');
    await expect.poll(() => placements.locator('.checked-line').innerText()).toMatch(/Laatst gecontroleerd: .+ door docent@roc-test\.nl \(0 dagen geleden\)/);
    await shot(page, 'profile-form-1280');

    // A link for the team: shown once.
    await page.getByRole('button', { name: 'Link maken', exact: true }).click();
    const link = await page.locator('input.team-link-url').inputValue();
    expect(link).toMatch(/#\/begeleider\/team\/[A-Za-z0-9_-]{43}$/);

    // The team, in another browser context, without any login.
    const team = await openGuardedPage(browser, { viewport: { width: 390, height: 844 }, touch: true });
    await team.page.goto(link);
    await team.page.getByRole('heading', { level: 1, name: 'Ons profiel: Afdeling Proef' }).waitFor();
    const rows = team.page.locator('[data-block="placements"] fieldset.placement-row');
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    await rows.nth(0).getByLabel('Plaatsen', { exact: true }).fill('9');
    await rows.nth(0).getByLabel('Vrij', { exact: true }).fill('7');
    for (let i = 1; i < count; i++) await rows.nth(i).getByLabel('Vrij', { exact: true }).fill('0');
    await team.page.getByLabel('Klopt nog').first().waitFor();
    await shot(team.page, 'team-link-390');
    await team.page.getByRole('button', { name: 'Versturen naar de beheerder', exact: true }).click();
    await expect.poll(() => team.page.getByRole('status').filter({ hasText: 'wacht op de beheerder' }).count()).toBe(1);
    // The link opens no dashboard page.
    expect(await team.page.getByRole('link', { name: 'Sessies' }).count()).toBe(0);

    // The beheerder sees the change and publishes it.
    await page.reload();
    await page.getByRole('heading', { name: 'Wijziging van het team' }).waitFor();
    await expect.poll(() => page.locator('.proposal-diff ins').innerText()).toContain('7 van 9 vrij');
    await shot(page, 'proposal-1280');
    await page.getByRole('button', { name: 'Publiceren', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Wijziging van het team' }).count()).toBe(0);

    // The matching aid of a candidate in a sollicitatie session reads the organisation's profile.
    const api = await facilitatorApi(baseUrl);
    const session = await api.createSession([DEMO], 'sollicitatie');
    const device = await openGuardedPage(browser, { viewport: { width: 390, height: 844 }, touch: true });
    await joinAndConsent(device.page, device.baseUrl, session.joinCode!);
    // The consent event reaches the server through the outbox; the participant is then known.
    await expect.poll(async () => (await api.events(session.id)).length, { timeout: 20_000 }).toBeGreaterThan(0);
    const code = (await api.events(session.id))[0]!.participantCode;
    await page.goto(`${baseUrl}#/begeleider/sessie/${session.id}/deelnemer/${code}`);
    const match = page.locator('li.match[data-profile="afdeling-proef"]');
    await expect.poll(() => match.locator('.meta').innerText(), { timeout: 20_000 }).toBe('7 plaatsen vrij');
  });

  it('a profile with old facts shows in the overview, and "nog steeds juist" clears it without changing the facts', async () => {
    const { page, baseUrl } = await openGuardedPage(browser);
    await logIn(page, baseUrl);
    await page.goto(`${baseUrl}#/begeleider/leerwerkplaatsen`);
    // A file whose changing facts were last checked long ago.
    const file = JSON.parse(readFileSync(resolve('scenes/leerwerkplaatsen/chirurgie-3b.json'), 'utf8')) as {
      id: string;
      stable: { organisation: { name: string } };
      volatile: Record<string, { reviewedAt?: string }>;
    };
    file.id = 'oud-team';
    file.stable.organisation.name = inject('facilitator').organisation;
    for (const block of Object.values(file.volatile)) block.reviewedAt = '2024-01-15';
    await page
      .getByLabel('Profielen importeren (JSON)', { exact: true })
      .setInputFiles({ name: 'oud-team.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    const row = page.locator('tr[data-profile="oud-team"]');
    await expect.poll(() => row.getAttribute('class')).toBe('stale-row');
    await expect.poll(() => row.innerText()).toContain('te oud');
    await shot(page, 'overview-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'overview-390');
    await page.setViewportSize({ width: 1280, height: 800 });
    const before = await row.locator('.block-ages').innerText();

    await row.getByRole('button', { name: /^Nog steeds juist/ }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'is vandaag gecontroleerd' }).count()).toBe(1);
    await expect.poll(() => row.getAttribute('class')).toBe(null);
    expect(await row.innerText()).not.toContain('te oud');
    expect(await row.locator('.block-ages').innerText()).not.toBe(before);

    // The facts are unchanged: the same places as the file, only the dates moved.
    const exported = await page.evaluate(async () => (await fetch('api/profiles/oud-team/file')).json());
    expect((exported as { volatile: { placements: { places: unknown } } }).volatile.placements.places).toEqual(
      (file.volatile as unknown as { placements: { places: unknown } }).placements.places,
    );
  });
});
