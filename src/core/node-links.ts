import type { LocalizedText } from './localized-text.ts';
import type { Hotspot, Question, ScenarioNode } from './scenario-schema.ts';

/** One way out of a node: a door (goto hotspot), an answer, a scale, or a timer running out. */
export interface NodeLink {
  kind: 'goto' | 'option' | 'scale' | 'timer';
  target: string;
  /** What the candidate sees for this way out (the door's label, the answer); null for a timer. */
  label: LocalizedText | null;
  /** Where in the node the link is written, as path segments (for JSON pointers and the editor). */
  path: (string | number)[];
}

function questionLinks(q: Question, path: (string | number)[]): NodeLink[] {
  if (q.kind === 'scale') return q.next ? [{ kind: 'scale', target: q.next, label: q.prompt, path: [...path, 'next'] }] : [];
  return q.options.flatMap((o, i) => (o.next ? [{ kind: 'option' as const, target: o.next, label: o.label, path: [...path, 'options', i, 'next'] }] : []));
}

/** Every way out of a node, in the order the node lists them. The one reading of "where can a node lead". */
export function nodeLinks(node: ScenarioNode): NodeLink[] {
  const out: NodeLink[] = [];
  (node.hotspots as Hotspot[]).forEach((h, i) => {
    if (h.kind === 'goto') out.push({ kind: 'goto', target: h.target, label: h.label, path: ['hotspots', i, 'target'] });
    if (h.kind === 'question') out.push(...questionLinks(h.question, ['hotspots', i, 'question']));
  });
  if (node.question) out.push(...questionLinks(node.question, ['question']));
  if (node.timer) out.push({ kind: 'timer', target: node.timer.next, label: null, path: ['timer', 'next'] });
  return out;
}
