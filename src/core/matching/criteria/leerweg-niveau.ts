import type { Language } from '../../localized-text.ts';
import { both } from '../../gesprekskaart/text-format.ts';
import type { CriterionRule } from '../criterion.ts';
import { sourcesOf } from '../match-input.ts';
import { candidatePlacements, leerwegNiveau, leerwegNiveaus, sumFree, sumPlaces } from '../placements.ts';

/**
 * Hard criterion: does the team have a free place for the candidate's leerweg and niveau?
 * When the candidate's leerjaar is among the places, only the places for that year count (a
 * free place for year 1 does not help a year-3 student); when it is not, the leerjaar rule says
 * so and this rule looks at all places for the leerweg and niveau, so one gap is not counted twice.
 */
export const leerwegNiveauRule: CriterionRule = (profile, { form, facts }) => {
  const sources = sourcesOf(facts.leerweg, facts.niveau);
  const { leerweg, niveau } = form;
  if (leerweg === null || niveau === null) {
    return [
      {
        id: 'leerweg-niveau',
        sources,
        verdict: 'unknown',
        explanation: { nl: 'Leerweg of niveau is nog niet ingevuld.', en: 'Leerweg or level has not been filled in yet.' },
      },
    ];
  }
  const { places, reviewedAt, note } = profile.volatile.placements;
  const { pool, forYear } = candidatePlacements(profile, form);
  const wanted = (lang: Language) => leerwegNiveau({ leerweg, niveau }, lang);

  if (pool.length === 0) {
    return [
      {
        id: 'leerweg-niveau',
        sources,
        verdict: 'doesNotFit',
        explanation: both((lang, pick) => {
          const others = leerwegNiveaus(places, lang).join(', ');
          const extra = note ? ` ${pick(note)}` : '';
          if (lang === 'nl')
            return places.length === 0
              ? `Geen plaatsen voor ${wanted(lang)}: dit team neemt nu geen studenten.${extra}`
              : `Geen plaatsen voor ${wanted(lang)} (wel voor ${others}).${extra}`;
          return places.length === 0
            ? `No places for ${wanted(lang)}: this team takes no students now.${extra}`
            : `No places for ${wanted(lang)} (only for ${others}).${extra}`;
        }),
      },
    ];
  }

  const counted = forYear.length > 0 ? forYear : pool;
  const free = sumFree(counted);
  const total = sumPlaces(counted);
  const year = forYear.length > 0 && form.leerjaar !== null ? form.leerjaar : null;
  return [
    {
      id: 'leerweg-niveau',
      sources,
      verdict: free > 0 ? 'fits' : 'doesNotFit',
      explanation: both((lang, pick) => {
        const what = year === null ? wanted(lang) : `${wanted(lang)}, ${lang === 'nl' ? 'leerjaar' : 'year'} ${year}`;
        if (lang === 'nl') {
          const amount = free === 0 ? `geen plaats vrij (0 van ${total})` : `${free} ${free === 1 ? 'plaats' : 'plaatsen'} vrij (van ${total})`;
          return `${what}: ${amount}, gecontroleerd op ${reviewedAt}.${free === 0 && note ? ` ${pick(note)}` : ''}`;
        }
        const amount = free === 0 ? `no place free (0 of ${total})` : `${free} ${free === 1 ? 'place' : 'places'} free (of ${total})`;
        return `${what}: ${amount}, checked on ${reviewedAt}.${free === 0 && note ? ` ${pick(note)}` : ''}`;
      }),
    },
  ];
};
