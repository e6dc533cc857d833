/**
 * English is optional in the format so a care team can test a Dutch draft, but the app shows
 * English alongside Dutch, so every missing translation is a warning.
 */
import { LocalizedText } from '../localized-text.ts';
import { Scenario } from '../scenario-schema.ts';
import { describePath, SCENARIO_NAME } from './names.ts';
import { jsonPointer, type BilingualText, type Finding } from './problem.ts';
import { childSchema, walk, type Schema } from './zod-walk.ts';

const NL_FIELD = LocalizedText.shape.nl;

/** `root` is the document's schema: scenarios by default, or a leerwerkplaatsprofiel. */
export function missingEnglishFindings(scenario: unknown, root: Schema = Scenario, rootName: BilingualText = SCENARIO_NAME): Finding[] {
  const out: Finding[] = [];
  walk(root, scenario, (schema, value, path) => {
    if (childSchema(schema, value, 'nl') !== NL_FIELD) return;
    const text = value as LocalizedText;
    if (text.en === undefined) {
      const nl = text.nl.length > 50 ? text.nl.slice(0, 47) + '…' : text.nl;
      const where = describePath(scenario, path, rootName);
      out.push({
        pointer: jsonPointer(path),
        rule: 'missing-en',
        severity: 'warning',
        message: { nl: `${where.nl}: de Engelse tekst ontbreekt (Nederlands: "${nl}")`, en: `${where.en}: the English text (en) is missing (nl: "${nl}")` },
        fix: {
          nl: 'Vul de Engelse vertaling in, naast de Nederlandse tekst ("en" in het bestand). Zonder Engels ziet een Engelstalige kandidaat de Nederlandse tekst.',
          en: 'Fill in the English translation next to the Dutch text: "en": "…" next to "nl".',
        },
      });
    }
    return false;
  });
  return out;
}
