/**
 * The scenario as a graph of nodes: links must point at real nodes, every node should be
 * reachable from the start, nobody may get stuck, and there should be an ending to reach.
 * Conditions are ignored here: they only hide ways, the author still meant them to exist.
 */
import { nextNodeIds } from '../scenario-index.ts';
import type { Scenario } from '../scenario-schema.ts';
import { describePath, didYouMean, quoteList } from './names.ts';
import { jsonPointer, type Finding } from './problem.ts';
import { nodeRefs } from './structure.ts';

export function danglingTargetFindings(scenario: Scenario): Finding[] {
  const ids = new Set(scenario.nodes.map((n) => n.id));
  const known = ids.size <= 12 ? ` Nodes in this scenario: ${quoteList([...ids])}.` : '';
  return nodeRefs(scenario)
    .filter((ref) => !ids.has(ref.target))
    .map((ref): Finding => {
      const where = describePath(scenario, ref.path);
      const message =
        ref.kind === 'start'
          ? `startNode "${ref.target}" is not a node in this scenario`
          : ref.kind === 'condition'
            ? `${where}: the condition names node "${ref.target}", which does not exist`
            : `${where}: goes to node "${ref.target}", which does not exist`;
      return {
        pointer: jsonPointer(ref.path),
        rule: 'dangling-target',
        severity: 'error',
        message,
        fix: `Use the id of an existing node.${didYouMean(ref.target, ids)}${known}`,
      };
    });
}

/** Node ids reachable from the start node, following every link regardless of conditions. */
export function reachableFrom(scenario: Scenario, start: string): Set<string> {
  const byId = new Map(scenario.nodes.map((n) => [n.id, n] as const));
  const seen = new Set<string>();
  const queue = byId.has(start) ? [start] : [];
  while (queue.length) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const next of nextNodeIds(byId.get(id)!)) if (byId.has(next) && !seen.has(next)) queue.push(next);
  }
  return seen;
}

export function reachabilityFindings(scenario: Scenario): Finding[] {
  const out: Finding[] = [];
  const startExists = scenario.nodes.some((n) => n.id === scenario.startNode);
  const reachable = reachableFrom(scenario, scenario.startNode);

  scenario.nodes.forEach((node, i) => {
    const pointer = jsonPointer(['nodes', i]);
    // With a broken startNode everything would be "unreachable"; dangling-target says it once.
    if (startExists && !reachable.has(node.id)) {
      out.push({
        pointer,
        rule: 'unreachable-node',
        severity: 'warning',
        message: `node "${node.id}" cannot be reached from the start node "${scenario.startNode}"`,
        fix: 'Link to it from another node (a goto hotspot, an option or scale "next", or a timer), or remove it.',
      });
    }
    if (!node.ending && nextNodeIds(node).length === 0) {
      out.push({
        pointer,
        rule: 'dead-end',
        severity: 'error',
        message: `node "${node.id}" has no way forward and is not an ending, so a candidate gets stuck there`,
        fix: 'Add a goto hotspot, a question whose options have "next", or a timer; or, if the scenario ends here, add "ending": {"takeaway": {"nl": "…", "en": "…"}}.',
      });
    }
  });

  const endings = scenario.nodes.filter((n) => n.ending).map((n) => n.id);
  if (endings.length === 0) {
    out.push({
      pointer: '/nodes',
      rule: 'no-ending',
      severity: 'warning',
      message: 'the scenario has no ending node, so a session never completes',
      fix: 'Give the last node(s) "ending": {"takeaway": {"nl": "…", "en": "…"}}; candidates then see a takeaway and the facilitator gets the gesprekskaart.',
    });
  } else if (startExists && !endings.some((id) => reachable.has(id))) {
    out.push({
      pointer: '/startNode',
      rule: 'no-ending',
      severity: 'warning',
      message: `no ending node (${quoteList(endings)}) can be reached from the start node "${scenario.startNode}"`,
      fix: 'Link the ending node(s) from the nodes before them (goto hotspot, option or scale "next", or timer).',
    });
  }
  return out;
}
