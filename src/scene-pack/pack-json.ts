import { readFile } from 'node:fs/promises';
import { parseJsonText, type JsonParseResult, type Problem } from '../core/checker.ts';

/**
 * Reads one JSON file of a scene pack (a scenario.json or a leerwerkplaatsprofiel). The one
 * reader for the checker, the catalog and the server, so a file one accepts (with a byte order
 * mark, say) is never one another silently leaves out. `file` is the name used in problems.
 */
export async function readPackJson(abs: string, file: string = abs): Promise<JsonParseResult> {
  return parseJsonText(await readFile(abs, 'utf8'), file);
}

/** Reads and parses each JSON file; files that are not valid JSON become problems and are skipped. */
export async function* parsedFiles(files: string[], display: (abs: string) => string, problems: Problem[]) {
  for (const abs of files) {
    const file = display(abs);
    const parsed = await readPackJson(abs, file);
    if (parsed.ok) yield { abs, file, value: parsed.value };
    else problems.push(parsed.problem);
  }
}
