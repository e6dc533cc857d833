import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScenarioStore } from '../../src/scene-pack/scenario-store.ts';
import { BOM_SCENARIO_PATH, makePackFixture, SCENARIO_PATH, type PackFixture } from './pack-fixture.ts';

let pack: PackFixture;
beforeAll(async () => {
  pack = await makePackFixture();
});
afterAll(() => pack.remove());

describe('ScenarioStore', () => {
  it('lists, loads and offers a scenario.json saved with a byte order mark, as the checker accepts it', async () => {
    const store = new ScenarioStore(pack.dir);
    expect((await store.getCatalog()).scenarios.map((s) => s.path)).toEqual([SCENARIO_PATH, BOM_SCENARIO_PATH]);
    expect([...(await store.paths())]).toContain(BOM_SCENARIO_PATH);
    const loaded = await store.load([BOM_SCENARIO_PATH]);
    expect(loaded.get(BOM_SCENARIO_PATH)?.id).toBe('met-bom');
  });

  it('lists a leerwerkplaatsprofiel saved with a byte order mark', async () => {
    const store = new ScenarioStore(pack.dir);
    expect((await store.profiles()).map((p) => p.id).sort()).toEqual(['de-linde', 'met-bom']);
  });
});

describe('ScenarioStore cache', () => {
  it('reads the pack once per cache period, however many files are asked for, and again after it', async () => {
    const store = new ScenarioStore(pack.dir, 60_000);
    const first = await store.getSnapshot();
    await writeFile(join(pack.dir, 'ouderenzorg', 'ochtendzorg', 'scenario.json'), '{ broken');
    expect(await store.getSnapshot()).toBe(first);
    expect((await store.getCatalog()).scenarios).toHaveLength(2);

    const warnings: string[] = [];
    const fresh = new ScenarioStore(pack.dir, 0, (m) => warnings.push(m));
    expect((await fresh.getCatalog()).scenarios.map((s) => s.path)).toEqual([BOM_SCENARIO_PATH]);
    expect(warnings).toEqual([
      'scenes: ouderenzorg/ochtendzorg/scenario.json: the file is not valid JSON at line 1, column 3: there is something that is not JSON here: text without double quotes, single quotes, or a misspelt true, false or null; left out. Run npm run scenes:check.',
    ]);
  });
});
