import type { Language } from '../../localized-text.ts';
import { both, joinList } from '../../gesprekskaart/text-format.ts';
import { OPLEIDINGEN } from '../../opleidingen.ts';
import type { CriterionRule } from '../criterion.ts';
import { sourcesOf } from '../match-input.ts';
import { leerwegNiveaus } from '../placements.ts';

/**
 * Type opleiding (stappenplan "matching student – WB"): does the team have places for the
 * candidate's course? Says for which leerweg and niveau; whether one is free is the hard
 * criteria's part. Mentions when the team matches on opleiding itself.
 */
export const opleidingRule: CriterionRule = (profile, { form, facts }) => {
  const sources = sourcesOf(facts.opleiding);
  const wanted = form.opleiding ?? null;
  if (wanted === null) {
    return [{ id: 'opleiding', sources, verdict: 'unknown', explanation: { nl: 'Opleiding is nog niet ingevuld.', en: 'Course has not been filled in yet.' } }];
  }
  const places = profile.volatile.placements.places;
  const forCourse = places.filter((p) => p.opleidingen.includes(wanted));
  const name = (lang: Language) => OPLEIDINGEN[wanted][lang];

  if (forCourse.length === 0) {
    const others = [...new Set(places.flatMap((p) => p.opleidingen))];
    return [
      {
        id: 'opleiding',
        sources,
        verdict: 'doesNotFit',
        explanation: both((lang) => {
          const list = joinList(
            others.map((o) => OPLEIDINGEN[o][lang]),
            lang,
          );
          if (lang === 'nl') return others.length === 0 ? `Geen plaatsen voor ${name(lang)}.` : `Geen plaatsen voor ${name(lang)}; wel voor ${list}.`;
          return others.length === 0 ? `No places for ${name(lang)}.` : `No places for ${name(lang)}; only for ${list}.`;
        }),
      },
    ];
  }
  const teamMatches = profile.stable.werkbegeleiding.matchOn.includes('opleiding');
  return [
    {
      id: 'opleiding',
      sources,
      verdict: 'fits',
      explanation: both((lang) => {
        const where = joinList(leerwegNiveaus(forCourse, lang), lang);
        const extra = teamMatches ? (lang === 'nl' ? ' Het team kiest de werkbegeleider ook op opleiding.' : ' The team also picks the coach by course.') : '';
        return lang === 'nl' ? `Dit team neemt studenten ${name(lang)}: ${where}.${extra}` : `This team takes ${name(lang)} students: ${where}.${extra}`;
      }),
    },
  ];
};
