/**
 * The shared shape of every operation: find the part, build the changed scenario with plain
 * immutable updates, and turn the difference into an edit. Finding a part that is not there
 * (a stale screen, a typo in an id) gives an error, never an exception.
 */
import type { Hotspot, Scenario, ScenarioNode } from '../scenario-schema.ts';
import type { BilingualText } from './bilingual-text.ts';
import { diffScenarios } from './diff-scenarios.ts';
import { fail, isFailure, type Failure, type Outcome } from './outcome.ts';

export type Change<T> = T | Failure;

/** Runs `change` and diffs; refuses scenarios whose node ids repeat, as edits key nodes by id. */
export function changeScenario(scenario: Scenario, label: BilingualText, mergeKey: string | undefined, change: (s: Scenario) => Change<Scenario>): Outcome {
  const seen = new Set<string>();
  for (const node of scenario.nodes) {
    if (seen.has(node.id)) {
      return fail(
        'duplicate-node-id',
        `Twee scènes hebben hetzelfde id "${node.id}". Geef eerst elke scène een eigen id in het bestand.`,
        `Two nodes have the same id "${node.id}". First give each node its own id in the file.`,
      );
    }
    seen.add(node.id);
  }
  const after = change(scenario);
  if (isFailure(after)) return after;
  return { ok: true, edit: diffScenarios(scenario, after, label, mergeKey) };
}

export function unknownNode(nodeId: string): Failure {
  return fail('unknown-node', `Er is geen scène met id "${nodeId}".`, `There is no node with id "${nodeId}".`);
}

export function findNode(scenario: Scenario, nodeId: string): Change<ScenarioNode> {
  return scenario.nodes.find((n) => n.id === nodeId) ?? unknownNode(nodeId);
}

export function changeNode(
  scenario: Scenario,
  nodeId: string,
  label: BilingualText,
  mergeKey: string | undefined,
  change: (node: ScenarioNode, scenario: Scenario) => Change<ScenarioNode>,
): Outcome {
  return changeScenario(scenario, label, mergeKey, (s) => {
    const index = s.nodes.findIndex((n) => n.id === nodeId);
    if (index < 0) return unknownNode(nodeId);
    const changed = change(s.nodes[index]!, s);
    if (isFailure(changed)) return changed;
    return { ...s, nodes: s.nodes.with(index, changed) };
  });
}

export function unknownHotspot(nodeId: string, hotspotId: string): Failure {
  return fail('unknown-hotspot', `Scène "${nodeId}" heeft geen hotspot "${hotspotId}".`, `Node "${nodeId}" has no hotspot "${hotspotId}".`);
}

/** `change` returning undefined removes the hotspot. */
export function changeHotspot(
  scenario: Scenario,
  where: { nodeId: string; hotspotId: string },
  label: BilingualText,
  mergeKey: string | undefined,
  change: (hotspot: Hotspot, node: ScenarioNode, scenario: Scenario) => Change<Hotspot | undefined>,
): Outcome {
  return changeNode(scenario, where.nodeId, label, mergeKey, (node, s) => {
    const index = node.hotspots.findIndex((h) => h.id === where.hotspotId);
    if (index < 0) return unknownHotspot(where.nodeId, where.hotspotId);
    const changed = change(node.hotspots[index]!, node, s);
    if (isFailure(changed)) return changed;
    const hotspots = changed === undefined ? node.hotspots.toSpliced(index, 1) : node.hotspots.with(index, changed);
    return { ...node, hotspots };
  });
}

/** Dutch and English names of the hotspot kinds, for messages. */
export const HOTSPOT_KIND_NAMES: Record<Hotspot['kind'], BilingualText> = {
  info: { nl: 'uitleg', en: 'info' },
  goto: { nl: 'ga naar', en: 'go to' },
  question: { nl: 'vraag', en: 'question' },
};

export function wrongHotspotKind(hotspot: Hotspot, wanted: Hotspot['kind']): Failure {
  const want = HOTSPOT_KIND_NAMES[wanted];
  const is = HOTSPOT_KIND_NAMES[hotspot.kind];
  return fail(
    'wrong-hotspot-kind',
    `Dit kan alleen bij een hotspot van de soort "${want.nl}". Hotspot "${hotspot.id}" is van de soort "${is.nl}".`,
    `This only works for a hotspot of the kind "${want.en}". Hotspot "${hotspot.id}" is of the kind "${is.en}".`,
  );
}
