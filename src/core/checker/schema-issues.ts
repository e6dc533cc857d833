/**
 * Turns zod issues into problems a content maker can act on: plain Dutch (with the editor's
 * names for things) and English, the place named by ids, the JSON pointer, and a concrete fix
 * (with a typo suggestion where obvious).
 */
import type { z } from 'zod';
import { LocalizedText } from '../localized-text.ts';
import { Scenario } from '../scenario-schema.ts';
import { describePath, didYouMean, quoteList, SCENARIO_NAME } from './names.ts';
import { jsonPointer, type BilingualText, type Finding, type PathSegment } from './problem.ts';
import { allowedKeys, describe, schemaAt, type Schema } from './zod-walk.ts';

type Issue = z.core.$ZodIssue;

/** Which content format the issues are about: its schema, its docs and what to call the whole file. */
export interface SchemaFormat {
  root: Schema;
  docs: string;
  /** Used when a problem is about the file as a whole, e.g. "the scenario". */
  rootName: BilingualText;
}

export const SCENARIO_SCHEMA_FORMAT: SchemaFormat = { root: Scenario, docs: 'docs/scenario-format.md', rootName: SCENARIO_NAME };
const NL_FIELD = LocalizedText.shape.nl;

/**
 * The Dutch for the schemas' own messages (their `error:` options, English because zod and
 * the file format speak English). Kept here, not in the schemas, so the player never carries
 * them; a test checks every `error:` in the schemas has its Dutch here. Messages made while
 * checking (a refinement naming values) bring their Dutch along as `params.nl`.
 */
export const SCHEMA_MESSAGES_NL: Record<string, string> = {
  'ids use lowercase letters, digits and hyphens (max 64), e.g. "kamer-mevrouw-jansen"':
    'een id bestaat uit kleine letters, cijfers en streepjes (hoogstens 64), bijvoorbeeld "kamer-mevrouw-jansen"',
  'media paths are relative to the scenario folder, e.g. "media/gang.jpg" (no "..", no URL)':
    'een bestandsnaam gaat uit van de map van de situatie, bijvoorbeeld "media/gang.jpg" (geen "..", geen internetadres)',
  'version is "major.minor.patch", e.g. "1.0.0"': 'een versie is "hoofd.klein.patch", bijvoorbeeld "1.0.0"',
  'give every option at least one work aspect tag': 'kies bij elk antwoord minstens één deel van het werk ("Over welk deel van het werk gaat dit?")',
  'a scale needs max > min and at most 11 steps': 'bij een schaal moet de hoogste waarde boven de laagste liggen, met hoogstens 11 stappen',
  'Dutch text (nl) is required': 'de Nederlandse tekst is nodig',
  'Dutch text (nl) must not be empty': 'de Nederlandse tekst mag niet leeg zijn',
  'English text (en) must not be empty; leave it out instead': 'de Engelse tekst mag niet leeg zijn; laat hem dan helemaal weg',
  'must not be empty': 'mag niet leeg zijn',
  'a scenario is named "<zorgcategorie>/<scenario-id>", its folder under scenes/, e.g. "ouderenzorg/ochtend-verpleeghuis"':
    'een situatie heet "<zorgcategorie>/<scenario-id>", de map onder scenes/, bijvoorbeeld "ouderenzorg/ochtend-verpleeghuis"',
  'write the date as yyyy-mm-dd, e.g. "2026-09-01"': 'schrijf de datum als jjjj-mm-dd, bijvoorbeeld "2026-09-01"',
  'first name only, one word (no surname), e.g. "Sanne"': 'alleen de voornaam, één woord (geen achternaam), bijvoorbeeld "Sanne"',
  'a team mailbox address, e.g. "stage.de-linde@example.nl"': 'een mailadres van het team, bijvoorbeeld "stage.de-linde@example.nl"',
  'give 2 to 6 work aspects that characterise the team': 'kies 2 tot 6 delen van het werk die het team typeren',
  'give at most 6 work aspects: the ones that characterise this team most': 'kies hoogstens 6 delen van het werk: die het team het meest typeren',
  'give one or two leervoorkeuren: the ones this person recognises most': 'kies één of twee leervoorkeuren: die deze persoon het meest herkent',
  'name at least one shift a student works': 'noem minstens één dienst die een student draait',
};

