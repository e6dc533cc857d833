import { both, joinList, midSentence } from '../../gesprekskaart/text-format.ts';
import { questionnaireQuestion } from '../../questionnaire/questionnaire.ts';
import { WORK_ASPECTS, type WorkAspectId } from '../../work-aspects.ts';
import type { CriterionRule, Judgement } from '../criterion.ts';
import type { FactSource } from '../match-input.ts';

/** How the questionnaire says a kind of work ("elke dag iets anders"), else the aspect's label. */
const werkName = (a: WorkAspectId) => questionnaireQuestion('werk')?.options.find((o) => o.id === a)?.label ?? WORK_ASPECTS[a];

/**
 * Werkaspecten: the work aspects that characterise the team (profile `workAspects`) against
 * - the aspects the candidate chose for or against in the scenarios (the gesprekskaart's tally; an
 *   aspect counts as "for" when chosen for more often than against, and the reverse), and
 * - the kinds of work the candidate picked in the questionnaire ("Welk werk lijkt jou leuk?").
 * Team aspects the candidate leaned towards or picked fit; team aspects they leaned away from in
 * the scenarios do not. A team can have both, so this rule may give two judgements. Nothing in
 * common either way: unknown.
 */
export const werkaspectenRule: CriterionRule = (profile, { signals }) => {
  const team = profile.stable.workAspects;
  const tallies = team.flatMap((a) => signals.aspects.filter((t) => t.aspect === a));
  // Most-chosen first; ties keep the team's own order of aspects.
  const leanFor = tallies.filter((t) => t.for > t.against).sort((a, b) => b.for - a.for);
  const leanAgainst = tallies.filter((t) => t.against > t.for).sort((a, b) => b.against - a.against);
  const picked = signals.own.werk.filter((a) => team.includes(a));
  const out: Judgement[] = [];

  if (leanFor.length > 0 || picked.length > 0) {
    const sources: FactSource[] = [...(picked.length > 0 ? (['candidate'] as const) : []), ...(leanFor.length > 0 ? (['scenarios'] as const) : [])];
    out.push({
      id: 'werkaspecten',
      verdict: 'fits',
      sources,
      explanation: both((lang, pick) => {
        const parts: string[] = [];
        if (picked.length > 0) {
          const list = joinList(
            picked.map((a) => `"${midSentence(pick(werkName(a)))}"`),
            lang,
          );
          parts.push(lang === 'nl' ? `Koos zelf werk dat bij dit team hoort: ${list}.` : `Picked work that belongs to this team: ${list}.`);
        }
        if (leanFor.length > 0) {
          const list = joinList(
            leanFor.map((t) => `${midSentence(pick(t.label))} (${t.for}×)`),
            lang,
          );
          parts.push(lang === 'nl' ? `Werk van dit team waar je voor koos: ${list}.` : `Work in this team that you chose for: ${list}.`);
        }
        return parts.join(' ');
      }),
    });
  }
  if (leanAgainst.length > 0) {
    out.push({
      id: 'werkaspecten',
      verdict: 'doesNotFit',
      sources: ['scenarios'],
      explanation: both((lang, pick) => {
        const list = joinList(
          leanAgainst.map((t) => `${midSentence(pick(t.label))} (${t.against}×)`),
          lang,
        );
        return lang === 'nl'
          ? `Bij dit team hoort ook werk waar je minder voor koos: ${list}.`
          : `This team's work also includes things you chose against: ${list}.`;
      }),
    });
  }
  if (out.length === 0) {
    const answered = signals.own.werk.length > 0;
    out.push({
      id: 'werkaspecten',
      verdict: 'unknown',
      sources: [...(answered ? (['candidate'] as const) : []), ...(signals.aspects.length > 0 ? (['scenarios'] as const) : [])],
      explanation: both((lang, pick) => {
        const list = joinList(
          team.map((a) => midSentence(pick(WORK_ASPECTS[a]))),
          lang,
        );
        const own = answered
          ? lang === 'nl'
            ? ` In de vragen koos je ander werk: ${joinList(
                signals.own.werk.map((a) => `"${midSentence(pick(werkName(a)))}"`),
                lang,
              )}.`
            : ` In the questions you picked other work: ${joinList(
                signals.own.werk.map((a) => `"${midSentence(pick(werkName(a)))}"`),
                lang,
              )}.`
          : '';
        if (signals.aspects.length === 0) {
          return lang === 'nl'
            ? `Nog geen keuzes om te vergelijken met het werk van dit team (${list}).${own}`
            : `No choices yet to compare with this team's work (${list}).${own}`;
        }
        return lang === 'nl'
          ? `Je keuzes zeggen weinig over het werk van dit team (${list}).${own}`
          : `Your choices say little about this team's work (${list}).${own}`;
      }),
    });
  }
  return out;
};
