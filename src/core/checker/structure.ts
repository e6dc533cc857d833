/**
 * Where things sit in a parsed scenario, with their JSON paths. Rule modules use these so
 * they agree on what "every question" or "every link" means.
 */
import type { Condition, Question, Scenario, ScenarioNode } from '../scenario-schema.ts';
import type { PathSegment } from './problem.ts';

export interface Located<T> {
  value: T;
  path: PathSegment[];
  node: ScenarioNode;
}

/** The node's own question and those behind question hotspots. */
export function questionsOf(node: ScenarioNode, nodePath: PathSegment[]): Located<Question>[] {
  const out: Located<Question>[] = [];
  if (node.question) out.push({ value: node.question, path: [...nodePath, 'question'], node });
  node.hotspots.forEach((h, j) => {
    if (h.kind === 'question') out.push({ value: h.question, path: [...nodePath, 'hotspots', j, 'question'], node });
  });
  return out;
}

export function conditionsOf(node: ScenarioNode, nodePath: PathSegment[]): Located<Condition>[] {
  const out: Located<Condition>[] = [];
  node.hotspots.forEach((h, j) => {
    if (h.condition) out.push({ value: h.condition, path: [...nodePath, 'hotspots', j, 'condition'], node });
  });
  for (const q of questionsOf(node, nodePath)) {
    if (q.value.kind === 'scale') continue;
    q.value.options.forEach((o, k) => {
      if (o.condition) out.push({ value: o.condition, path: [...q.path, 'options', k, 'condition'], node });
    });
  }
  return out;
}

/** A reference to a node id: where it is written and what kind of link it is. */
export interface NodeRef {
  target: string;
  path: PathSegment[];
  /** Used in messages: "goes to", "is the start node", "condition needs" … */
  kind: 'start' | 'link' | 'condition';
}

/** Every place a node id is written: start node, links (goto, next, timer) and conditions. */
export function nodeRefs(scenario: Scenario): NodeRef[] {
  const refs: NodeRef[] = [{ target: scenario.startNode, path: ['startNode'], kind: 'start' }];
  scenario.nodes.forEach((node, i) => {
    const np: PathSegment[] = ['nodes', i];
    node.hotspots.forEach((h, j) => {
      if (h.kind === 'goto') refs.push({ target: h.target, path: [...np, 'hotspots', j, 'target'], kind: 'link' });
    });
    for (const q of questionsOf(node, np)) {
      if (q.value.kind === 'scale') {
        if (q.value.next) refs.push({ target: q.value.next, path: [...q.path, 'next'], kind: 'link' });
      } else {
        q.value.options.forEach((o, k) => {
          if (o.next) refs.push({ target: o.next, path: [...q.path, 'options', k, 'next'], kind: 'link' });
        });
      }
    }
    if (node.timer) refs.push({ target: node.timer.next, path: [...np, 'timer', 'next'], kind: 'link' });
    for (const c of conditionsOf(node, np)) {
      for (const key of ['visited', 'notVisited'] as const) {
        c.value[key]?.forEach((target, m) => refs.push({ target, path: [...c.path, key, m], kind: 'condition' }));
      }
    }
  });
  return refs;
}
