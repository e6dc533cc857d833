/** The edit that undoes `edit`: added and removed swap, updates run backwards. */
import type { Edit, NodesDiff } from './edit.ts';

export function invertEdit(edit: Edit): Edit {
  const updated: NodesDiff['updated'] = {};
  for (const [id, [from, to]] of Object.entries(edit.nodes.updated)) updated[id] = [to, from];
  const inverse: Edit = {
    label: edit.label,
    nodes: { added: edit.nodes.removed, updated, removed: edit.nodes.added },
    fields: { before: edit.fields.after, after: edit.fields.before },
  };
  if (edit.mergeKey !== undefined) inverse.mergeKey = edit.mergeKey;
  return inverse;
}