/** zod's own English messages; ours (from the schema's `error:` options) are kept verbatim. */
const isDefaultMessage = (message: string) => /^(Invalid|Too (small|big)|Unrecognized)/.test(message);

/** A schema's own message in both languages (the English where no Dutch is known). */
function customWords(issue: Issue): BilingualText | undefined {
  if (isDefaultMessage(issue.message)) return undefined;
  const params = 'params' in issue ? (issue.params as { nl?: unknown } | undefined) : undefined;
  const nl = typeof params?.nl === 'string' ? params.nl : SCHEMA_MESSAGES_NL[issue.message];
  return { nl: nl ?? issue.message, en: issue.message };
}

function get(root: unknown, path: readonly PathSegment[]): unknown {
  let v = root;
  for (const seg of path) v = v && typeof v === 'object' ? (v as Record<PathSegment, unknown>)[seg] : undefined;
  return v;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const withPeriod = (s: string) => (/[.?!]$/.test(s) ? s : s + '.');
/** The field's description from the schema: English, for people who edit the file. */
const hint = (s: Schema | undefined) => {
  const d = describe(s)?.replace(/\.$/, '');
  return d ? ` (${d})` : '';
};

const TYPE_NAMES: Record<string, BilingualText> = {
  string: { nl: 'een tekst', en: 'a string' },
  number: { nl: 'een getal', en: 'a number' },
  int: { nl: 'een heel getal', en: 'a whole number' },
  boolean: { nl: 'true of false (ja of nee)', en: 'true/false' },
  object: { nl: 'een object ({ … })', en: 'an object ({ … })' },
  array: { nl: 'een lijst ([ … ])', en: 'a list ([ … ])' },
  null: { nl: 'null', en: 'null' },
};
const typeName = (expected: string): BilingualText => TYPE_NAMES[expected] ?? { nl: expected, en: expected };

/** "a string", "a number (200)", "a list" — what was actually written. */
function describeValue(value: unknown): BilingualText {
  if (value === undefined) return { nl: 'niets', en: 'nothing' };
  if (value === null) return { nl: 'null', en: 'null' };
  if (Array.isArray(value)) return { nl: 'een lijst', en: 'a list' };
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? value.slice(0, 37) + '…' : value;
      return { nl: `de tekst "${shown}"`, en: `a string ("${shown}")` };
    }
    case 'number':
      return { nl: `het getal ${value}`, en: `a number (${value})` };
    case 'boolean':
      return { nl: `${value}`, en: `${value}` };
    default:
      return { nl: 'een object', en: 'an object' };
  }
}

/** True when the schema at `path` is a LocalizedText (whose `nl` field is shared by all copies). */
function isLocalizedText(root: Schema, raw: unknown, path: PathSegment[]): boolean {
  return schemaAt(root, raw, [...path, 'nl']) === NL_FIELD;
}

interface Ctx {
  format: SchemaFormat;
  raw: unknown;
  path: PathSegment[];
  where: BilingualText;
  value: unknown;
  schema: Schema | undefined;
}

/** "where: what" in both languages. */
const at = (where: BilingualText, what: BilingualText): BilingualText => ({ nl: `${where.nl}: ${what.nl}`, en: `${where.en}: ${what.en}` });

function finding(ctx: Ctx, message: BilingualText, fix: BilingualText, rule: Finding['rule'] = 'schema', path = ctx.path): Finding {
  return { pointer: jsonPointer(path), rule, severity: 'error', message, fix: { nl: withPeriod(fix.nl), en: withPeriod(fix.en) } };
}

