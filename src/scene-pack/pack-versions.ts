import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Scenario } from '../core/scenario-schema.ts';
import { readPackJson } from './pack-json.ts';

/**
 * Published versions of a scenario, kept beside it: `<scenario folder>/versions/<version>.json`,
 * each a whole scenario.json whose media paths are relative to the scenario folder (so all
 * versions share its media/). Written once and never changed (a session keeps playing the version
 * it started with), so each file is read once per process.
 */
export const VERSIONS_FOLDER = 'versions';
const VERSION_FILE = /^(\d+\.\d+\.\d+)\.json$/;

const parsed = new Map<string, Scenario>();

export function versionFile(version: string): string {
  return `${VERSIONS_FOLDER}/${version}.json`;
}

/** The versions stored beside a scenario folder, by version; files that do not parse are left out (and warned about). */
export async function readScenarioVersions(folder: string, warn: (msg: string) => void): Promise<Map<string, Scenario>> {
  const out = new Map<string, Scenario>();
  for (const name of (await readdir(join(folder, VERSIONS_FOLDER)).catch(() => [])).sort()) {
    const version = VERSION_FILE.exec(name)?.[1];
    if (!version) continue;
    const abs = join(folder, VERSIONS_FOLDER, name);
    let scenario = parsed.get(abs);
    if (!scenario) {
      const json = await readPackJson(abs);
      const result = json.ok ? Scenario.safeParse(json.value) : undefined;
      if (!result?.success || result.data.version !== version) {
        warn(`scenes: ${abs} is not version ${version} of a valid scenario; left out.`);
        continue;
      }
      scenario = result.data;
      parsed.set(abs, scenario);
    }
    out.set(version, scenario);
  }
  return out;
}
