import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { inject, onTestFinished } from 'vitest';

import { launchChromium } from '../../src/tools/chromium-path.ts';

export const launch = launchChromium;

export interface GuardedPage {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  /** Page errors and requests to other hosts seen so far; a test asserts this is empty. */
  problems: string[];
}

/**
 * A page that records every page error, console error and request to a host other than the
 * app's own (the app must work offline: no CDN, no fonts, no profiles from elsewhere).
 * Foreign requests are aborted so they can't succeed by accident.
 */
export async function openGuardedPage(
  browser: Browser,
  opts: { viewport?: { width: number; height: number }; pack?: 'demo' | 'fixture'; touch?: boolean } = {},
): Promise<GuardedPage> {
  const baseUrl = inject(opts.pack === 'fixture' ? 'fixtureUrl' : 'baseUrl');
  const origin = new URL(baseUrl).origin;
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    ...(opts.touch ? { hasTouch: true, isMobile: true } : {}),
  });
  // Close it when the test ends: open pages keep rendering and slow the next test down.
  onTestFinished(() => context.close());
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
    problems.push(`request to another host: ${url}`);
    return route.abort();
  });
  return { page, context, baseUrl, problems };
}

/** Mean brightness (0–255) of a screenshot: tells a drawn panorama from a black or empty canvas. */
export async function meanBrightness(png: Buffer): Promise<number> {
  const { channels } = await sharp(png).stats();
  const rgb = channels.slice(0, 3);
  return rgb.reduce((a, c) => a + c.mean, 0) / rgb.length;
}
