/**
 * An edit is data: the records of a scenario it changes, each as it was before and as it is
 * after, so it can be undone (inverted), redone and merged with the next edit (after tldraw's
 * RecordsDiff). The records are the nodes, keyed by id with their place in `nodes`, and the
 * scenario's own fields. `before` doubles as a precondition: an edit only applies to a
 * scenario that still looks like it did when the edit was made.
 */
import type { Scenario, ScenarioNode } from '../scenario-schema.ts';
import type { BilingualText } from './bilingual-text.ts';

/**
 * A node with its place in `nodes`. In a before-record (`removed`, the first of `updated`) the
 * place is counted before the edit; in an after-record (`added`, the second of `updated`)
 * after it. Nodes an edit does not name keep their order.
 */
export interface PlacedNode {
  index: number;
  node: ScenarioNode;
}

export interface NodesDiff {
  added: Record<string, PlacedNode>;
  updated: Record<string, readonly [from: PlacedNode, to: PlacedNode]>;
  removed: Record<string, PlacedNode>;
}

/** The scenario's own fields: everything but `nodes`. */
export type ScenarioFields = Omit<Scenario, 'nodes'>;

/** Only the fields that change; a field missing from one side is absent on that side. */
export interface FieldsDiff {
  before: Partial<ScenarioFields>;
  after: Partial<ScenarioFields>;
}

export interface Edit {
  /** For the undo menu, e.g. "Hotspot verplaatst / Hotspot moved". */
  label: BilingualText;
  /**
   * Consecutive edits with the same key (dragging one hotspot, typing in one field) may be
   * merged into one undo step by the history.
   */
  mergeKey?: string;
  nodes: NodesDiff;
  fields: FieldsDiff;
}

export function emptyNodesDiff(): NodesDiff {
  return { added: {}, updated: {}, removed: {} };
}

/** True when applying the edit changes nothing (the history keeps no undo step for it). */
export function isEmptyEdit(edit: Edit): boolean {
  const n = edit.nodes;
  return (
    Object.keys(n.added).length === 0 &&
    Object.keys(n.updated).length === 0 &&
    Object.keys(n.removed).length === 0 &&
    Object.keys(edit.fields.before).length === 0 &&
    Object.keys(edit.fields.after).length === 0
  );
}

/** The field names an edit touches (present on either side). */
export function changedFields(fields: FieldsDiff): (keyof ScenarioFields)[] {
  return [...new Set([...Object.keys(fields.before), ...Object.keys(fields.after)])] as (keyof ScenarioFields)[];
}
