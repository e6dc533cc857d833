import type { Language } from '../../localized-text.ts';
import { both, joinList } from '../../gesprekskaart/text-format.ts';
import type { CriterionRule } from '../criterion.ts';
import { sourcesOf } from '../match-input.ts';
import { candidatePlacements, leerjarenOf, leerwegNiveau } from '../placements.ts';

/**
 * Hard criterion: are the team's places for the candidate's leerweg and niveau meant for their
 * leerjaar (opleidingsjaar)? Whether such a place is free is the leerweg-niveau rule's part.
 * Without any places for the leerweg and niveau there is nothing to compare: unknown (that rule
 * already blocks).
 */
export const leerjaarRule: CriterionRule = (profile, { form, facts }) => {
  const sources = sourcesOf(facts.leerjaar);
  const { leerjaar } = form;
  if (leerjaar === null) {
    return [
      { id: 'leerjaar', sources, verdict: 'unknown', explanation: { nl: 'Leerjaar is nog niet ingevuld.', en: 'Year of study has not been filled in yet.' } },
    ];
  }
  const { pool, forYear } = candidatePlacements(profile, form);
  const wanted = (lang: Language) =>
    form.leerweg !== null && form.niveau !== null
      ? leerwegNiveau({ leerweg: form.leerweg, niveau: form.niveau }, lang)
      : lang === 'nl'
        ? 'deze leerweg en dit niveau'
        : 'this leerweg and level';

  if (pool.length === 0) {
    return [
      {
        id: 'leerjaar',
        sources,
        verdict: 'unknown',
        explanation: both((lang) =>
          lang === 'nl'
            ? `Leerjaar ${leerjaar}: niet te vergelijken, want er zijn geen plaatsen voor ${wanted(lang)}.`
            : `Year ${leerjaar}: cannot be compared, as there are no places for ${wanted(lang)}.`,
        ),
      },
    ];
  }
  const years = leerjarenOf(pool).map(String);
  if (forYear.length === 0) {
    return [
      {
        id: 'leerjaar',
        sources,
        verdict: 'doesNotFit',
        explanation: both((lang) =>
          lang === 'nl'
            ? `De plaatsen voor ${wanted(lang)} zijn voor leerjaar ${joinList(years, lang)}, niet voor leerjaar ${leerjaar}.`
            : `The places for ${wanted(lang)} are for year ${joinList(years, lang)}, not for year ${leerjaar}.`,
        ),
      },
    ];
  }
  return [
    {
      id: 'leerjaar',
      sources,
      verdict: 'fits',
      explanation: both((lang) =>
        lang === 'nl'
          ? `Leerjaar ${leerjaar}: dit team neemt ${wanted(lang)} in leerjaar ${joinList(years, lang)}.`
          : `Year ${leerjaar}: this team takes ${wanted(lang)} in year ${joinList(years, lang)}.`,
      ),
    },
  ];
};
