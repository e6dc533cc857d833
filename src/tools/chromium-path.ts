import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** The system Chromium (never a test tool's own download): CHROMIUM_PATH or /usr/bin/chromium. */
export function chromiumPath(): string {
  const p = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(p)) throw new Error(`Chromium not found at ${p}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  return p;
}

/** Headless system Chromium for the browser tests and the screenshot tool: WebGL in software, nothing fetched from elsewhere. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--ignore-gpu-blocklist',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // Narration starts on a node without a tap (a person has tapped "Start" first).
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
}
