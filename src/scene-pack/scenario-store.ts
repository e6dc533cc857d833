import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Catalog } from '../core/scenario-catalog.ts';
import { Leerwerkplaats } from '../core/leerwerkplaats-schema.ts';
import { Scenario } from '../core/scenario-schema.ts';
import { buildCatalog } from './build-catalog.ts';
import { findProfileFiles, PROFILE_FOLDER } from './leerwerkplaats-files.ts';

/**
 * The scene pack as the server sees it: the catalog (to check what a session may offer) and the
 * scenarios themselves (for exports). Read from disk with a short cache, so a content edit shows
 * without a restart.
 */
export class ScenarioStore {
  private catalog: { at: number; value: Promise<Catalog> } | undefined;
  constructor(
    private readonly scenesDir: string,
    private readonly maxAgeMs = 10_000,
  ) {}

  getCatalog(): Promise<Catalog> {
    const now = Date.now();
    if (!this.catalog || now - this.catalog.at > this.maxAgeMs) this.catalog = { at: now, value: buildCatalog(this.scenesDir, () => {}) };
    return this.catalog.value;
  }

  async paths(): Promise<Set<string>> {
    return new Set((await this.getCatalog()).scenarios.map((s) => s.path));
  }

  /** Scenarios by catalog path; ones that are gone or broken are left out (exports then use ids only). */
  async load(paths: Iterable<string>): Promise<Map<string, Scenario>> {
    const known = await this.paths();
    const out = new Map<string, Scenario>();
    for (const path of paths) {
      if (!known.has(path)) continue;
      const parsed = Scenario.safeParse(JSON.parse(await readFile(join(this.scenesDir, path, 'scenario.json'), 'utf8')));
      if (parsed.success) out.set(path, parsed.data);
    }
    return out;
  }

  /** The leerwerkplaatsprofielen that parse (the checker reports the others). */
  async profiles(): Promise<Leerwerkplaats[]> {
    const out: Leerwerkplaats[] = [];
    const dir = join(this.scenesDir, PROFILE_FOLDER);
    for (const file of await findProfileFiles([dir]).catch(() => [])) {
      try {
        const parsed = Leerwerkplaats.safeParse(JSON.parse(await readFile(file, 'utf8')));
        if (parsed.success) out.push(parsed.data);
      } catch {
        // Not JSON: left out, as in the catalog.
      }
    }
    return out;
  }
}
