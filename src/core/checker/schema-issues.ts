/**
 * Turns zod issues into problems a content maker can act on: plain English, the place named
 * by ids, the JSON pointer, and a concrete fix (with a typo suggestion where obvious).
 */
import type { z } from 'zod';
import { LocalizedText } from '../localized-text.ts';
import { Scenario } from '../scenario-schema.ts';
import { describePath, didYouMean, quoteList } from './names.ts';
import { jsonPointer, type Finding, type PathSegment } from './problem.ts';
import { allowedKeys, describe, schemaAt, type Schema } from './zod-walk.ts';

type Issue = z.core.$ZodIssue;

/** Which content format the issues are about: its schema, its docs and what to call the whole file. */
export interface SchemaFormat {
  root: Schema;
  docs: string;
  /** Used when a problem is about the file as a whole, e.g. "the scenario". */
  rootName: string;
}

export const SCENARIO_SCHEMA_FORMAT: SchemaFormat = { root: Scenario, docs: 'docs/scenario-format.md', rootName: 'the scenario' };
const NL_FIELD = LocalizedText.shape.nl;

/** zod's own English messages; ours (from the schema's `error:` options) are kept verbatim. */
const isDefaultMessage = (message: string) => /^(Invalid|Too (small|big)|Unrecognized)/.test(message);

function get(root: unknown, path: readonly PathSegment[]): unknown {
  let v = root;
  for (const seg of path) v = v && typeof v === 'object' ? (v as Record<PathSegment, unknown>)[seg] : undefined;
  return v;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const withPeriod = (s: string) => (/[.?!]$/.test(s) ? s : s + '.');
const hint = (s: Schema | undefined) => {
  const d = describe(s)?.replace(/\.$/, '');
  return d ? ` (${d})` : '';
};

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true/false',
  object: 'an object ({ … })',
  array: 'a list ([ … ])',
  null: 'null',
};
const typeName = (expected: string) => TYPE_NAMES[expected] ?? expected;

/** "a string", "a number (200)", "a list" — what was actually written. */
function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `a string ("${value.length > 40 ? value.slice(0, 37) + '…' : value}")`;
    case 'number':
      return `a number (${value})`;
    case 'boolean':
      return `${value}`;
    default:
      return 'an object';
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
  where: string;
  value: unknown;
  schema: Schema | undefined;
}

function finding(ctx: Ctx, message: string, fix: string, rule: Finding['rule'] = 'schema', path = ctx.path): Finding {
  return { pointer: jsonPointer(path), rule, severity: 'error', message, fix: withPeriod(fix) };
}

function missingField(ctx: Ctx): Finding {
  const parent = ctx.path.slice(0, -1);
  const key = String(ctx.path.at(-1));
  return finding(ctx, `${describePath(ctx.raw, parent, ctx.format.rootName)}: "${key}" is missing`, `Add "${key}"${hint(ctx.schema)}; see ${ctx.format.docs}`);
}

function invalidType(ctx: Ctx, expected: string): Finding {
  if (ctx.value === undefined) return missingField(ctx);
  if (expected === 'object' && typeof ctx.value === 'string' && isLocalizedText(ctx.format.root, ctx.raw, ctx.path)) {
    return finding(
      ctx,
      `${ctx.where}: expected a text with Dutch and English (an object with "nl" and "en"), got a plain string`,
      `Write it as {"nl": ${JSON.stringify(ctx.value)}, "en": "…"}`,
    );
  }
  return finding(
    ctx,
    `${ctx.where}: expected ${typeName(expected)}, got ${describeValue(ctx.value)}`,
    `Change the value to ${typeName(expected)}${hint(ctx.schema)}`,
  );
}

function sizeIssue(ctx: Ctx, issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): Finding {
  const small = issue.code === 'too_small';
  const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const bound = small ? (issue.inclusive ? 'at least' : 'more than') : issue.inclusive ? 'at most' : 'less than';
  const custom = isDefaultMessage(issue.message) ? undefined : issue.message;
  if (issue.origin === 'array' || issue.origin === 'set') {
    const n = Array.isArray(ctx.value) ? ctx.value.length : 0;
    const what = custom ?? `needs ${bound} ${limit} item${limit === 1 ? '' : 's'}, has ${n}`;
    return finding(ctx, `${ctx.where}: ${what}`, small ? `Add items to the list${hint(ctx.schema)}` : `Remove items from the list`);
  }
  if (issue.origin === 'string') {
    const what = custom ?? (small && limit === 1 ? 'must not be empty' : `must be ${bound} ${limit} characters long`);
    return finding(ctx, `${ctx.where}: ${what}`, small ? `Fill in a text${hint(ctx.schema)}` : 'Shorten the text');
  }
  const what = custom ?? `must be ${bound} ${limit}, got ${describeValue(ctx.value)}`;
  return finding(ctx, `${ctx.where}: ${what}`, `Use a value ${bound} ${limit}${hint(ctx.schema)}`);
}