const parentOf = (ctx: Ctx) => describePath(ctx.raw, ctx.path.slice(0, -1), ctx.format.rootName);
/** The last field's name as the maker sees it ("titel") and as the file has it ("title"). */
const fieldName = (ctx: Ctx): BilingualText => {
  const key = String(ctx.path.at(-1));
  const nl = describePath({}, [key]).nl;
  return { nl, en: key };
};

function missingField(ctx: Ctx): Finding {
  const key = fieldName(ctx);
  return finding(ctx, at(parentOf(ctx), { nl: `"${key.nl}" ontbreekt`, en: `"${key.en}" is missing` }), {
    nl: `Vul "${key.nl}" in`,
    en: `Add "${key.en}"${hint(ctx.schema)}; see ${ctx.format.docs}`,
  });
}

function invalidType(ctx: Ctx, expected: string): Finding {
  if (ctx.value === undefined) return missingField(ctx);
  if (expected === 'object' && typeof ctx.value === 'string' && isLocalizedText(ctx.format.root, ctx.raw, ctx.path)) {
    return finding(
      ctx,
      at(ctx.where, {
        nl: 'hier hoort een tekst in het Nederlands en het Engels (een object met "nl" en "en"), maar er staat alleen een tekst',
        en: 'expected a text with Dutch and English (an object with "nl" and "en"), got a plain string',
      }),
      { nl: `Schrijf het als {"nl": ${JSON.stringify(ctx.value)}, "en": "…"}`, en: `Write it as {"nl": ${JSON.stringify(ctx.value)}, "en": "…"}` },
    );
  }
  const want = typeName(expected);
  const got = describeValue(ctx.value);
  return finding(ctx, at(ctx.where, { nl: `hier hoort ${want.nl}, maar er staat ${got.nl}`, en: `expected ${want.en}, got ${got.en}` }), {
    nl: `Maak er ${want.nl} van`,
    en: `Change the value to ${want.en}${hint(ctx.schema)}`,
  });
}

function sizeIssue(ctx: Ctx, issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): Finding {
  const small = issue.code === 'too_small';
  const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const bound: BilingualText = small
    ? issue.inclusive
      ? { nl: 'minstens', en: 'at least' }
      : { nl: 'meer dan', en: 'more than' }
    : issue.inclusive
      ? { nl: 'hoogstens', en: 'at most' }
      : { nl: 'minder dan', en: 'less than' };
  const custom = customWords(issue);
  if (issue.origin === 'array' || issue.origin === 'set') {
    const n = Array.isArray(ctx.value) ? ctx.value.length : 0;
    const what = custom ?? {
      nl: `${bound.nl} ${limit} nodig, nu ${n}`,
      en: `needs ${bound.en} ${limit} item${limit === 1 ? '' : 's'}, has ${n}`,
    };
    return finding(
      ctx,
      at(ctx.where, what),
      small ? { nl: 'Voeg er meer toe', en: `Add items to the list${hint(ctx.schema)}` } : { nl: 'Haal er een paar weg', en: 'Remove items from the list' },
    );
  }
  if (issue.origin === 'string') {
    const what =
      custom ??
      (small && limit === 1
        ? { nl: 'mag niet leeg zijn', en: 'must not be empty' }
        : { nl: `moet ${bound.nl} ${limit} tekens lang zijn`, en: `must be ${bound.en} ${limit} characters long` });
    return finding(
      ctx,
      at(ctx.where, what),
      small ? { nl: 'Vul een tekst in', en: `Fill in a text${hint(ctx.schema)}` } : { nl: 'Maak de tekst korter', en: 'Shorten the text' },
    );
  }
  const got = describeValue(ctx.value);
  const what = custom ?? { nl: `moet ${bound.nl} ${limit} zijn, maar is ${got.nl}`, en: `must be ${bound.en} ${limit}, got ${got.en}` };
  return finding(ctx, at(ctx.where, what), { nl: `Kies een waarde van ${bound.nl} ${limit}`, en: `Use a value ${bound.en} ${limit}${hint(ctx.schema)}` });
}

