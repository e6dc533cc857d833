import fc from 'fast-check';

/**
 * Building blocks of the API fuzz tests (fuzz.test.ts and the ones of newer endpoints): junk of
 * every kind, near-valid objects and bodies, and path segments that trouble routers and databases.
 */

/** One character: plain, any code point, or one known to trouble parsers and databases. */
export const nastyChar = fc.oneof(
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  // PostgreSQL cannot store NUL in text: worth trying often.
  { weight: 1, arbitrary: fc.constant('\u0000') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '\u0000',
      '\u0001',
      '\u001f',
      '\n',
      '\r',
      '\t',
      '\ud800',
      '\udfff',
      '\u202e',
      '\ufeff',
      '\uffff',
      '😀',
      '%',
      '"',
      "'",
      '\\',
      ';',
      '-',
      ' ',
      'é',
    ),
  },
);
/** Strings of any characters: NUL, control characters, lone surrogates, emoji. */
export const anyString = fc.string({ unit: nastyChar, maxLength: 40 });
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 3, stringUnit: nastyChar }));
/** Values of the wrong kind for any field. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  anyJson,
  anyString,
  fc.constantFrom(
    null,
    true,
    0,
    -1,
    1.5,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    '',
    ' ',
    'x'.repeat(5000),
    [],
    {},
    JSON.parse('{"__proto__":{"admin":true}}'),
    JSON.parse('{"constructor":{"prototype":{"admin":true}}}'),
  ),
);

/** Either a plausible value (weight 1) or junk (weight `junkWeight`). */
export const field = <T>(valid: fc.Arbitrary<T>, junkWeight = 2) => fc.oneof({ weight: 1, arbitrary: valid }, { weight: junkWeight, arbitrary: junk });

/** An object with some of the expected keys, each plausible or not, and sometimes an extra key. */
export function shaped(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.record(fields, { requiredKeys: [] }), fc.option(fc.tuple(fc.string({ maxLength: 12 }), anyJson), { freq: 4 }))
    .map(([obj, extra]) => (extra ? { ...obj, [extra[0]]: extra[1] } : obj));
}

type FieldMutation = 'junk' | 'nasty-char' | 'drop' | 'extra-key';

/**
 * A valid object (from `valid`) with up to two small mistakes: a field of the wrong kind, a
 * troublesome character in a string, a key left out, or an extra key. About a third stay valid,
 * so inputs reach past validation into the database.
 */
export function nearValid(valid: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const step = fc.record({
    kind: fc.constantFrom<FieldMutation>('junk', 'nasty-char', 'drop', 'extra-key'),
    index: fc.nat(),
    value: junk,
    char: nastyChar,
    key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'organisationId', 'id')),
  });
  return fc.tuple(valid, fc.array(step, { maxLength: 2 })).map(([obj, steps]) => {
    const o = structuredClone(obj);
    for (const { kind, index, value, char, key } of steps) {
      const keys = Object.keys(o);
      const k = keys[index % Math.max(1, keys.length)];
      if (kind === 'extra-key' || k === undefined) Object.defineProperty(o, key, { value, enumerable: true, configurable: true, writable: true });
      else if (kind === 'junk') o[k] = value;
      else if (kind === 'drop') delete o[k];
      else {
        const insert = (s: string) => s.slice(0, index % (s.length + 1)) + char + s.slice(index % (s.length + 1));
        const v = o[k];
        o[k] = typeof v === 'string' ? insert(v) : Array.isArray(v) && typeof v[0] === 'string' ? [insert(v[0]), ...v.slice(1)] : char;
      }
    }
    return o;
  });
}

/** What goes on the wire as an application/json body: JSON of any value, near-valid JSON, or raw text. */
export function jsonBody(nearValid: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 2, arbitrary: anyJson.map((v) => JSON.stringify(v)) },
    { weight: 5, arbitrary: nearValid.map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 1, arbitrary: fc.string({ unit: nastyChar, maxLength: 200 }) },
    { weight: 1, arbitrary: fc.json({ maxDepth: 3 }).map((s) => s.slice(0, Math.max(1, s.length - 1))) }, // cut-off JSON
  );
}

export const randomSegment = fc.oneof(
  fc.uuid().map(String),
  anyString.map((s) => encodeURIComponent(Buffer.from(s).toString())), // (the round trip replaces lone surrogates, which cannot be encoded)
  fc.string({ maxLength: 30 }), // raw: slashes, percent signs, dots, spaces
  fc.constantFrom('..', '.', '%', '%00', '%2e%2e', '%ZZ', 'null', 'undefined', '00000000-0000-4000-8000-000000000000', 'x'.repeat(200)),
);
