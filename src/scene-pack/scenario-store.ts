import { join } from 'node:path';
import type { Catalog } from '../core/scenario-catalog.ts';
import type { Leerwerkplaats } from '../core/leerwerkplaats-schema.ts';
import type { Scenario } from '../core/scenario-schema.ts';
import { findProfileFiles, PROFILE_FOLDER } from './leerwerkplaats-files.ts';
import { readPackJson } from './pack-json.ts';
import { readPackRoots, readPackSnapshot, type PackSnapshot } from './pack-snapshot.ts';
import { readLeerwerkplaats } from '../core/read-leerwerkplaats.ts';
import { versionKey } from '../core/logged-content.ts';

/**
 * The scene pack as the server (and the dev server) sees it: the catalog (to check what a
 * session may offer), the scenarios themselves (for exports) and the files devices may fetch.
 * Read from disk with a short cache, so a content edit shows without a restart, and a page
 * full of media requests does not read every scenario again for each one.
 */
export class ScenarioStore {
  private snapshot: { at: number; value: Promise<PackSnapshot> } | undefined;
  private readonly roots: readonly string[];
  /** The built-in pack (profiles live there); with it, more pack roots (published scenarios) to read as one. */
  private readonly scenesDir: string;
  constructor(
    scenesDir: string | readonly string[],
    private readonly maxAgeMs = 10_000,
    private readonly warn: (msg: string) => void = () => {},
  ) {
    this.roots = typeof scenesDir === 'string' ? [scenesDir] : scenesDir;
    this.scenesDir = this.roots[0]!;
  }

  /** Read again at the next request (after a publish or rollback, so it shows at once). */
  invalidate(): void {
    this.snapshot = undefined;
  }

  getSnapshot(): Promise<PackSnapshot> {
    const now = Date.now();
    if (!this.snapshot || now - this.snapshot.at > this.maxAgeMs) {
      const value = this.roots.length === 1 ? readPackSnapshot(this.scenesDir, this.warn) : readPackRoots(this.roots, this.warn);
      const entry = { at: now, value };
      this.snapshot = entry;
      // A failed read (the folder is being replaced, say) is not kept for the whole cache time.
      value.catch(() => {
        if (this.snapshot === entry) this.snapshot = undefined;
      });
    }
    return this.snapshot.value;
  }

  async getCatalog(): Promise<Catalog> {
    return (await this.getSnapshot()).catalog;
  }

  async paths(): Promise<Set<string>> {
    return new Set((await this.getSnapshot()).scenarios.keys());
  }

  /** Scenarios by catalog path; ones that are gone or broken are left out (exports then use ids only). */
  async load(paths: Iterable<string>): Promise<Map<string, Scenario>> {
    const { scenarios } = await this.getSnapshot();
    const out = new Map<string, Scenario>();
    for (const path of paths) {
      const scenario = scenarios.get(path);
      if (scenario) out.set(path, scenario);
    }
    return out;
  }

  /**
   * The node ids of one scenario (empty when it is gone or broken), kept as long as the snapshot:
   * devices send gaze every 2 s, and each batch is checked against these.
   */
  async nodeIds(path: string): Promise<ReadonlySet<string>> {
    const snapshot = await this.getSnapshot();
    if (this.nodes?.snapshot !== snapshot) this.nodes = { snapshot, byPath: new Map() };
    let ids = this.nodes.byPath.get(path);
    if (!ids) {
      ids = new Set(snapshot.scenarios.get(path)?.nodes.map((n) => n.id) ?? []);
      this.nodes.byPath.set(path, ids);
    }
    return ids;
  }
  private nodes: { snapshot: PackSnapshot; byPath: Map<string, ReadonlySet<string>> } | undefined;

  /**
   * Scenarios as played at a version, keyed `versionKey(path, version)` (core/logged-content.ts):
   * published versions kept beside the scenario, or the current file when it has that version.
   * Ones that are not there are left out (exports then fall back to the current scenario).
   */
  async loadVersions(refs: Iterable<{ path: string; version: string }>): Promise<Map<string, Scenario>> {
    const { scenarios, versions } = await this.getSnapshot();
    const out = new Map<string, Scenario>();
    for (const { path, version } of refs) {
      const scenario = versions.get(path)?.get(version) ?? (scenarios.get(path)?.version === version ? scenarios.get(path) : undefined);
      if (scenario) out.set(versionKey(path, version), scenario);
    }
    return out;
  }

  /** The version each catalog path serves now (what a new session pins). */
  async currentVersions(paths: Iterable<string>): Promise<Record<string, string>> {
    const { scenarios } = await this.getSnapshot();
    const out: Record<string, string> = {};
    for (const path of paths) {
      const scenario = scenarios.get(path);
      if (scenario) out[path] = scenario.version;
    }
    return out;
  }

  /** The leerwerkplaatsprofielen that parse (the checker reports the others). */
  async profiles(): Promise<Leerwerkplaats[]> {
    const out: Leerwerkplaats[] = [];
    const dir = join(this.scenesDir, PROFILE_FOLDER);
    for (const file of await findProfileFiles([dir]).catch(() => [])) {
      const json = await readPackJson(file);
      const read = json.ok ? readLeerwerkplaats(json.value) : undefined;
      if (read?.ok) out.push(read.value);
    }
    return out;
  }
}
