import type { Page } from 'playwright-core';
import type { PathStep } from './scenario-path.ts';

/**
 * What a candidate does in flat mode, by accessible buttons only: one step of a scenario path.
 * A feedback panel from the previous choice comes first; "Verder" closes it.
 */
export async function doStep(page: Page, s: PathStep): Promise<void> {
  if (s.kind === 'hotspot') {
    await page.getByRole('button', { name: s.label, exact: true }).click();
  } else {
    const verder = page.getByRole('button', { name: 'Verder', exact: true });
    const answer = page.getByRole('button', { name: s.kind === 'option' ? s.label : String(s.value), exact: true });
    // Wait until the feedback or the question is on screen: on a slow machine neither may be yet.
    await verder.or(answer).first().waitFor();
    if (await verder.isVisible()) await verder.click();
    await answer.click();
  }
}

/** Joins a session by its QR link and accepts the notice about what is logged. */
export async function joinAndConsent(page: Page, baseUrl: string, code: string): Promise<void> {
  await page.goto(`${baseUrl}#/join/${code}`);
  await page.getByRole('button', { name: 'Meedoen', exact: true }).click();
  await page.getByRole('button', { name: 'Ja, ga verder', exact: true }).click();
}
