import { readFile } from 'node:fs/promises';
import { parseJsonText, type Problem } from '../core/checker.ts';

/** Reads and parses each JSON file; files that are not valid JSON become problems and are skipped. */
export async function* parsedFiles(files: string[], display: (abs: string) => string, problems: Problem[]) {
  for (const abs of files) {
    const file = display(abs);
    const parsed = parseJsonText(await readFile(abs, 'utf8'), file);
    if (parsed.ok) yield { abs, file, value: parsed.value };
    else problems.push(parsed.problem);
  }
}
