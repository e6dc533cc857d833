import type { Question, Scenario, ScenarioNode } from './scenario-schema.ts';
import { nodeLinks } from './node-links.ts';

/** Fast lookups over a parsed scenario; built once per scenario, never mutated. */
export interface ScenarioIndex {
  scenario: Scenario;
  nodes: ReadonlyMap<string, ScenarioNode>;
  /** Every question in a node: the node's own question and those behind question hotspots. */
  questionsByNode: ReadonlyMap<string, ReadonlyMap<string, Question>>;
}

export function indexScenario(scenario: Scenario): ScenarioIndex {
  const nodes = new Map<string, ScenarioNode>();
  const questionsByNode = new Map<string, Map<string, Question>>();
  for (const node of scenario.nodes) {
    if (!nodes.has(node.id)) nodes.set(node.id, node);
    const qs = new Map<string, Question>();
    if (node.question) qs.set(node.question.id, node.question);
    for (const h of node.hotspots) if (h.kind === 'question') qs.set(h.question.id, h.question);
    questionsByNode.set(node.id, qs);
  }
  return { scenario, nodes, questionsByNode };
}

/** Node ids a node can lead to in one step (goto hotspots, options, scale next, timer). */
export function nextNodeIds(node: ScenarioNode): string[] {
  return [...new Set(nodeLinks(node).map((l) => l.target))];
}
