/**
 * The edit that turns one scenario into another. Operations build the changed scenario with
 * plain immutable updates and let this work out the records, so no operation has to get the
 * bookkeeping of places in `nodes` right on its own.
 */
import type { Scenario } from '../scenario-schema.ts';
import type { BilingualText } from './bilingual-text.ts';
import { deepEqual } from './deep-equal.ts';
import { emptyNodesDiff, type Edit, type FieldsDiff, type NodesDiff, type ScenarioFields } from './edit.ts';

/** Both scenarios must have unique node ids (records are keyed by id); operations check first. */
export function diffScenarios(before: Scenario, after: Scenario, label: BilingualText, mergeKey?: string): Edit {
  const edit: Edit = { label, nodes: diffNodes(before, after), fields: diffFields(before, after) };
  if (mergeKey !== undefined) edit.mergeKey = mergeKey;
  return edit;
}

function diffNodes(before: Scenario, after: Scenario): NodesDiff {
  const diff = emptyNodesDiff();
  if (before.nodes === after.nodes) return diff;
  const beforeIndex = new Map(before.nodes.map((n, i) => [n.id, i] as const));
  const afterIndex = new Map(after.nodes.map((n, i) => [n.id, i] as const));

  before.nodes.forEach((node, index) => {
    if (!afterIndex.has(node.id)) diff.removed[node.id] = { index, node };
  });
  // Nodes with the same content in both keep their relative order, as long as they form an
  // increasing run of old places; the rest of them moved and become updates.
  const unchanged: { id: string; from: number; to: number }[] = [];
  after.nodes.forEach((node, to) => {
    const from = beforeIndex.get(node.id);
    if (from === undefined) {
      diff.added[node.id] = { index: to, node };
      return;
    }
    const old = before.nodes[from]!;
    if (old === node || deepEqual(old, node)) unchanged.push({ id: node.id, from, to });
    else
      diff.updated[node.id] = [
        { index: from, node: old },
        { index: to, node },
      ];
  });
  const stay = new Set(longestIncreasingRun(unchanged.map((u) => u.from)).map((i) => unchanged[i]!.id));
  for (const u of unchanged) {
    if (!stay.has(u.id))
      diff.updated[u.id] = [
        { index: u.from, node: before.nodes[u.from]! },
        { index: u.to, node: after.nodes[u.to]! },
      ];
  }
  return diff;
}

function diffFields(before: Scenario, after: Scenario): FieldsDiff {
  const out: FieldsDiff = { before: {}, after: {} };
  const b = before as unknown as Record<string, unknown>;
  const a = after as unknown as Record<string, unknown>;
  const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
  keys.delete('nodes');
  for (const key of keys) {
    if (b[key] === a[key] || deepEqual(b[key], a[key])) continue;
    if (b[key] !== undefined) (out.before as Record<string, unknown>)[key] = b[key];
    if (a[key] !== undefined) (out.after as Record<string, unknown>)[key] = a[key];
  }
  return out as { before: Partial<ScenarioFields>; after: Partial<ScenarioFields> };
}

/** Positions (into `values`) of a longest strictly increasing subsequence (patience sorting). */
export function longestIncreasingRun(values: readonly number[]): number[] {
  const tails: number[] = []; // tails[k]: position of the smallest last value of a run of length k+1
  const previous: number[] = [];
  values.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    previous[i] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = i;
  });
  const out: number[] = [];
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) out.push(i);
  return out.reverse();
}
