import { existsSync } from 'node:fs';

/** The system Chromium (never a test tool's own download): CHROMIUM_PATH or /usr/bin/chromium. */
export function chromiumPath(): string {
  const p = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(p)) throw new Error(`Chromium not found at ${p}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  return p;
}
