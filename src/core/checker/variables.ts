/**
 * A condition on a variable that is never declared nor set can never become true; that is
 * almost always a typo, so it is worth a warning.
 */
import type { Scenario } from '../scenario-schema.ts';
import { describePath, didYouMean } from './names.ts';
import { jsonPointer, type Finding } from './problem.ts';
import { conditionsOf, questionsOf } from './structure.ts';

export function unknownVariableFindings(scenario: Scenario): Finding[] {
  const known = new Set(Object.keys(scenario.variables));
  scenario.nodes.forEach((node, i) => {
    for (const q of questionsOf(node, ['nodes', i])) {
      if (q.value.kind === 'scale') {
        if (q.value.variable) known.add(q.value.variable);
      } else for (const o of q.value.options) for (const name of Object.keys(o.set ?? {})) known.add(name);
    }
  });

  const out: Finding[] = [];
  scenario.nodes.forEach((node, i) => {
    for (const c of conditionsOf(node, ['nodes', i])) {
      c.value.variables?.forEach((v, m) => {
        if (known.has(v.name)) return;
        const path = [...c.path, 'variables', m, 'name'];
        const where = describePath(scenario, c.path);
        const typo = didYouMean(v.name, known);
        out.push({
          pointer: jsonPointer(path),
          rule: 'unknown-variable',
          severity: 'warning',
          message: {
            nl: `${where.nl}: de variabele "${v.name}" wordt nergens aangemaakt of gezet, dus deze voorwaarde werkt niet zoals bedoeld`,
            en: `${where.en}: variable "${v.name}" is never declared or set anywhere, so this condition cannot work as intended`,
          },
          fix: {
            nl: `Maak de variabele aan onder "variables" met een beginwaarde, of zet hem in een antwoord ("set") of schaal ("variable").${typo.nl}`,
            en: `Declare it under "variables" with a starting value, or set it in an option ("set") or scale ("variable").${typo.en}`,
          },
        });
      });
    }
  });
  return out;
}
