import { both, joinList } from '../../gesprekskaart/text-format.ts';
import { ZORGCATEGORIE_LABELS } from '../../zorgcategorie.ts';
import type { CriterionRule } from '../criterion.ts';

/**
 * Doelgroep: what the candidate said about the team's zorgcategorie on the scale reflections
 * ("Zou jij dit werk willen doen?"), as the gesprekskaart's interest bar shows it. Upper half of
 * the scale (4 or 5 of 5) fits, lower half (1 or 2) does not, the middle (3) and no answer are
 * unknown. The candidate's own words decide, not how long they looked.
 */
export const doelgroepRule: CriterionRule = (profile, { signals }) => {
  const z = profile.stable.zorgcategorie;
  const bar = signals.interest.find((b) => b.zorgcategorie === z);
  const playedOwn = signals.scenariosCompleted.includes(profile.stable.scenario);
  const label = ZORGCATEGORIE_LABELS[z];

  if (!bar || bar.level === null || bar.answers.length === 0) {
    const explored = playedOwn || bar?.explored === true;
    return [
      {
        id: 'doelgroep',
        verdict: 'unknown',
        explanation: both((lang, pick) =>
          lang === 'nl'
            ? `Doelgroep ${pick(label)}: ${explored ? 'scenario bekeken, maar de reflectievraag is niet beantwoord' : 'nog geen scenario in deze zorgcategorie bekeken'}.`
            : `Client group ${pick(label)}: ${explored ? 'scenario seen, but the reflection question was not answered' : 'no scenario in this category explored yet'}.`,
        ),
      },
    ];
  }

  const verdict = bar.level > 0.5 ? 'fits' : bar.level < 0.5 ? 'doesNotFit' : 'unknown';
  return [
    {
      id: 'doelgroep',
      verdict,
      explanation: both((lang, pick) => {
        const given = joinList(
          bar.answers.map((a) => `${a.value}/${a.max} ${lang === 'nl' ? 'bij' : 'in'} "${pick(a.scenarioTitle)}"`),
          lang,
        );
        const middle = verdict === 'unknown' ? (lang === 'nl' ? ' (precies in het midden)' : ' (right in the middle)') : '';
        const own = playedOwn ? (lang === 'nl' ? ' Het scenario van deze plek is uitgespeeld.' : ' The scenario of this place was played to the end.') : '';
        return lang === 'nl'
          ? `Doelgroep ${pick(label)}: reflectie ${given}${middle}.${own}`
          : `Client group ${pick(label)}: reflection ${given}${middle}.${own}`;
      }),
    },
  ];
};
