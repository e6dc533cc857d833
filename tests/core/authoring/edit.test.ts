import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit, findEditMismatches } from '../../../src/core/authoring/apply-edit.ts';
import { bilingual } from '../../../src/core/authoring/bilingual-text.ts';
import { diffScenarios, longestIncreasingRun } from '../../../src/core/authoring/diff-scenarios.ts';
import { isEmptyEdit, type Edit } from '../../../src/core/authoring/edit.ts';
import { invertEdit } from '../../../src/core/authoring/invert-edit.ts';
import { squashEdits } from '../../../src/core/authoring/squash-edits.ts';
import { Scenario, type ScenarioNode } from '../../../src/core/scenario-schema.ts';
import { build, node, text } from '../fixtures.ts';

const LABEL = bilingual('Test', 'Test');
const base = (): Scenario => build(['a', 'b', 'c', 'd', 'e'].map((id) => node(id))).scenario;
const parsedNode = (id: string): ScenarioNode => Scenario.parse({ ...base(), nodes: [node(id)], startNode: id }).nodes[0]!;
const ids = (s: Scenario) => s.nodes.map((n) => n.id);

function applied(s: Scenario, edit: Edit): Scenario {
  const result = applyEdit(s, edit);
  if (!result.ok) throw new Error(JSON.stringify(result.conflict.mismatches));
  return result.scenario;
}

/**
 * A random change to a scenario, the way operations change one: nodes removed, added,
 * retitled and moved, and a scenario field changed or dropped.
 */
const plan = fc.record({
  remove: fc.array(fc.boolean(), { maxLength: 8 }),
  retitle: fc.array(fc.boolean(), { maxLength: 8 }),
  add: fc.array(fc.nat(8), { maxLength: 3 }),
  order: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 }),
  shuffle: fc.boolean(),
  field: fc.constantFrom('keep', 'title', 'drop-minutes', 'set-minutes'),
});
type Plan = typeof plan extends fc.Arbitrary<infer P> ? P : never;

let fresh = 0;
function change(s: Scenario, p: Plan): Scenario {
  let nodes = s.nodes.filter((_, i) => !p.remove[i]).map((n, i) => (p.retitle[i] ? { ...n, title: text(`${n.title.nl}!`) } : n));
  if (p.shuffle) {
    const key = (i: number) => p.order[i] ?? i / nodes.length;
    nodes = nodes
      .map((n, i) => [n, key(i)] as const)
      .sort((x, y) => x[1] - y[1])
      .map(([n]) => n);
  }
  for (const at of p.add) nodes.splice(Math.min(at, nodes.length), 0, parsedNode(`new-${++fresh}`));
  const out: Scenario = { ...s, nodes };
  if (p.field === 'title') out.title = text(`${s.title.nl}?`);
  if (p.field === 'set-minutes') out.estimatedMinutes = (s.estimatedMinutes ?? 0) + 1;
  if (p.field === 'drop-minutes') delete out.estimatedMinutes;
  return out;
}

