/** Helpers that make messages point a content maker at the right place in the file. */
import type { BilingualText, PathSegment } from './problem.ts';

/** Arrays whose items carry an `id`, and what to call one item (the editor's words in Dutch). */
const ITEM_NOUNS = new Map<PathSegment | undefined, BilingualText>([
  ['nodes', { nl: 'scène', en: 'node' }],
  ['hotspots', { nl: 'hotspot', en: 'hotspot' }],
  ['options', { nl: 'antwoord', en: 'option' }],
  // leerwerkplaatsprofiel: volatile.werkbegeleiders.people
  ['people', { nl: 'werkbegeleider', en: 'werkbegeleider' }],
]);
const QUESTION: BilingualText = { nl: 'vraag', en: 'question' };

/**
 * Field names as the editor and the profile form call them, so a Dutch message names the field
 * the maker sees. Fields not listed keep their name from the file.
 */
const FIELD_NL: Record<string, string> = {
  title: 'titel',
  description: 'beschrijving',
  narration: 'verteller',
  captions: 'ondertiteling',
  audio: 'ingesproken tekst',
  label: 'naam',
  text: 'uitleg',
  prompt: 'vraagtekst',
  ending: 'einde',
  takeaway: 'slotzin',
  talkingPoint: 'gespreksvraag',
  minLabel: 'laagste waarde',
  maxLabel: 'hoogste waarde',
  target: 'gaat naar',
  next: 'gaat naar',
  startNode: 'beginscène',
  nodes: 'scènes',
  hotspots: 'hotspots',
  options: 'antwoorden',
  media: 'foto of video',
  preview: 'voorbeeldbeeld',
  src: 'bestand',
  tags: 'werkaspecten',
  yaw: 'plek opzij',
  pitch: 'plek omhoog',
  zorgcategorie: 'soort zorg',
  beroep: 'beroep',
  niveaus: 'mbo-niveau',
  kind: 'soort',
  nl: 'Nederlands',
  en: 'Engels',
  // leerwerkplaatsprofiel, as the profile form in the dashboard calls the parts
  stable: 'vaste gegevens',
  volatile: 'actuele gegevens',
  placements: 'leerplaatsen',
  places: 'plaats',
  people: 'werkbegeleiders',
};

function idOf(value: unknown): string | undefined {
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id;
    if (typeof id === 'string' && id !== '') return id;
  }
  return undefined;
}

/** What to call the whole file when a problem is about all of it. */
export const SCENARIO_NAME: BilingualText = { nl: 'de situatie', en: 'the scenario' };

/**
 * Names the place `path` points at in words, e.g. `node "gang" › hotspot "deur" › label.nl`
 * (English, the file's names) and `scène "gang" › hotspot "deur" › naam › Nederlands` (Dutch,
 * the editor's names), using the ids found in `root` along the way (positions only when there
 * is no id).
 */
export function describePath(root: unknown, path: readonly PathSegment[], rootName: BilingualText = SCENARIO_NAME): BilingualText {
  const owners: BilingualText[] = [];
  let field: { nl: string[]; en: string[] } = { nl: [], en: [] };
  let cur: unknown = root;
  let prevKey: PathSegment | undefined;
  for (const seg of path) {
    const next = cur && typeof cur === 'object' ? (cur as Record<PathSegment, unknown>)[seg] : undefined;
    // A question is a single object with an id (node.question, hotspot.question).
    const noun = typeof seg === 'number' ? ITEM_NOUNS.get(prevKey) : seg === 'question' ? QUESTION : undefined;
    if (noun) {
      const id = idOf(next);
      const name = (word: string) => (id ? `${word} "${id}"` : typeof seg === 'number' ? `${word} #${seg + 1}` : word);
      owners.push({ nl: name(noun.nl), en: name(noun.en) });
      field = { nl: [], en: [] }; // "hotspots" is implied by the noun
    } else if (typeof seg === 'number') {
      field.en.push(`${field.en.pop() ?? ''}[${seg}]`);
      field.nl.push(`${field.nl.pop() ?? ''} nr. ${seg + 1}`);
    } else {
      field.en.push(seg);
      field.nl.push(FIELD_NL[seg] ?? seg);
    }
    prevKey = seg;
    cur = next;
  }
  const say = (lang: 'nl' | 'en') => {
    const parts = owners.map((o) => o[lang]);
    if (field[lang].length) parts.push(field[lang].join(lang === 'en' ? '.' : ' › '));
    return parts.length ? parts.join(' › ') : rootName[lang];
  };
  return { nl: say('nl'), en: say('en') };
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

/** ` Did you mean "x"?` (and the Dutch) or '' — appended to fix texts. */
export function didYouMean(word: string, candidates: Iterable<string>): BilingualText {
  const hit = closest(word, candidates);
  return hit !== undefined && hit !== word ? { nl: ` Bedoel je "${hit}"?`, en: ` Did you mean "${hit}"?` } : { nl: '', en: '' };
}

export function quoteList(items: readonly unknown[]): string {
  return items.map((i) => (typeof i === 'string' ? `"${i}"` : String(i))).join(', ');
}
