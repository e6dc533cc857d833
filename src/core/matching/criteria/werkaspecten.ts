import { both, joinList, midSentence } from '../../gesprekskaart/text-format.ts';
import { WORK_ASPECTS } from '../../work-aspects.ts';
import type { CriterionRule, Judgement } from '../criterion.ts';

/**
 * Werkaspecten: the work aspects that characterise the team (profile `workAspects`) against the
 * aspects the candidate chose for or against in the scenarios (the gesprekskaart's tally; an
 * aspect counts as "for" when chosen for more often than against, and the reverse). Team
 * aspects the candidate leaned towards fit; team aspects they leaned away from do not. A team
 * can have both, so this rule may give two judgements. Nothing in common either way: unknown.
 */
export const werkaspectenRule: CriterionRule = (profile, { signals }) => {
  const team = profile.stable.workAspects;
  const tallies = team.flatMap((a) => signals.aspects.filter((t) => t.aspect === a));
  // Most-chosen first; ties keep the team's own order of aspects.
  const leanFor = tallies.filter((t) => t.for > t.against).sort((a, b) => b.for - a.for);
  const leanAgainst = tallies.filter((t) => t.against > t.for).sort((a, b) => b.against - a.against);
  const out: Judgement[] = [];

  if (leanFor.length > 0) {
    out.push({
      id: 'werkaspecten',
      verdict: 'fits',
      explanation: both((lang, pick) => {
        const list = joinList(
          leanFor.map((t) => `${midSentence(pick(t.label))} (${t.for}×)`),
          lang,
        );
        return lang === 'nl' ? `Werk van dit team waar je voor koos: ${list}.` : `Work in this team that you chose for: ${list}.`;
      }),
    });
  }
  if (leanAgainst.length > 0) {
    out.push({
      id: 'werkaspecten',
      verdict: 'doesNotFit',
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
    out.push({
      id: 'werkaspecten',
      verdict: 'unknown',
      explanation: both((lang, pick) => {
        const list = joinList(
          team.map((a) => midSentence(pick(WORK_ASPECTS[a]))),
          lang,
        );
        if (signals.aspects.length === 0) {
          return lang === 'nl'
            ? `Nog geen keuzes om te vergelijken met het werk van dit team (${list}).`
            : `No choices yet to compare with this team's work (${list}).`;
        }
        return lang === 'nl' ? `Je keuzes zeggen weinig over het werk van dit team (${list}).` : `Your choices say little about this team's work (${list}).`;
      }),
    });
  }
  return out;
};
