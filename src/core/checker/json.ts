/**
 * Reads JSON text and, when it is not valid JSON, says where (line and column) in words a
 * content maker editing in Notepad can follow.
 *
 * JSON.parse decides whether the text is valid. Where it is not, jsonc-parser (the scanner VS
 * Code uses) finds the spot: V8's messages differ between Node versions, some have no position
 * (Node 20: "Unexpected token") and some quote the file, line breaks included.
 */
import { printParseErrorCode, visit } from 'jsonc-parser';
import type { BilingualText, Problem } from './problem.ts';

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

/** What each scanner error means, in words for someone who does not know JSON's grammar. */
const REASONS: Record<ReturnType<typeof printParseErrorCode>, BilingualText> = {
  InvalidSymbol: {
    nl: 'hier staat iets wat geen JSON is: tekst zonder dubbele aanhalingstekens, enkele aanhalingstekens, of een verkeerd gespeld true, false of null',
    en: 'there is something that is not JSON here: text without double quotes, single quotes, or a misspelt true, false or null',
  },
  InvalidNumberFormat: {
    nl: 'dit getal is niet geschreven zoals JSON het wil (geen nul vooraan, een punt voor decimalen)',
    en: 'this number is not written as JSON wants it (no leading zeros, a dot for decimals)',
  },
  PropertyNameExpected: { nl: 'hier hoort een veldnaam tussen dubbele aanhalingstekens', en: 'a field name in double quotes is expected here' },
  ValueExpected: { nl: 'hier ontbreekt een waarde', en: 'a value is missing here' },
  ColonExpected: { nl: 'er ontbreekt een dubbele punt (:) tussen de veldnaam en de waarde', en: 'a colon (:) is missing between the field name and its value' },
  CommaExpected: { nl: 'er ontbreekt een komma voor dit onderdeel', en: 'a comma is missing before this item' },
  CloseBraceExpected: { nl: 'er ontbreekt een sluitende }', en: 'a closing } is missing' },
  CloseBracketExpected: { nl: 'er ontbreekt een sluitende ]', en: 'a closing ] is missing' },
  EndOfFileExpected: { nl: 'er staat nog tekst na het einde van de JSON', en: 'there is more text after the end of the JSON' },
  InvalidCommentToken: { nl: 'JSON kent geen commentaar', en: 'JSON does not allow comments' },
  UnexpectedEndOfComment: { nl: 'JSON kent geen commentaar', en: 'JSON does not allow comments' },
  UnexpectedEndOfString: {
    nl: 'deze tekst heeft geen sluitend dubbel aanhalingsteken (") op dezelfde regel',
    en: 'this text has no closing double quote (") on its line',
  },
  UnexpectedEndOfNumber: { nl: 'dit getal stopt halverwege', en: 'this number stops halfway' },
  InvalidUnicode: {
    nl: 'een \\u-code heeft vier hexadecimale tekens nodig, bijvoorbeeld \\u00eb',
    en: 'a \\u escape needs four hexadecimal digits, e.g. \\u00eb',
  },
  InvalidEscapeCharacter: {
    nl: 'deze backslash (\\) begint een code die JSON niet kent; schrijf een backslash zelf als \\\\',
    en: 'this backslash (\\) starts an escape JSON does not know; write a backslash itself as \\\\',
  },
  InvalidCharacter: {
    nl: 'een tab of nieuwe regel in een tekst moet je schrijven als \\t of \\n',
    en: 'a tab or line break inside a text must be written as \\t or \\n',
  },
  '<unknown ParseErrorCode>': { nl: 'de JSON klopt hier niet', en: 'the JSON is broken here' },
};

interface JsonError {
  offset: number;
  line: number;
  column: number;
  reason: BilingualText;
}

function lineColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

/** The first spot where the text stops being JSON, with 1-based line and column. */
function firstError(body: string, v8Message: string): JsonError {
  let found: JsonError | undefined;
  // Where the first complete value ends: anything wrong after it is "more text after the end".
  let depth = 0;
  let rootEnd = Infinity;
  const close = (offset: number, length: number) => {
    if (--depth === 0) rootEnd = Math.min(rootEnd, offset + length);
  };
  visit(
    body,
    {
      onObjectBegin: () => void depth++,
      onArrayBegin: () => void depth++,
      onObjectEnd: close,
      onArrayEnd: close,
      onLiteralValue: (_value, offset, length) => {
        if (depth === 0) rootEnd = Math.min(rootEnd, offset + length);
      },
      onError(code, offset, _length, startLine, startCharacter) {
        const name = offset >= rootEnd ? 'EndOfFileExpected' : printParseErrorCode(code);
        found ??= { offset, line: startLine + 1, column: startCharacter + 1, reason: REASONS[name] };
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  if (found) return found;
  // The scanner found nothing JSON.parse objects to: V8's position when it gives one, else the end.
  const posMatch = /at position (\d+)/.exec(v8Message);
  const offset = posMatch ? Number(posMatch[1]) : body.length;
  const reason = v8Message
    .replace(/,? *(in JSON )?at position \d+.*$/s, '')
    .replace(/\s+/g, ' ')
    .trim();
  // V8 words it in English only; the Dutch says where and gives its words.
  return { offset, ...lineColumn(body, offset), reason: { nl: `de JSON klopt hier niet (${reason})`, en: reason } };
}

export function parseJsonText(text: string, file: string): JsonParseResult {
  // Windows editors like to add a byte order mark; JSON.parse rejects it, so drop it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    const at = firstError(body, e instanceof Error ? e.message : String(e));
    // A comma right before the error is the classic trailing comma after the last item.
    const trailingComma = /,\s*$/.test(body.slice(0, at.offset)) && /^\s*[}\]]/.test(body.slice(at.offset));
    const reason: BilingualText =
      body.trim() === ''
        ? { nl: 'het bestand is leeg', en: 'the file is empty' }
        : trailingComma
          ? { nl: 'er staat een komma na het laatste onderdeel', en: 'there is a comma after the last item' }
          : at.reason;
    return {
      ok: false,
      problem: {
        file,
        pointer: '',
        rule: 'invalid-json',
        severity: 'error',
        message: {
          nl: `het bestand is geen geldige JSON op regel ${at.line}, kolom ${at.column}: ${reason.nl}`,
          en: `the file is not valid JSON at line ${at.line}, column ${at.column}: ${reason.en}`,
        },
        fix: trailingComma
          ? {
              nl: 'Haal de komma voor de sluitende } of ] weg; JSON staat die niet toe.',
              en: 'Remove the comma before the closing } or ]; JSON does not allow it.',
            }
          : {
              nl: 'Kijk op die plek en net ervoor: meestal een vergeten komma, een vergeten aanhalingsteken of een haakje te veel. Een editor zoals VS Code zet er een streep onder.',
              en: 'Look at that spot and just before it: usually a missing comma, a missing quote or an extra bracket. An editor such as VS Code underlines it.',
            },
      },
    };
  }
}
