import type { Problem } from '../../core/checker.ts';
import { describePath } from '../../core/checker/names.ts';
import type { Language } from '../../core/localized-text.ts';

/** RFC 6901 pointer back to path segments (array positions as numbers, as describePath wants). */
function pathOf(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * A problem's message as shown next to its field: without the place it starts with
 * ('scène "start" › vraag "start-vraag" › antwoord "optie" › naam: '), which the command line
 * needs but the editor shows by where the note sits. The place is named by the checker's own
 * describePath, so this strips exactly what the checker wrote, and nothing when it differs.
 */
export function messageAtField(problem: Problem, scenario: unknown, lang: Language): string {
  const text = problem.message[lang];
  const path = pathOf(problem.pointer);
  // Some rules name the owner of the field (an answer that "gaat naar …"), so try that too.
  for (const place of [path, path.slice(0, -1)]) {
    if (place.length === 0) continue;
    const prefix = `${describePath(scenario, place)[lang]}: `;
    if (text.startsWith(prefix) && text.length > prefix.length) {
      const rest = text.slice(prefix.length);
      return rest.charAt(0).toUpperCase() + rest.slice(1);
    }
  }
  return text;
}