function allowedValues(ctx: Ctx, values: readonly unknown[], what = 'value'): Finding {
  if (ctx.value === undefined) {
    const key = String(ctx.path.at(-1));
    return finding(
      ctx,
      `${describePath(ctx.raw, ctx.path.slice(0, -1), ctx.format.rootName)}: "${key}" is missing`,
      `Add "${key}" with one of: ${quoteList(values)}`,
    );
  }
  const shown = describeValue(ctx.value);
  const typo =
    typeof ctx.value === 'string'
      ? didYouMean(
          ctx.value,
          values.filter((v): v is string => typeof v === 'string'),
        )
      : '';
  if (values.length === 1) {
    return finding(ctx, `${ctx.where}: must be ${quoteList(values)}, got ${shown}`, `Set it to ${quoteList(values)}${hint(ctx.schema)}`);
  }
  return finding(ctx, `${ctx.where}: ${shown} is not an allowed ${what}`, `Use one of: ${quoteList(values)}.${typo}`);
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
    const expected = types.slice(0, -1).join(', ') + ' or ' + types.at(-1);
    return finding(ctx, `${ctx.where}: expected ${expected}, got ${describeValue(ctx.value)}`, `Change the value to ${expected}`);
  }
  return finding(ctx, `${ctx.where}: does not match any allowed form`, `Compare it with the examples in ${ctx.format.docs}`);
}

function unrecognizedKeys(ctx: Ctx, keys: string[]): Finding[] {
  const allowed = (ctx.schema && allowedKeys(ctx.schema, ctx.value)) ?? [];
  return keys.map((key) => {
    const suggestion = didYouMean(key, allowed);
    const fix = suggestion ? `Rename it.${suggestion}` : `Remove it, or use one of the allowed fields: ${quoteList(allowed)}`;
    return finding(ctx, `${ctx.where}: unknown field "${key}"`, fix, 'schema', [...ctx.path, key]);
  });
}

function missingNl(ctx: Ctx): Finding {
  const parent = ctx.path.slice(0, -1);
  const empty = typeof ctx.value === 'string';
  return finding(
    ctx,
    `${describePath(ctx.raw, parent, ctx.format.rootName)}: the Dutch text (nl) is ${empty ? 'empty' : 'missing'}`,
    'Write the Dutch text first, in plain language (A2/B1): "nl": "…". The English text (en) can be added later',
    'missing-nl',
  );
}

/** Maps one zod issue to one or more findings. */
function issueFindings(raw: unknown, issue: Issue, format: SchemaFormat): Finding[] {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const value = get(raw, path);
  const schema = schemaAt(format.root, raw, path);
  const ctx: Ctx = { format, raw, path, value, schema, where: describePath(raw, path, format.rootName) };
  const custom = isDefaultMessage(issue.message) ? undefined : issue.message;

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
    case 'invalid_format':
      return [finding(ctx, `${ctx.where}: ${describeValue(value)} has the wrong format`, capitalize(custom ?? `Use a valid ${issue.format}`))];
    case 'invalid_key': {
      const inner = issue.issues.map((i) => i.message).find((m) => !isDefaultMessage(m));
      return [finding(ctx, `${ctx.where}: the name "${String(path.at(-1))}" is not allowed`, capitalize(inner ?? 'Use a valid name'))];
    }
    default:
      // `custom` refinements (e.g. the scale range) carry their own explanation of the rule.
      return [
        finding(
          ctx,
          `${ctx.where}: ${custom ?? issue.message}, got ${describeValue(value)}`,
          `Change the value${hint(schema)} to meet this rule; see ${format.docs}`,
        ),
      ];
  }
}

/** `format` defaults to scenarios; leerwerkplaatsprofielen pass their own. */
export function schemaFindings(raw: unknown, issues: readonly Issue[], format = SCENARIO_SCHEMA_FORMAT): Finding[] {
  return issues.flatMap((issue) => issueFindings(raw, issue, format));
}
