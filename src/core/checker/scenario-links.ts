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
  const some = `${quoteList(known.slice(0, 12))}${known.length > 12 ? ', …' : ''}`;
  const listed = known.length
    ? { nl: ` Situaties in dit pakket: ${some}.`, en: ` Scenarios in this pack: ${some}.` }
    : { nl: ' Er zijn nog geen situaties in dit pakket.', en: ' There are no scenarios in this pack yet.' };
  const typo = didYouMean(ref, known);
  return [
    {
      pointer: '/stable/scenario',
      rule: 'unknown-scenario',
      severity: 'error',
      message: {
        nl: `stable.scenario: verwijst naar de situatie "${ref}", maar scenes/${ref}/scenario.json bestaat niet`,
        en: `stable.scenario: links the scenario "${ref}", but scenes/${ref}/scenario.json does not exist`,
      },
      fix: {
        nl: `Kies "<zorgcategorie>/<scenario-id>" van een bestaande situatie, of voeg die situatie eerst toe.${typo.nl}${listed.nl}`,
        en: `Use "<zorgcategorie>/<scenario-id>" of an existing scenario, or add that scenario first.${typo.en}${listed.en}`,
      },
    },
  ];
}
