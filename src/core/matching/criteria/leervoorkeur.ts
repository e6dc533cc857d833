import type { Language } from '../../localized-text.ts';
import { both, joinList, midSentence } from '../../gesprekskaart/text-format.ts';
import { LEERVOORKEUREN, type LeervoorkeurId } from '../../leervoorkeuren.ts';
import type { Werkbegeleider } from '../../leerwerkplaats-schema.ts';
import { ROLLEN, type Rol } from '../../leerwerkplaats-vocabulary.ts';
import type { CriterionRule } from '../criterion.ts';
import { sourcesOf } from '../match-input.ts';

/**
 * Leervoorkeur (stappenplan "matching student – WB"): is there a werkbegeleider (or studentcoach,
 * praktijkopleider) in the team who recognises the candidate's leervoorkeur? Names the people,
 * so the facilitator can propose a match to the team; mentions when the team itself matches on
 * leervoorkeur.
 */
export const leervoorkeurRule: CriterionRule = (profile, { form, facts }) => {
  const sources = sourcesOf(facts.leervoorkeur);
  const wanted = form.leervoorkeur ?? null;
  if (wanted === null) {
    return [
      {
        id: 'leervoorkeur',
        sources,
        verdict: 'unknown',
        explanation: { nl: 'Leervoorkeur is nog niet ingevuld.', en: 'Learning preference has not been filled in yet.' },
      },
    ];
  }
  const people = profile.volatile.werkbegeleiders.people;
  const matching = people.filter((p) => p.leervoorkeuren.includes(wanted));
  const teamMatches = profile.stable.werkbegeleiding.matchOn.includes('leervoorkeur');

  if (matching.length === 0) {
    const inTeam = [...new Set(people.flatMap((p) => p.leervoorkeuren))];
    return [
      {
        id: 'leervoorkeur',
        sources,
        verdict: 'doesNotFit',
        explanation: both((lang) =>
          lang === 'nl'
            ? `Geen werkbegeleider noemt leervoorkeur ${short(wanted, lang)}; in het team: ${joinList(
                inTeam.map((l) => short(l, lang)),
                lang,
              )}.`
            : `No coach names the learning preference ${short(wanted, lang)}; in the team: ${joinList(
                inTeam.map((l) => short(l, lang)),
                lang,
              )}.`,
        ),
      },
    ];
  }
  return [
    {
      id: 'leervoorkeur',
      sources,
      verdict: 'fits',
      explanation: both((lang) => {
        const who = joinList(
          matching.map(
            (p) =>
              `${person(p, lang)} (${joinList(
                p.leervoorkeuren.map((l) => short(l, lang)),
                lang,
              )})`,
          ),
          lang,
        );
        const verb = lang === 'nl' ? (matching.length === 1 ? 'werkt' : 'werken') : matching.length === 1 ? 'works' : 'work';
        const extra = teamMatches
          ? lang === 'nl'
            ? ' Het team koppelt student en werkbegeleider op leervoorkeur.'
            : ' The team matches student and coach on learning preference.'
          : '';
        return lang === 'nl'
          ? `${capital(who)} ${verb} met deze manier van leren: past bij leervoorkeur ${short(wanted, lang)}.${extra}`
          : `${capital(who)} ${verb} this way: fits the learning preference ${short(wanted, lang)}.${extra}`;
      }),
    },
  ];
};

/** "kunst afkijken" from "Kunst afkijken: leren door mee te kijken…": the name before the colon. */
function short(id: LeervoorkeurId, lang: Language): string {
  const label = LEERVOORKEUREN[id][lang];
  return midSentence(label.split(':')[0] ?? label);
}

const ROLE_EN: Record<Rol, string> = {
  werkbegeleider: 'work coach',
  studentcoach: 'student coach',
  'senior-werkbegeleider': 'senior work coach',
  praktijkopleider: 'practice trainer',
};

/** "werkbegeleider Sanne", or the role alone when the profile gives no first name. */
function person(p: Werkbegeleider, lang: Language): string {
  const role = lang === 'nl' ? midSentence(ROLLEN.labels[p.role].nl) : ROLE_EN[p.role];
  return p.firstName ? `${role} ${p.firstName}` : role;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
