import type { BilingualText, Problem, ProblemRule } from './problem.ts';

/**
 * Ids that must be unique across the files of a pack (scenarios, profiles): one problem on
 * every file that shares an id, naming the others.
 */
export function duplicateIdsAcrossFiles(items: readonly { file: string; id: string }[], rule: ProblemRule, what: BilingualText, fix: BilingualText): Problem[] {
  const byId = new Map<string, string[]>();
  for (const { file, id } of items) byId.set(id, [...(byId.get(id) ?? []), file]);
  const problems: Problem[] = [];
  for (const [id, files] of byId) {
    if (files.length < 2) continue;
    for (const file of files) {
      const others = files
        .filter((f) => f !== file)
        .map((f) => `"${f}"`)
        .join(', ');
      problems.push({
        file,
        pointer: '/id',
        rule,
        severity: 'error',
        message: { nl: `${what.nl}-id "${id}" wordt ook gebruikt door ${others}`, en: `${what.en} id "${id}" is also used by ${others}` },
        fix,
      });
    }
  }
  return problems;
}