function allowedValues(ctx: Ctx, values: readonly unknown[], what = 'value'): Finding {
  const list = quoteList(values);
  if (ctx.value === undefined) {
    const key = fieldName(ctx);
    return finding(ctx, at(parentOf(ctx), { nl: `"${key.nl}" ontbreekt`, en: `"${key.en}" is missing` }), {
      nl: `Vul "${key.nl}" in met een van: ${list}`,
      en: `Add "${key.en}" with one of: ${list}`,
    });
  }
  const shown = describeValue(ctx.value);
  const typo =
    typeof ctx.value === 'string'
      ? didYouMean(
          ctx.value,
          values.filter((v): v is string => typeof v === 'string'),
        )
      : { nl: '', en: '' };
  if (values.length === 1) {
    return finding(ctx, at(ctx.where, { nl: `moet ${list} zijn, maar is ${shown.nl}`, en: `must be ${list}, got ${shown.en}` }), {
      nl: `Maak er ${list} van`,
      en: `Set it to ${list}${hint(ctx.schema)}`,
    });
  }
  const whatNl = what === 'value' ? 'waarde' : describePath({}, [what]).nl;
  return finding(ctx, at(ctx.where, { nl: `${shown.nl} is geen toegestane ${whatNl}`, en: `${shown.en} is not an allowed ${what}` }), {
    nl: `Kies een van: ${list}.${typo.nl}`,
    en: `Use one of: ${list}.${typo.en}`,
  });
}

function unionIssue(ctx: Ctx, issue: Extract<Issue, { code: 'invalid_union' }>): Finding {
  // Discriminated union (hotspot kind, question kind, media type): the path ends at the tag.
  if ('options' in issue && issue.discriminator !== undefined && issue.options) {
    return allowedValues(ctx, issue.options, issue.discriminator);
  }
  // Plain union of literals (niveaus 1–4) or of types (variable values): merge the branches.
  const branches = issue.errors.map((errs) => errs.filter((e) => e.path.length === 0));
  const literals = branches.flatMap((errs) => errs.flatMap((e) => (e.code === 'invalid_value' ? e.values : [])));
  if (literals.length === branches.length) return allowedValues(ctx, literals);
  const types = branches.flatMap((errs) => errs.flatMap((e) => (e.code === 'invalid_type' ? [typeName(e.expected)] : [])));
  if (types.length === branches.length) {
    const join = (lang: 'nl' | 'en', or: string) =>
      types
        .slice(0, -1)
        .map((t) => t[lang])
        .join(', ') + ` ${or} ${types.at(-1)![lang]}`;
    const expected = { nl: join('nl', 'of'), en: join('en', 'or') };
    const got = describeValue(ctx.value);
    return finding(ctx, at(ctx.where, { nl: `hier hoort ${expected.nl}, maar er staat ${got.nl}`, en: `expected ${expected.en}, got ${got.en}` }), {
      nl: `Maak er ${expected.nl} van`,
      en: `Change the value to ${expected.en}`,
    });
  }
  return finding(ctx, at(ctx.where, { nl: 'past bij geen enkele toegestane vorm', en: 'does not match any allowed form' }), {
    nl: `Vergelijk het met de voorbeelden in ${ctx.format.docs}`,
    en: `Compare it with the examples in ${ctx.format.docs}`,
  });
}

