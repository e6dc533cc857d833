import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Controller and hand profiles the app serves itself (the app must work offline; the XR
 * library would otherwise fetch them from a CDN). Quest controllers and hands plus the generic
 * fallbacks; other headsets fall back to generic-trigger.
 */
export const XR_PROFILES = [
  'meta-quest-touch-plus',
  'meta-quest-touch-plus-v2',
  'meta-quest-touch-pro',
  'oculus-touch-v3',
  'oculus-touch-v2',
  'generic-trigger',
  'generic-trigger-squeeze-thumbstick',
  'generic-hand',
];

export function xrProfilesDir(): string {
  return join(require.resolve('@webxr-input-profiles/assets/package.json'), '..', 'dist', 'profiles');
}

export async function filteredProfilesList(): Promise<string> {
  const list = JSON.parse(await readFile(join(xrProfilesDir(), 'profilesList.json'), 'utf8')) as Record<string, unknown>;
  return JSON.stringify(Object.fromEntries(Object.entries(list).filter(([id]) => XR_PROFILES.includes(id))));
}

export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p)));
    else out.push(p);
  }
  return out;
}
