/**
 * English is optional in the format so a care team can test a Dutch draft, but the app shows
 * English alongside Dutch, so every missing translation is a warning.
 */
import { LocalizedText } from '../localized-text.ts';
import { Scenario } from '../scenario-schema.ts';
import { describePath } from './names.ts';
import { jsonPointer, type Finding } from './problem.ts';
import { childSchema, walk, type Schema } from './zod-walk.ts';

const NL_FIELD = LocalizedText.shape.nl;

/** `root` is the document's schema: scenarios by default, or a leerwerkplaatsprofiel. */
export function missingEnglishFindings(scenario: unknown, root: Schema = Scenario): Finding[] {
  const out: Finding[] = [];
  walk(root, scenario, (schema, value, path) => {
    if (childSchema(schema, value, 'nl') !== NL_FIELD) return;
    const text = value as LocalizedText;
    if (text.en === undefined) {
      const nl = text.nl.length > 50 ? text.nl.slice(0, 47) + '…' : text.nl;
      out.push({
        pointer: jsonPointer(path),
        rule: 'missing-en',
        severity: 'warning',
        message: `${describePath(scenario, path)}: the English text (en) is missing (nl: "${nl}")`,
        fix: 'Add "en": "…" with the English translation next to "nl".',
      });
    }
    return false;
  });
  return out;
}
