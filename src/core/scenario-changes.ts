import { deepEqual } from './authoring/deep-equal.ts';
import type { Option, Scenario, ScenarioNode } from './scenario-schema.ts';

/**
 * What changed between two versions of a scenario, in the words a maker uses: scenes (nodes)
 * and answer options added, removed or changed, and the scenario's own fields. Shown when a pack
 * brings a newer version of a scenario the organisation has. Options are listed for scenes in
 * both versions (a scene added or removed takes its options with it); "node/option" names them.
 */
export interface ScenarioChanges {
  fields: string[];
  nodes: { added: string[]; removed: string[]; changed: string[] };
  options: { added: string[]; removed: string[]; changed: string[] };
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i] as const));
const optionsOf = (node: ScenarioNode): readonly Option[] => (node.question && 'options' in node.question ? node.question.options : []);

export function scenarioChanges(before: Scenario, after: Scenario): ScenarioChanges {
  const out: ScenarioChanges = { fields: [], nodes: { added: [], removed: [], changed: [] }, options: { added: [], removed: [], changed: [] } };
  const b = before as unknown as Record<string, unknown>;
  const a = after as unknown as Record<string, unknown>;
  // The version number changes by definition; it is not news.
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (key !== 'nodes' && key !== 'version' && !deepEqual(b[key], a[key])) out.fields.push(key);
  }
  const oldNodes = byId(before.nodes);
  const newNodes = byId(after.nodes);
  for (const [id, node] of newNodes) {
    const old = oldNodes.get(id);
    if (!old) {
      out.nodes.added.push(id);
      continue;
    }
    if (!deepEqual(old, node)) out.nodes.changed.push(id);
    const oldOptions = byId(optionsOf(old));
    const newOptions = byId(optionsOf(node));
    for (const [oid, option] of newOptions) {
      const was = oldOptions.get(oid);
      if (!was) out.options.added.push(`${id}/${oid}`);
      else if (!deepEqual(was, option)) out.options.changed.push(`${id}/${oid}`);
    }
    for (const oid of oldOptions.keys()) if (!newOptions.has(oid)) out.options.removed.push(`${id}/${oid}`);
  }
  for (const id of oldNodes.keys()) if (!newNodes.has(id)) out.nodes.removed.push(id);
  return out;
}

/** True when nothing a player sees or a log records differs. */
export const noChanges = (c: ScenarioChanges) =>
  c.fields.length +
    c.nodes.added.length +
    c.nodes.removed.length +
    c.nodes.changed.length +
    c.options.added.length +
    c.options.removed.length +
    c.options.changed.length ===
  0;
