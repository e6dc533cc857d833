import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { initialState, step } from '../../src/core/engine.ts';
import { indexScenario, nextNodeIds } from '../../src/core/scenario-index.ts';
import { Scenario, type Question, type ScenarioNode } from '../../src/core/scenario-schema.ts';
import { ZORGCATEGORIEEN } from '../../src/core/zorgcategorie.ts';
import { findScenarioFiles } from '../../src/scene-pack/scenario-files.ts';

/**
 * The bar for the content that ships: one scenario per zorgcategorie, each big enough and
 * rich enough for an intake. Fails when a scenario falls below it.
 */
const files = await findScenarioFiles(['scenes']);
const scenarios = await Promise.all(
  files.map(async (file) => ({ file: relative(process.cwd(), file), scenario: Scenario.parse(JSON.parse(await readFile(file, 'utf8'))) })),
);

function questionsOf(node: ScenarioNode): Question[] {
  const qs: Question[] = node.question ? [node.question] : [];
  for (const h of node.hotspots) if (h.kind === 'question') qs.push(h.question);
  return qs;
}

/** A decision point: a choice whose options lead to at least two different nodes. */
function isDecision(q: Question): boolean {
  return q.kind !== 'scale' && new Set(q.options.map((o) => o.next).filter(Boolean)).size >= 2;
}

describe('shipped content', () => {
  it('has at least one scenario for each of the seven zorgcategorieën', () => {
    const present = new Set(scenarios.map((s) => s.scenario.zorgcategorie));
    expect([...ZORGCATEGORIEEN].filter((z) => !present.has(z))).toEqual([]);
  });

  describe.each(scenarios)('$file', ({ file, scenario }) => {
    const nodes = scenario.nodes;
    const questions = nodes.flatMap(questionsOf);
    const options = questions.flatMap((q) => (q.kind === 'scale' ? [] : q.options));

    it('has at least 8 nodes and 3 decision points that branch to different scenes', () => {
      expect(nodes.length).toBeGreaterThanOrEqual(8);
      expect(questions.filter(isDecision).length).toBeGreaterThanOrEqual(3);
    });

    it('has at least 5 info hotspots and 2 reflection questions', () => {
      expect(nodes.flatMap((n) => n.hotspots).filter((h) => h.kind === 'info').length).toBeGreaterThanOrEqual(5);
      expect(questions.filter((q) => q.kind === 'reflection' || q.kind === 'scale').length).toBeGreaterThanOrEqual(2);
    });

    it('gives every option tags and a talkingPoint, and every string Dutch and English', () => {
      for (const o of options) {
        expect(o.tags.length, o.id).toBeGreaterThan(0);
        expect(o.talkingPoint.nl.length, o.id).toBeGreaterThan(0);
      }
      const missing: string[] = [];
      const walk = (v: unknown, path: string) => {
        if (v && typeof v === 'object') {
          const o = v as Record<string, unknown>;
          if (typeof o.nl === 'string' && !(typeof o.en === 'string' && o.en.trim())) missing.push(path);
          for (const [k, c] of Object.entries(o)) walk(c, `${path}/${k}`);
        }
      };
      walk(scenario, '');
      expect(missing).toEqual([]);
    });

    it('reaches every ending, and every option leads somewhere that exists', () => {
      const ids = new Set(nodes.map((n) => n.id));
      for (const o of options) if (o.next) expect(ids.has(o.next), o.id).toBe(true);
      const seen = new Set([scenario.startNode]);
      const queue = [scenario.startNode];
      while (queue.length) {
        const id = queue.shift();
        for (const next of nextNodeIds(nodes.find((n) => n.id === id)!)) {
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
      const endings = nodes.filter((n) => n.ending);
      expect(endings.length).toBeGreaterThan(0);
      for (const e of endings) expect(seen.has(e.id), e.id).toBe(true);
      // and the engine agrees the scenario starts
      const index = indexScenario(scenario);
      expect(step(index, initialState(scenario), { type: 'start' }, 0).state.nodeId).toBe(scenario.startNode);
    });

    it('has the media of every node: 4096×2048 images up to 1.5 MB and 512×256 previews', async () => {
      const folder = dirname(join(process.cwd(), file));
      for (const n of nodes) {
        const preview = await sharp(join(folder, n.media.preview)).metadata();
        expect([preview.width, preview.height], n.id).toEqual([512, 256]);
        if (n.media.type !== 'image') continue;
        const full = join(folder, n.media.src);
        const meta = await sharp(full).metadata();
        expect([meta.width, meta.height], n.id).toEqual([4096, n.media.stereo === 'top-bottom' ? 4096 : 2048]);
        expect(meta.size ?? (await readFile(full)).length, n.id).toBeLessThanOrEqual(1.5 * 1024 * 1024);
      }
    });
  });
});
