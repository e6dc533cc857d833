import type { Problem } from '../../core/checker.ts';
import { jsonPointer } from '../../core/checker.ts';

/** The problems about one place in the scenario (a field, a hotspot, a node) and everything inside it. */
export function problemsAt(problems: readonly Problem[], path: readonly (string | number)[]): Problem[] {
  const at = jsonPointer(path);
  return problems.filter((p) => p.pointer === at || p.pointer.startsWith(`${at}/`));
}
