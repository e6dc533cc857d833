import type { LocalizedText } from '../../localized-text.ts';
import { both, joinList, midSentence } from '../../gesprekskaart/text-format.ts';
import { questionnaireQuestion } from '../../questionnaire/questionnaire.ts';
import { ZORGCATEGORIE_LABELS, type Zorgcategorie } from '../../zorgcategorie.ts';
import type { CriterionRule, Judgement } from '../criterion.ts';

/** How the questionnaire names a doelgroep ("ouderen"), else the zorgcategorie's label. */
function doelgroepName(z: Zorgcategorie): LocalizedText {
  return questionnaireQuestion('doelgroep')?.options.find((o) => o.id === z)?.label ?? ZORGCATEGORIE_LABELS[z];
}

/**
 * Doelgroep, from two things the candidate said themselves:
 * - the questionnaire after the scenarios ("Met wie wil je werken?"): naming the team's doelgroep
 *   fits; not naming it says nothing (choosing three does not rule the others out);
 * - the scale reflections in the scenarios ("Zou jij dit werk willen doen?"), as the card's
 *   interest bar shows them: upper half (4 or 5 of 5) fits, lower half (1 or 2) does not, the
 *   middle (3) and no answer are unknown. The candidate's own words decide, not how long they looked.
 * When both say the same there is one judgement with both sources; when they differ, both are
 * shown: that difference is worth a question in the conversation.
 */
export const doelgroepRule: CriterionRule = (profile, { signals }) => {
  const z = profile.stable.zorgcategorie;
  const bar = signals.interest.find((b) => b.zorgcategorie === z);
  const playedOwn = signals.scenariosCompleted.includes(profile.stable.scenario);
  const label = ZORGCATEGORIE_LABELS[z];
  const chosen = signals.own.doelgroep;
  const named = chosen.includes(z);
  const fromAnswer: Judgement | null = named
    ? {
        id: 'doelgroep',
        verdict: 'fits',
        sources: ['candidate'],
        explanation: both((lang, pick) =>
          lang === 'nl'
            ? `Doelgroep ${pick(label)}: koos zelf "${midSentence(pick(doelgroepName(z)))}" bij "Met wie wil je werken?".`
            : `Client group ${pick(label)}: chose "${midSentence(pick(doelgroepName(z)))}" at "Who would you like to work with?".`,
        ),
      }
    : null;
  // Others chosen but not this one: said along with what the scenarios show.
  const others =
    !named && chosen.length > 0
      ? both((lang, pick) => {
          const list = joinList(
            chosen.map((c) => `"${midSentence(pick(doelgroepName(c)))}"`),
            lang,
          );
          return lang === 'nl' ? ` Koos in de vragen: ${list}.` : ` Chose in the questions: ${list}.`;
        })
      : null;
  const withOthers = (j: Judgement): Judgement =>
    others ? { ...j, sources: [...j.sources, 'candidate'], explanation: { nl: j.explanation.nl + others.nl, en: (j.explanation.en ?? '') + others.en } } : j;

  if (!bar || bar.level === null || bar.answers.length === 0) {
    if (fromAnswer) return [fromAnswer];
    const explored = playedOwn || bar?.explored === true;
    return [
      withOthers({
        id: 'doelgroep',
        verdict: 'unknown',
        sources: explored ? ['scenarios'] : [],
        explanation: both((lang, pick) =>
          lang === 'nl'
            ? `Doelgroep ${pick(label)}: ${explored ? 'scenario bekeken, maar de reflectievraag is niet beantwoord' : 'nog geen scenario in deze zorgcategorie bekeken'}.`
            : `Client group ${pick(label)}: ${explored ? 'scenario seen, but the reflection question was not answered' : 'no scenario in this category explored yet'}.`,
        ),
      }),
    ];
  }

  const verdict = bar.level > 0.5 ? 'fits' : bar.level < 0.5 ? 'doesNotFit' : 'unknown';
  const fromScenarios: Judgement = {
    id: 'doelgroep',
    verdict,
    sources: ['scenarios'],
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
  };
  if (!fromAnswer) return [withOthers(fromScenarios)];
  if (verdict === 'fits') {
    return [
      {
        ...fromAnswer,
        sources: ['candidate', 'scenarios'],
        explanation: {
          nl: `${fromAnswer.explanation.nl} ${fromScenarios.explanation.nl.replace(/^Doelgroep [^:]*: r/, 'R')}`,
          en: `${fromAnswer.explanation.en} ${fromScenarios.explanation.en!.replace(/^Client group [^:]*: r/, 'R')}`,
        },
      },
    ];
  }
  return [fromAnswer, fromScenarios];
};
