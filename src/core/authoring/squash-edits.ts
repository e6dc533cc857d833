/**
 * One edit that does what `a` then `b` do, so the history can merge a drag or a burst of
 * typing into a single undo step. The places in `nodes` need care: `b` counts them after `a`,
 * the merged edit counts its before-places before `a` and its after-places after `b`.
 */
import { deepEqual } from './deep-equal.ts';
import { changedFields, emptyNodesDiff, type Edit, type FieldsDiff, type NodesDiff, type PlacedNode } from './edit.ts';

export function squashEdits(a: Edit, b: Edit): Edit {
  const edit: Edit = { label: b.label, nodes: squashNodes(a.nodes, b.nodes), fields: squashFields(a.fields, b.fields) };
  if (b.mergeKey !== undefined) edit.mergeKey = b.mergeKey;
  return edit;
}

function beforeRecord(d: NodesDiff, id: string): PlacedNode | undefined {
  return Object.hasOwn(d.removed, id) ? d.removed[id] : Object.hasOwn(d.updated, id) ? d.updated[id]![0] : undefined;
}

function afterRecord(d: NodesDiff, id: string): PlacedNode | undefined {
  return Object.hasOwn(d.added, id) ? d.added[id] : Object.hasOwn(d.updated, id) ? d.updated[id]![1] : undefined;
}

function touches(d: NodesDiff, id: string): boolean {
  return Object.hasOwn(d.added, id) || Object.hasOwn(d.updated, id) || Object.hasOwn(d.removed, id);
}

function squashNodes(a: NodesDiff, b: NodesDiff): NodesDiff {
  const out = emptyNodesDiff();
  const fa = places(a);
  const fb = places(b);
  const ids = new Set([a.added, a.updated, a.removed, b.added, b.updated, b.removed].flatMap((r) => Object.keys(r)));
  for (const id of ids) {
    const aBefore = beforeRecord(a, id);
    const bAfter = afterRecord(b, id);
    // A node only one of the two edits names stays in place in the other one.
    const start = touches(a, id) ? aBefore : moved(beforeRecord(b, id), fa.toBefore);
    const end = touches(b, id) ? bAfter : moved(afterRecord(a, id), fb.toAfter);
    if (start && end) out.updated[id] = [start, end];
    else if (start) out.removed[id] = start;
    else if (end) out.added[id] = end;
  }
  return withoutStandingStill(out);
}

function moved(rec: PlacedNode | undefined, map: (i: number) => number): PlacedNode | undefined {
  return rec && { index: map(rec.index), node: rec.node };
}

/**
 * Where the nodes an edit does not name end up: they keep their order, filling the places the
 * named ones leave free.
 */
function places(d: NodesDiff) {
  const vacated = [...Object.values(d.removed), ...Object.values(d.updated).map(([from]) => from)].map((r) => r.index).sort((x, y) => x - y);
  const filled = [...Object.values(d.added), ...Object.values(d.updated).map(([, to]) => to)].map((r) => r.index).sort((x, y) => x - y);
  const below = (sorted: number[], i: number) => sorted.filter((x) => x < i).length;
  const nthFree = (taken: number[], k: number) => {
    let i = k;
    for (const t of taken) if (t <= i) i++;
    return i;
  };
  return {
    toAfter: (i: number) => nthFree(filled, i - below(vacated, i)),
    toBefore: (j: number) => nthFree(vacated, j - below(filled, j)),
  };
}

/**
 * Drops updates that end as they began (a hotspot dragged back to where it was), so such a
 * step can vanish from the history. Safe only when the node would land on the same place
 * anyway: as many named places before it on both sides.
 */
function withoutStandingStill(d: NodesDiff): NodesDiff {
  for (;;) {
    const still = Object.entries(d.updated).find(([id, [from, to]]) => {
      if (from.index !== to.index || !deepEqual(from.node, to.node)) return false;
      const i = from.index;
      const others = Object.entries(d.updated).filter(([other]) => other !== id);
      const vacated = [...Object.values(d.removed), ...others.map(([, [f]]) => f)].filter((r) => r.index < i).length;
      const filled = [...Object.values(d.added), ...others.map(([, [, t]]) => t)].filter((r) => r.index < i).length;
      return vacated === filled;
    });
    if (!still) return d;
    const { [still[0]]: _dropped, ...rest } = d.updated;
    d = { ...d, updated: rest };
  }
}

function squashFields(a: FieldsDiff, b: FieldsDiff): FieldsDiff {
  const out: FieldsDiff = { before: {}, after: {} };
  const aKeys = new Set(changedFields(a));
  const bKeys = new Set(changedFields(b));
  const get = (r: object, k: string) => (r as Record<string, unknown>)[k];
  for (const key of new Set([...aKeys, ...bKeys])) {
    const before = aKeys.has(key) ? get(a.before, key) : get(b.before, key);
    const after = bKeys.has(key) ? get(b.after, key) : get(a.after, key);
    if (deepEqual(before, after)) continue;
    if (before !== undefined) (out.before as Record<string, unknown>)[key] = before;
    if (after !== undefined) (out.after as Record<string, unknown>)[key] = after;
  }
  return out;
}
