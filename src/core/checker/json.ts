/**
 * Reads JSON text and, when it is not valid JSON, says where (line and column) in words a
 * content maker editing in Notepad can follow.
 */
import type { Problem } from './problem.ts';

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

function lineColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

export function parseJsonText(text: string, file: string): JsonParseResult {
  // Windows editors like to add a byte order mark; JSON.parse rejects it, so drop it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    // V8 says "... in JSON at position 42" (newer versions add "(line 3 column 5)").
    const posMatch = /at position (\d+)/.exec(raw);
    const position = posMatch ? Number(posMatch[1]) : /end of JSON input/.test(raw) ? body.length : undefined;
    const reason = raw
      .replace(/,? *(in JSON )?at position \d+.*$/s, '')
      .replace(/ \(line \d+ column \d+\)/, '')
      .trim();
    const at = position === undefined ? undefined : lineColumn(body, position);
    // A comma right before the error is the classic trailing comma after the last item.
    const trailingComma = position !== undefined && /,\s*$/.test(body.slice(0, position)) && /^\s*[}\]]/.test(body.slice(position));
    const where = at ? ` at line ${at.line}, column ${at.column}` : '';
    return {
      ok: false,
      problem: {
        file,
        pointer: '',
        rule: 'invalid-json',
        severity: 'error',
        message: `the file is not valid JSON${where}: ${trailingComma ? 'there is a comma after the last item' : reason}`,
        fix: trailingComma
          ? 'Remove the comma before the closing } or ]; JSON does not allow it.'
          : 'Look at that spot and just before it: usually a missing comma, a missing quote or an extra bracket. An editor such as VS Code underlines it.',
      },
    };
  }
}
