import type { Language, LocalizedText } from '../localized-text.ts';
import type { LoggedScenario } from '../logged-content.ts';

/**
 * Small helpers to build generated sentences in both languages. Content may lack English (the
 * format allows drafts), so every generated text falls back to the Dutch content text rather
 * than leaving a gap.
 */

export const en = (text: LocalizedText): string => text.en ?? text.nl;

/** Both languages from one builder, so a template is written once per language side by side. */
export function both(make: (lang: Language, pick: (t: LocalizedText) => string) => string): { nl: string; en: string } {
  return { nl: make('nl', (t) => t.nl), en: make('en', en) };
}

/** "a, b en c" / "a, b and c". */
export function joinList(items: readonly string[], lang: Language): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${last}`;
}

/**
 * Lower-cases the first letter, for a label used mid-sentence ("Samenwerken met…" →
 * "samenwerken met…"); abbreviations stay as they are ("GGZ (…)").
 */
export function midSentence(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Ends a quoted sentence: no extra full stop after a quote that already ends in . ! or ? */
export function stop(quoted: string): string {
  return /[.!?]["”]?$/.test(quoted) ? '' : '.';
}

/** Text for an id whose content is gone (scenario changed): the id itself, in both languages. */
export function idText(id: string): { nl: string; en: string } {
  return { nl: id, en: id };
}

/** The scenario's title, or its logged path when the scenario is gone. */
export function scenarioTitle(s: LoggedScenario): LocalizedText {
  return s.index?.scenario.title ?? idText(s.path);
}

/** The scene's title, or its logged id when the node is gone. */
export function nodeTitle(s: LoggedScenario, nodeId: string): LocalizedText {
  return s.node(nodeId)?.title ?? idText(nodeId);
}

/** Whole seconds for people: 23 400 ms → "23 s". */
export function seconds(ms: number): string {
  return `${Math.round(ms / 1000)} s`;
}
