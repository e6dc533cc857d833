/**
 * Walks a zod schema alongside a JSON value. The checker uses this to find which fields are
 * allowed where (typo suggestions), the field descriptions (fix texts) and every
 * LocalizedText (missing translations) without repeating the scenario's shape by hand.
 * It reads zod 4's `_zod.def`, the documented surface for tools built on zod.
 */
import { z } from 'zod';
import type { PathSegment } from './problem.ts';

export type Schema = z.core.$ZodType;

interface Def {
  type: string;
  innerType?: Schema;
  in?: Schema;
  getter?: () => Schema;
  shape?: Record<string, Schema>;
  element?: Schema;
  valueType?: Schema;
  options?: Schema[];
  discriminator?: string;
  /** literal */
  values?: readonly unknown[];
  /** enum */
  entries?: Record<string, unknown>;
}

const def = (s: Schema): Def => s._zod.def as unknown as Def;

/** Wrappers that change optionality/defaults but not which fields are allowed. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

function literalValues(s: Schema | undefined): readonly unknown[] {
  if (!s) return [];
  const d = def(resolve(s, undefined));
  if (d.type === 'literal') return d.values ?? [];
  if (d.type === 'enum') return Object.values(d.entries ?? {});
  return [];
}

function unwrapOnce(s: Schema): Schema | undefined {
  const d = def(s);
  if (WRAPPERS.has(d.type)) return d.innerType;
  if (d.type === 'pipe') return d.in;
  if (d.type === 'lazy') return d.getter?.();
  return undefined;
}

/**
 * Strips wrappers, and for a discriminated union picks the member that `value`'s
 * discriminator selects (the union itself when it selects none).
 */
export function resolve(s: Schema, value: unknown): Schema {
  for (;;) {
    const inner = unwrapOnce(s);
    if (inner) {
      s = inner;
      continue;
    }
    const d = def(s);
    if (d.type === 'union' && d.discriminator && value && typeof value === 'object') {
      const tag = (value as Record<string, unknown>)[d.discriminator];
      const member = d.options?.find((o) => literalValues(def(resolve(o, undefined)).shape?.[d.discriminator!]).includes(tag));
      if (member) {
        s = member;
        continue;
      }
    }
    return s;
  }
}

/** The schema for `value[key]`, or undefined when the schema has no such place. */
export function childSchema(s: Schema, value: unknown, key: PathSegment): Schema | undefined {
  const d = def(resolve(s, value));
  if (d.type === 'object') return typeof key === 'string' ? d.shape?.[key] : undefined;
  if (d.type === 'array') return typeof key === 'number' ? d.element : undefined;
  if (d.type === 'record') return d.valueType;
  return undefined;
}

function get(value: unknown, key: PathSegment): unknown {
  return value && typeof value === 'object' ? (value as Record<PathSegment, unknown>)[key] : undefined;
}

/** The schema at `path` inside `rootValue`, following the value to pick union members. */
export function schemaAt(root: Schema, rootValue: unknown, path: readonly PathSegment[]): Schema | undefined {
  let s: Schema | undefined = root;
  let v = rootValue;
  for (const seg of path) {
    if (!s) return undefined;
    s = childSchema(s, v, seg);
    v = get(v, seg);
  }
  return s;
}

/** The allowed field names when `s` (for `value`) is an object schema. */
export function allowedKeys(s: Schema, value: unknown): string[] | undefined {
  const d = def(resolve(s, value));
  return d.type === 'object' ? Object.keys(d.shape ?? {}) : undefined;
}

/** The `.meta({ description })` on the schema or any wrapper inside it. */
export function describe(s: Schema | undefined): string | undefined {
  for (let cur = s; cur; cur = unwrapOnce(cur)) {
    const description = z.globalRegistry.get(cur)?.description;
    if (description) return description;
  }
  return undefined;
}

/**
 * Calls `visit` for every value in a parsed document together with its schema (objects,
 * arrays and records are descended into). Return false from `visit` to skip the children.
 */
export function walk(
  s: Schema,
  value: unknown,
  visit: (schema: Schema, value: unknown, path: PathSegment[]) => boolean | void,
  path: PathSegment[] = [],
): void {
  if (visit(s, value, path) === false || !value || typeof value !== 'object') return;
  const entries: [PathSegment, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [key, child] of entries) {
    const cs = childSchema(s, value, key);
    if (cs) walk(cs, child, visit, [...path, key]);
  }
}
