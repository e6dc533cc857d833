import type { Page } from 'playwright-core';

/** Logs in on the facilitators' login page, as a begeleider or a maker does, and waits until the login form is gone. */
export async function signIn(page: Page, baseUrl: string, account: { email: string; password: string }): Promise<void> {
  await page.goto(`${baseUrl}#/begeleider`);
  await page.getByLabel('E-mailadres').fill(account.email);
  await page.getByLabel('Wachtwoord').fill(account.password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.getByLabel('Wachtwoord').waitFor({ state: 'detached' });
}
