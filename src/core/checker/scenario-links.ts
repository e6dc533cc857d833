/**
 * A leerwerkplaatsprofiel links the scenario that shows the place, so a facilitator can let a
 * candidate look around there. The link must name a scenario that exists in the pack.
 */
import type { Leerwerkplaats } from '../leerwerkplaats-schema.ts';
import { didYouMean, quoteList } from './names.ts';
import type { Finding } from './problem.ts';

export function unknownScenarioFindings(profile: Leerwerkplaats, scenarios: ReadonlySet<string>): Finding[] {
  const ref = profile.stable.scenario;
  if (scenarios.has(ref)) return [];
  const known = [...scenarios].sort();
  const listed = known.length
    ? ` Scenarios in this pack: ${quoteList(known.slice(0, 12))}${known.length > 12 ? ', …' : ''}.`
    : ' There are no scenarios in this pack yet.';
  return [
    {
      pointer: '/stable/scenario',
      rule: 'unknown-scenario',
      severity: 'error',
      message: `stable.scenario: links the scenario "${ref}", but scenes/${ref}/scenario.json does not exist`,
      fix: `Use "<zorgcategorie>/<scenario-id>" of an existing scenario, or add that scenario first.${didYouMean(ref, known)}${listed}`,
    },
  ];
}