describe('diffScenarios, applyEdit and invertEdit', () => {
  it('turn any scenario into the changed one and back again', () => {
    fc.assert(
      fc.property(plan, (p) => {
        const before = { ...base(), estimatedMinutes: 5 };
        const after = change(before, p);
        const edit = diffScenarios(before, after, LABEL);
        expect(applied(before, edit)).toEqual(after);
        expect(applied(after, invertEdit(edit))).toEqual(before);
      }),
    );
  });

  it('names only what changed: one retitled node is one update, nothing else', () => {
    const before = base();
    const after = { ...before, nodes: before.nodes.map((n) => (n.id === 'c' ? { ...n, title: text('C') } : n)) };
    const edit = diffScenarios(before, after, LABEL);
    expect(Object.keys(edit.nodes.updated)).toEqual(['c']);
    expect(edit.nodes.updated.c![0].index).toBe(2);
    expect(edit.nodes.added).toEqual({});
    expect(edit.nodes.removed).toEqual({});
    expect(edit.fields).toEqual({ before: {}, after: {} });
  });

  it('records an inserted node with its place and leaves the shifted ones alone', () => {
    const before = base();
    const after = { ...before, nodes: [parsedNode('x'), ...before.nodes] };
    const edit = diffScenarios(before, after, LABEL);
    expect(edit.nodes.added).toEqual({ x: { index: 0, node: after.nodes[0] } });
    expect(edit.nodes.updated).toEqual({});
  });

  it('records a node moved to the front as one update', () => {
    const before = base();
    const [a, b, c, d, e] = before.nodes;
    const after = { ...before, nodes: [e!, a!, b!, c!, d!] };
    const edit = diffScenarios(before, after, LABEL);
    expect(Object.keys(edit.nodes.updated)).toEqual(['e']);
    expect(ids(applied(before, edit))).toEqual(['e', 'a', 'b', 'c', 'd']);
  });

  it('records a removed field on its before side only, and restores it on undo', () => {
    const before = { ...base(), estimatedMinutes: 7 };
    const { estimatedMinutes: _gone, ...after } = before;
    const edit = diffScenarios(before, after, LABEL);
    expect(edit.fields).toEqual({ before: { estimatedMinutes: 7 }, after: {} });
    expect('estimatedMinutes' in applied(before, edit)).toBe(false);
    expect(applied(after, invertEdit(edit)).estimatedMinutes).toBe(7);
  });

  it('never mutates the scenario and shares what did not change', () => {
    const before = base();
    const copy = structuredClone(before);
    const after = { ...before, nodes: before.nodes.map((n) => (n.id === 'b' ? { ...n, title: text('B') } : n)) };
    const result = applied(before, diffScenarios(before, after, LABEL));
    expect(before).toEqual(copy);
    expect(result.nodes[0]).toBe(before.nodes[0]);
    expect(result.beroepen).toBe(before.beroepen);
  });

  it('sees no change in an identical copy', () => {
    const before = base();
    expect(isEmptyEdit(diffScenarios(before, structuredClone(before), LABEL))).toBe(true);
  });
});

describe('applyEdit refuses an edit made for another version of the scenario', () => {
  const retitle = (s: Scenario, id: string, title: string): Scenario => ({
    ...s,
    nodes: s.nodes.map((n) => (n.id === id ? { ...n, title: text(title) } : n)),
  });

  it('when a node it updates was changed in the meantime (a lost update)', () => {
    const s = base();
    const mine = diffScenarios(s, retitle(s, 'b', 'Mijn titel'), LABEL);
    const theirs = retitle(s, 'b', 'Hun titel');
    const result = applyEdit(theirs, mine);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.conflict.mismatches).toEqual([{ record: 'node', id: 'b', problem: 'changed' }]);
    expect(result.conflict.message.nl).toContain('intussen veranderd');
    expect(result.conflict.message.en).toContain('changed in the meantime');
  });

  it('when a node it removes is gone, a node it adds is already there, or a field differs', () => {
    const s = base();
    const removeB = diffScenarios(s, { ...s, nodes: s.nodes.filter((n) => n.id !== 'b') }, LABEL);
    expect(findEditMismatches(applied(s, removeB), removeB)).toContainEqual({ record: 'node', id: 'b', problem: 'missing' });

    const addX = diffScenarios(s, { ...s, nodes: [...s.nodes, parsedNode('x')] }, LABEL);
    expect(findEditMismatches(applied(s, addX), addX)).toContainEqual({ record: 'node', id: 'x', problem: 'already-there' });

    const title = diffScenarios(s, { ...s, title: text('Nieuw') }, LABEL);
    expect(findEditMismatches({ ...s, title: text('Anders') }, title)).toEqual([{ record: 'field', field: 'title', problem: 'changed' }]);
  });

  it('when a node it expects in one place was moved', () => {
    const s = base();
    const edit = diffScenarios(s, retitle(s, 'e', 'E'), LABEL);
    const moved = { ...s, nodes: [s.nodes[4]!, ...s.nodes.slice(0, 4)] };
    expect(findEditMismatches(moved, edit)).toEqual([{ record: 'node', id: 'e', problem: 'moved' }]);
  });

  it('when the scenario has two nodes with one id (the records would be ambiguous)', () => {
    const s = base();
    const edit = diffScenarios(s, retitle(s, 'a', 'A'), LABEL);
    const doubled = { ...s, nodes: [...s.nodes, s.nodes[0]!] };
    expect(applyEdit(doubled, edit).ok).toBe(false);
  });

  it('and leaves the scenario untouched when it refuses', () => {
    const s = base();
    const copy = structuredClone(s);
    const edit = diffScenarios(s, { ...s, nodes: [...s.nodes, parsedNode('x')] }, LABEL);
    expect(applyEdit({ ...s, nodes: [...s.nodes, parsedNode('x')] }, edit).ok).toBe(false);
    expect(s).toEqual(copy);
  });

  it('calls a malformed edit a fault in the app, not a change by someone else', () => {
    const s = base();
    const edit: Edit = {
      label: LABEL,
      nodes: { added: { x: { index: 9, node: parsedNode('x') } }, updated: {}, removed: {} },
      fields: { before: {}, after: {} },
    };
    const result = applyEdit(s, edit);
    expect(!result.ok && result.conflict.message.en).toMatch(/fault in the app/);
  });
});

