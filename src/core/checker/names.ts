/** Helpers that make messages point a content maker at the right place in the file. */
import type { PathSegment } from './problem.ts';

/** Arrays whose items carry an `id`, and what to call one item in a message. */
const ITEM_NOUNS = new Map<PathSegment | undefined, string>([
  ['nodes', 'node'],
  ['hotspots', 'hotspot'],
  ['options', 'option'],
  // leerwerkplaatsprofiel: volatile.werkbegeleiders.people
  ['people', 'werkbegeleider'],
]);

function idOf(value: unknown): string | undefined {
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id;
    if (typeof id === 'string' && id !== '') return id;
  }
  return undefined;
}

/**
 * Names the place `path` points at in words, e.g. `node "gang" › hotspot "deur" › label.nl`,
 * using the ids found in `root` along the way (array positions only when there is no id).
 */
export function describePath(root: unknown, path: readonly PathSegment[], rootName = 'the scenario'): string {
  const owners: string[] = [];
  let field: string[] = [];
  let cur: unknown = root;
  let prevKey: PathSegment | undefined;
  for (const seg of path) {
    const next = cur && typeof cur === 'object' ? (cur as Record<PathSegment, unknown>)[seg] : undefined;
    // A question is a single object with an id (node.question, hotspot.question).
    const noun = typeof seg === 'number' ? ITEM_NOUNS.get(prevKey) : seg === 'question' ? 'question' : undefined;
    if (noun) {
      if (typeof seg === 'number') field.pop(); // "hotspots" is implied by the noun
      const id = idOf(next);
      owners.push(id ? `${noun} "${id}"` : typeof seg === 'number' ? `${noun} #${seg + 1}` : noun);
      field = [];
    } else if (typeof seg === 'number') {
      field.push(`${field.pop() ?? ''}[${seg}]`);
    } else {
      field.push(seg);
    }
    prevKey = seg;
    cur = next;
  }
  const parts = [...owners];
  if (field.length) parts.push(field.join('.'));
  return parts.length ? parts.join(' › ') : rootName;
}

/**
 * Edit distance counting a swap of two neighbouring letters as one edit ("titel" → "title"),
 * the most common typo. Inputs are short field names and ids, so O(n·m) is fine.
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidate `word` is most likely a typo of, or undefined when none is close enough to be
 * an obvious suggestion (roughly one wrong letter per three).
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = c.toLowerCase() === lower ? 0 : editDistance(lower, c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}

/** ` Did you mean "x"?` or '' — appended to fix texts. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const hit = closest(word, candidates);
  return hit !== undefined && hit !== word ? ` Did you mean "${hit}"?` : '';
}

export function quoteList(items: readonly unknown[]): string {
  return items.map((i) => (typeof i === 'string' ? `"${i}"` : String(i))).join(', ');
}
