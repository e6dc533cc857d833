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

/** Node ids from which an ending can be reached: the links followed backwards from every ending. */
function leadingToAnEnding(scenario: Scenario): Set<string> {
  const comesFrom = new Map<string, string[]>();
  for (const node of scenario.nodes) for (const next of nextNodeIds(node)) comesFrom.set(next, [...(comesFrom.get(next) ?? []), node.id]);
  const seen = new Set<string>();
  const queue = scenario.nodes.filter((n) => n.ending).map((n) => n.id);
  while (queue.length) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const before of comesFrom.get(id) ?? []) if (!seen.has(before)) queue.push(before);
  }
  return seen;
}

/**
 * Traps: groups of reachable nodes that have ways forward, but only among themselves, so no
 * ending can be reached once a candidate is in one. Each group once, its nodes in file order.
 * (A node with no way forward at all is a dead end of its own, reported per node.)
 */
function traps(scenario: Scenario, reachable: Set<string>): string[][] {
  const toEnding = leadingToAnEnding(scenario);
  const stuck = scenario.nodes.filter((n) => reachable.has(n.id) && !toEnding.has(n.id));
  const onwards = new Map(stuck.map((n) => [n.id, reachableFrom(scenario, n.id)] as const));
  const order = new Map(scenario.nodes.map((n, i) => [n.id, i] as const));
  const groups = new Map<string, string[]>();
  for (const node of stuck) {
    const ahead = onwards.get(node.id)!;
    const loops = ahead.size > 1 || nextNodeIds(node).includes(node.id);
    // From a node in a trap, everything ahead leads back to it (everything ahead is stuck too).
    if (!loops || ![...ahead].every((id) => onwards.get(id)?.has(node.id))) continue;
    const group = [...ahead].sort((a, b) => order.get(a)! - order.get(b)!);
    groups.set(group.join('\n'), group);
  }
  return [...groups.values()];
}

function trapFinding(scenario: Scenario, group: string[]): Finding {
  const first = scenario.nodes.findIndex((n) => n.id === group[0]);
  const names = group.map((id) => `"${id}"`);
  const what =
    group.length === 1 ? `node ${names[0]} only leads back to itself` : `nodes ${names.slice(0, -1).join(', ')} and ${names.at(-1)} only lead to each other`;
  return {
    pointer: jsonPointer(['nodes', first]),
    rule: 'dead-end',
    severity: 'error',
    message: `${what}: a candidate who gets there can never reach an ending`,
    fix:
      group.length === 1
        ? 'Let one of its ways forward (a goto hotspot, an option or scale "next", or a timer) go to a node that leads on to an ending, or make it an ending.'
        : 'Let one of their ways forward (a goto hotspot, an option or scale "next", or a timer) go to a node that leads on to an ending, or make one of them an ending.',
  };
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
  // Without any ending, no-ending says it once; every node would otherwise be "trapped".
  if (endings.length > 0) for (const group of traps(scenario, reachable)) out.push(trapFinding(scenario, group));
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
