/**
 * Removing a node, and with it every link that pointed at it, in one edit: a link to a node
 * that no longer exists would break playback, and one undo must bring node and links back.
 * Optional links (an option's or scale's `next`) are left out; required ones (a goto target,
 * a timer's `next`, the start node) become "" ("not chosen yet"), which the checker reports
 * next to the field. Conditions forget the node.
 */
import { nodeRefs, type NodeRef } from '../checker/structure.ts';
import type { Condition, Hotspot, Option, Question, Scenario, ScenarioNode } from '../scenario-schema.ts';
import { bilingual } from './bilingual-text.ts';
import { changeScenario, unknownNode } from './change-scenario.ts';
import type { Outcome } from './outcome.ts';

export type LinkKind = 'start' | 'goto' | 'option-next' | 'scale-next' | 'timer' | 'condition';

/** A link that was cleared, named by the ids of what holds it, so the editor can show it. */
export interface ClearedLink {
  link: LinkKind;
  nodeId?: string;
  hotspotId?: string;
  questionId?: string;
  optionId?: string;
}

export function removeNode(scenario: Scenario, args: { nodeId: string }): Outcome<{ clearedLinks: ClearedLink[] }> {
  const index = scenario.nodes.findIndex((n) => n.id === args.nodeId);
  if (index < 0) return unknownNode(args.nodeId);
  const outcome = changeScenario(scenario, bilingual('Scène verwijderd', 'Node removed'), undefined, (s) => ({
    ...s,
    startNode: s.startNode === args.nodeId ? '' : s.startNode,
    nodes: s.nodes.filter((n) => n.id !== args.nodeId).map((n) => unlinkNode(n, args.nodeId)),
  }));
  if (!outcome.ok) return outcome;
  // Links inside the removed node itself go with it.
  const refs = nodeRefs(scenario).filter((r) => r.target === args.nodeId && !(r.path[0] === 'nodes' && r.path[1] === index));
  return { ...outcome, clearedLinks: refs.map((r) => describeLink(scenario, r)) };
}

/** Returns the same object when nothing in it pointed at `id`, so unchanged nodes stay shared. */
function unlinkNode(node: ScenarioNode, id: string): ScenarioNode {
  let out = node;
  const hotspots = sameOrMapped(node.hotspots, (h) => unlinkHotspot(h, id));
  if (hotspots !== node.hotspots) out = { ...out, hotspots };
  if (node.question) {
    const question = unlinkQuestion(node.question, id);
    if (question !== node.question) out = { ...out, question };
  }
  if (node.timer?.next === id) out = { ...out, timer: { ...node.timer, next: '' } };
  return out;
}

function unlinkHotspot(hotspot: Hotspot, id: string): Hotspot {
  let out = withUnlinkedCondition(hotspot, id);
  if (out.kind === 'goto' && out.target === id) out = { ...out, target: '' };
  if (out.kind === 'question') {
    const question = unlinkQuestion(out.question, id);
    if (question !== out.question) out = { ...out, question };
  }
  return out;
}

function unlinkQuestion(question: Question, id: string): Question {
  if (question.kind === 'scale') {
    if (question.next !== id) return question;
    const { next: _next, ...rest } = question;
    return rest;
  }
  const options = sameOrMapped(question.options, (o) => unlinkOption(o, id));
  return options === question.options ? question : { ...question, options };
}

function unlinkOption(option: Option, id: string): Option {
  const out = withUnlinkedCondition(option, id);
  if (out.next !== id) return out;
  const { next: _next, ...rest } = out;
  return rest;
}

function withUnlinkedCondition<T extends { condition?: Condition }>(holder: T, id: string): T {
  const condition = holder.condition;
  if (!condition || ![condition.visited, condition.notVisited].some((list) => list?.includes(id))) return holder;
  const out: Condition = { ...condition };
  for (const key of ['visited', 'notVisited'] as const) {
    const list = condition[key]?.filter((n) => n !== id);
    if (list && list.length > 0) out[key] = list;
    else delete out[key];
  }
  // A condition with nothing left holds always: leave it out rather than write "condition": {}.
  if (Object.keys(out).length > 0) return { ...holder, condition: out };
  const { condition: _condition, ...rest } = holder;
  return rest as T;
}

function sameOrMapped<T>(items: T[], map: (item: T) => T): T[] {
  const mapped = items.map(map);
  return mapped.every((item, i) => item === items[i]) ? items : mapped;
}

function describeLink(scenario: Scenario, ref: NodeRef): ClearedLink {
  const path = ref.path;
  const link: LinkKind =
    ref.kind === 'start'
      ? 'start'
      : ref.kind === 'condition'
        ? 'condition'
        : path.at(-1) === 'target'
          ? 'goto'
          : path.includes('timer')
            ? 'timer'
            : path.includes('options')
              ? 'option-next'
              : 'scale-next';
  const out: ClearedLink = { link };
  let cur: unknown = scenario;
  path.forEach((seg, k) => {
    cur = (cur as Record<string | number, unknown> | undefined)?.[seg];
    const id = (cur as { id?: string } | undefined)?.id;
    if (id === undefined) return;
    if (path[k - 1] === 'nodes') out.nodeId = id;
    else if (path[k - 1] === 'hotspots') out.hotspotId = id;
    else if (path[k - 1] === 'options') out.optionId = id;
    else if (seg === 'question') out.questionId = id;
  });
  return out;
}
