import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Catalog } from '../core/scenario-catalog.ts';
import { Leerwerkplaats } from '../core/leerwerkplaats-schema.ts';
import { Scenario } from '../core/scenario-schema.ts';
import { buildCatalog } from '../tools/build-catalog.ts';
import { findProfileFiles, PROFILE_FOLDER } from '../tools/leerwerkplaats-files.ts';

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

  /**
   * The node ids of one scenario (empty when it is gone or broken), cached as long as the catalog:
   * devices send gaze every 2 s, and each batch is checked against these.
   */
  nodeIds(path: string): Promise<ReadonlySet<string>> {
    const catalog = this.getCatalog();
    if (this.nodes?.catalog !== catalog) this.nodes = { catalog, byPath: new Map() };
    let ids = this.nodes.byPath.get(path);
    if (!ids) {
      ids = this.load([path]).then((m) => new Set(m.get(path)?.nodes.map((n) => n.id) ?? []));
      this.nodes.byPath.set(path, ids);
    }
    return ids;
  }
  private nodes: { catalog: Promise<Catalog>; byPath: Map<string, Promise<ReadonlySet<string>>> } | undefined;

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