describe('squashEdits', () => {
  it('does what the two edits do one after the other, for any two changes', () => {
    fc.assert(
      fc.property(plan, plan, (p, q) => {
        const s0 = { ...base(), estimatedMinutes: 5 };
        const s1 = change(s0, p);
        const s2 = change(s1, q);
        const squashed = squashEdits(diffScenarios(s0, s1, LABEL), diffScenarios(s1, s2, LABEL));
        expect(applied(s0, squashed)).toEqual(s2);
        expect(applied(s2, invertEdit(squashed))).toEqual(s0);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the later label and merge key', () => {
    const s = base();
    const a = diffScenarios(s, { ...s, title: text('A') }, bilingual('Eerst', 'First'), 'k');
    const b = diffScenarios({ ...s, title: text('A') }, { ...s, title: text('B') }, bilingual('Daarna', 'Then'), 'k');
    const squashed = squashEdits(a, b);
    expect(squashed.label.en).toBe('Then');
    expect(squashed.mergeKey).toBe('k');
    expect(squashed.fields).toEqual({ before: { title: s.title }, after: { title: text('B') } });
  });

  it('ends empty when the second edit undoes the first (a node added and removed again)', () => {
    const s = base();
    const withX = { ...s, nodes: [parsedNode('x'), ...s.nodes] };
    const squashed = squashEdits(diffScenarios(s, withX, LABEL), diffScenarios(withX, s, LABEL));
    expect(isEmptyEdit(squashed)).toBe(true);
  });

  it('ends empty when a node is changed and changed back', () => {
    const s = base();
    const changed = { ...s, nodes: s.nodes.map((n) => (n.id === 'c' ? { ...n, title: text('C') } : n)) };
    expect(isEmptyEdit(squashEdits(diffScenarios(s, changed, LABEL), diffScenarios(changed, s, LABEL)))).toBe(true);
  });
});

describe('longestIncreasingRun', () => {
  it('finds a longest strictly increasing run', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(50), { maxLength: 12 }), (values) => {
        const run = longestIncreasingRun(values).map((i) => values[i]!);
        for (let i = 1; i < run.length; i++) expect(run[i]!).toBeGreaterThan(run[i - 1]!);
        // Brute force the length on small inputs.
        let best = 0;
        for (let mask = 0; mask < 1 << values.length; mask++) {
          const picked = values.filter((_, i) => mask & (1 << i));
          if (picked.every((v, i) => i === 0 || v > picked[i - 1]!)) best = Math.max(best, picked.length);
        }
        expect(run.length).toBe(best);
      }),
      { numRuns: 60 },
    );
  });
});
