/**
 * Applying an edit. The edit's `before` is checked against the scenario first: when they
 * differ the scenario changed since the edit was made (a lost update, e.g. another window
 * saved in between), and applying it anyway would silently throw that change away. Then
 * nothing is applied and the caller gets a conflict that says so.
 */
import type { Scenario, ScenarioNode } from '../scenario-schema.ts';
import { bilingual, type BilingualText } from './bilingual-text.ts';
import { deepEqual } from './deep-equal.ts';
import { changedFields, type Edit, type PlacedNode } from './edit.ts';

export type EditMismatch =
  | { record: 'node'; id: string; problem: 'missing' | 'changed' | 'moved' | 'already-there' | 'duplicate-id' }
  | { record: 'field'; field: string; problem: 'changed' }
  | { record: 'edit'; problem: 'malformed'; detail: string };

export interface EditConflict {
  message: BilingualText;
  mismatches: EditMismatch[];
}

export type ApplyResult = { ok: true; scenario: Scenario } | { ok: false; conflict: EditConflict };

const CHANGED_MEANWHILE = bilingual(
  'Deze wijziging past niet meer bij het scenario: het is intussen veranderd, bijvoorbeeld in een ander venster. Er is niets aangepast. Laad het scenario opnieuw.',
  'This change no longer fits the scenario: it was changed in the meantime, for example in another window. Nothing was changed. Reload the scenario.',
);

const BROKEN_EDIT = bilingual(
  'Deze wijziging kan niet worden uitgevoerd (fout in de app). Er is niets aangepast.',
  'This change cannot be made (a fault in the app). Nothing was changed.',
);

/** Every way the scenario differs from what the edit expects; empty when the edit applies. */
export function findEditMismatches(scenario: Scenario, edit: Edit): EditMismatch[] {
  const out: EditMismatch[] = [];
  const fields = scenario as unknown as Record<string, unknown>;
  const before = edit.fields.before as Record<string, unknown>;
  for (const field of changedFields(edit.fields)) {
    if (field === ('nodes' as string)) out.push({ record: 'edit', problem: 'malformed', detail: 'fields diff names "nodes"' });
    else if (!deepEqual(fields[field], before[field])) out.push({ record: 'field', field, problem: 'changed' });
  }

  const places = new Map<string, number>();
  scenario.nodes.forEach((node, i) => {
    if (places.has(node.id)) out.push({ record: 'node', id: node.id, problem: 'duplicate-id' });
    else places.set(node.id, i);
  });
  const expectAt = (id: string, rec: PlacedNode) => {
    const at = places.get(id);
    if (at === undefined) out.push({ record: 'node', id, problem: 'missing' });
    else if (!deepEqual(scenario.nodes[at], rec.node)) out.push({ record: 'node', id, problem: 'changed' });
    else if (at !== rec.index) out.push({ record: 'node', id, problem: 'moved' });
  };
  const { added, updated, removed } = edit.nodes;
  for (const [id, rec] of Object.entries(removed)) expectAt(id, rec);
  for (const [id, [from]] of Object.entries(updated)) expectAt(id, from);
  for (const id of Object.keys(added)) if (places.has(id)) out.push({ record: 'node', id, problem: 'already-there' });

  out.push(...malformed(scenario.nodes.length, edit));
  return out;
}

/** Checks that the edit is internally consistent: after-places fit and records name their own ids. */
function malformed(nodeCount: number, edit: Edit): EditMismatch[] {
  const { added, updated, removed } = edit.nodes;
  const problems: string[] = [];
  const ids = [...Object.keys(added), ...Object.keys(updated), ...Object.keys(removed)];
  if (new Set(ids).size !== ids.length) problems.push('a node is named in more than one of added/updated/removed');
  const afterRecords = [...Object.entries(added), ...Object.entries(updated).map(([id, [, to]]) => [id, to] as const)];
  const finalCount = nodeCount - Object.keys(removed).length + Object.keys(added).length;
  const taken = new Set<number>();
  for (const [id, rec] of afterRecords) {
    if (rec.node.id !== id) problems.push(`record "${id}" holds node "${rec.node.id}"`);
    if (!Number.isInteger(rec.index) || rec.index < 0 || rec.index >= finalCount || taken.has(rec.index)) {
      problems.push(`node "${id}" cannot go to place ${rec.index}`);
    }
    taken.add(rec.index);
  }
  return problems.map((detail) => ({ record: 'edit', problem: 'malformed', detail }));
}

/** Returns a new scenario (unchanged nodes and fields are shared); never mutates `scenario`. */
export function applyEdit(scenario: Scenario, edit: Edit): ApplyResult {
  const mismatches = findEditMismatches(scenario, edit);
  if (mismatches.length > 0) {
    // A changed scenario also makes places look out of range: report the cause, not the symptom.
    const message = mismatches.some((m) => m.record !== 'edit') ? CHANGED_MEANWHILE : BROKEN_EDIT;
    return { ok: false, conflict: { message, mismatches } };
  }
  const result = { ...scenario } as Record<string, unknown>;
  const after = edit.fields.after as Record<string, unknown>;
  for (const field of changedFields(edit.fields)) {
    if (after[field] === undefined) delete result[field];
    else result[field] = after[field];
  }
  result.nodes = applyNodes(scenario.nodes, edit);
  return { ok: true, scenario: result as unknown as Scenario };
}

function applyNodes(nodes: ScenarioNode[], edit: Edit): ScenarioNode[] {
  const { added, updated, removed } = edit.nodes;
  const inserts = [...Object.values(added), ...Object.values(updated).map(([, to]) => to)];
  if (inserts.length === 0 && Object.keys(removed).length === 0) return nodes;
  const leaving = new Set([...Object.keys(removed), ...Object.keys(updated)]);
  const out = nodes.filter((n) => !leaving.has(n.id));
  // In ascending order each after-place is already valid when its node is inserted.
  for (const rec of inserts.sort((a, b) => a.index - b.index)) out.splice(rec.index, 0, rec.node);
  return out;
}