function unrecognizedKeys(ctx: Ctx, keys: string[]): Finding[] {
  const allowed = (ctx.schema && allowedKeys(ctx.schema, ctx.value)) ?? [];
  return keys.map((key) => {
    const suggestion = didYouMean(key, allowed);
    const fix: BilingualText = suggestion.en
      ? { nl: `Geef het een andere naam.${suggestion.nl}`, en: `Rename it.${suggestion.en}` }
      : {
          nl: `Haal het weg, of gebruik een van de toegestane velden: ${quoteList(allowed)}`,
          en: `Remove it, or use one of the allowed fields: ${quoteList(allowed)}`,
        };
    return finding(ctx, at(ctx.where, { nl: `onbekend veld "${key}"`, en: `unknown field "${key}"` }), fix, 'schema', [...ctx.path, key]);
  });
}

function missingNl(ctx: Ctx): Finding {
  const empty = typeof ctx.value === 'string';
  return finding(
    ctx,
    at(parentOf(ctx), {
      nl: `de Nederlandse tekst ${empty ? 'is leeg' : 'ontbreekt'}`,
      en: `the Dutch text (nl) is ${empty ? 'empty' : 'missing'}`,
    }),
    {
      nl: 'Schrijf eerst de Nederlandse tekst, in eenvoudige taal (A2/B1). De Engelse tekst kan later',
      en: 'Write the Dutch text first, in plain language (A2/B1): "nl": "…". The English text (en) can be added later',
    },
    'missing-nl',
  );
}

/** Maps one zod issue to one or more findings. */
function issueFindings(raw: unknown, issue: Issue, format: SchemaFormat): Finding[] {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const value = get(raw, path);
  const schema = schemaAt(format.root, raw, path);
  const ctx: Ctx = { format, raw, path, value, schema, where: describePath(raw, path, format.rootName) };
  const custom = customWords(issue);

  if (schema === NL_FIELD && (value === undefined || (typeof value === 'string' && value.trim() === ''))) {
    return [missingNl(ctx)];
  }
  switch (issue.code) {
    case 'unrecognized_keys':
      return unrecognizedKeys(ctx, issue.keys);
    case 'invalid_type':
      return [invalidType(ctx, issue.expected)];
    case 'too_small':
    case 'too_big':
      return [sizeIssue(ctx, issue)];
    case 'invalid_value':
      return [allowedValues(ctx, issue.values)];
    case 'invalid_union':
      return [unionIssue(ctx, issue)];
    case 'invalid_format': {
      const shown = describeValue(value);
      return [
        finding(
          ctx,
          at(ctx.where, { nl: `${shown.nl} heeft niet de goede vorm`, en: `${shown.en} has the wrong format` }),
          custom ? { nl: capitalize(custom.nl), en: capitalize(custom.en) } : { nl: `Gebruik een geldige ${issue.format}`, en: `Use a valid ${issue.format}` },
        ),
      ];
    }
    case 'invalid_key': {
      const inner = issue.issues.map((i) => customWords(i as Issue)).find((w) => w !== undefined);
      const name = String(path.at(-1));
      return [
        finding(
          ctx,
          at(ctx.where, { nl: `de naam "${name}" is niet toegestaan`, en: `the name "${name}" is not allowed` }),
          inner ? { nl: capitalize(inner.nl), en: capitalize(inner.en) } : { nl: 'Gebruik een geldige naam', en: 'Use a valid name' },
        ),
      ];
    }
    default: {
      // `custom` refinements (e.g. the scale range) carry their own explanation of the rule.
      const rule = custom ?? { nl: issue.message, en: issue.message };
      const got = describeValue(value);
      return [
        finding(ctx, at(ctx.where, { nl: `${rule.nl}, maar het is ${got.nl}`, en: `${rule.en}, got ${got.en}` }), {
          nl: 'Pas de waarde aan zodat ze aan deze regel voldoet',
          en: `Change the value${hint(schema)} to meet this rule; see ${format.docs}`,
        }),
      ];
    }
  }
}

/** `format` defaults to scenarios; leerwerkplaatsprofielen pass their own. */
export function schemaFindings(raw: unknown, issues: readonly Issue[], format = SCENARIO_SCHEMA_FORMAT): Finding[] {
  return issues.flatMap((issue) => issueFindings(raw, issue, format));
}
