import { z } from 'zod';
import type { LocalizedText } from './localized-text.ts';

/**
 * The fixed word lists of a leerwerkplaatsprofiel (seed 004, "Leerwerkplaatsprofiel 3.0" and
 * the cards on onboarding and werkbegeleiding). Fixed lists, not free text, because the
 * matching aid and the facilitator's filters compare them; the labels are what people see.
 */

/** Labelled word list → zod enum with the labels' ids, for one place to add a word. */
function vocabulary<K extends string>(labels: Record<K, LocalizedText>, id: string, description: string) {
  const ids = Object.keys(labels) as [K, ...K[]];
  return { labels, ids, schema: z.enum(ids).meta({ id, description }) };
}

export const LEERWEGEN = vocabulary(
  {
    BOL: { nl: 'BOL: school met stage', en: 'BOL: school-based, with work placement' },
    BBL: { nl: 'BBL: werken en leren, met een contract', en: 'BBL: working and learning, with a job contract' },
  },
  'Leerweg',
  'BOL (school with stage) or BBL (working and learning with a job contract).',
);
export type Leerweg = keyof typeof LEERWEGEN.labels;

/** MBO levels a care team takes students at; niveau 1 (entree) is not placed in care teams. */
export const Niveau = z
  .union([z.literal(2), z.literal(3), z.literal(4)])
  .meta({ id: 'Niveau', description: 'MBO niveau: 2 (Helpende), 3 (VIG, MMZ, kraamverzorgende) or 4 (verpleegkundige, begeleider).' });
export type Niveau = z.infer<typeof Niveau>;

export const DIENSTEN = vocabulary(
  {
    vroeg: { nl: 'Vroege dienst (ongeveer 7–15 uur)', en: 'Early shift (about 7 am–3 pm)' },
    dag: { nl: 'Dagdienst (ongeveer 8–17 uur)', en: 'Day shift (about 8 am–5 pm)' },
    laat: { nl: 'Late dienst (ongeveer 15–23 uur)', en: 'Late shift (about 3–11 pm)' },
    nacht: { nl: 'Nachtdienst (ongeveer 23–7 uur)', en: 'Night shift (about 11 pm–7 am)' },
    slaap: { nl: 'Slaapdienst (je slaapt op de groep en wordt gewekt als het nodig is)', en: 'Sleep-in shift (you sleep on site and are woken when needed)' },
    weekend: { nl: 'Weekenddiensten', en: 'Weekend shifts' },
  },
  'Dienst',
  'A shift a student works: vroeg, dag, laat, nacht, slaap (sleep-in) or weekend.',
);
export type Dienst = keyof typeof DIENSTEN.labels;

/** Who coaches a student (cards "Senior werkbegeleider", "Studentcoach", "LEERunit"). */
export const BEGELEIDINGSVORMEN = vocabulary(
  {
    'vaste-werkbegeleider': { nl: 'Eén vaste werkbegeleider', en: 'One regular werkbegeleider (on-the-job coach)' },
    'meerdere-werkbegeleiders': { nl: 'Twee of drie vaste werkbegeleiders die elkaar afwisselen', en: 'Two or three regular coaches who take turns' },
    studentcoach: { nl: 'Een studentcoach met vaste uren voor studenten', en: 'A student coach with set hours for students' },
    'senior-werkbegeleider': { nl: 'Een senior werkbegeleider voor studenten van meerdere teams', en: 'A senior coach for students of several teams' },
    leerunit: { nl: 'Leerunit: studenten zorgen samen voor een deel van de afdeling', en: 'Learning unit: students together run part of the ward' },
    'peer-to-peer': { nl: 'Studenten leren van elkaar; een ouderejaars helpt', en: 'Students learn from each other; a senior student helps' },
  },
  'Begeleidingsvorm',
  'How students are coached on the floor.',
);
export type Begeleidingsvorm = keyof typeof BEGELEIDINGSVORMEN.labels;

/** The role of one named coach in the volatile werkbegeleiders list. */
export const ROLLEN = vocabulary(
  {
    werkbegeleider: { nl: 'Werkbegeleider', en: 'On-the-job coach (werkbegeleider)' },
    studentcoach: { nl: 'Studentcoach', en: 'Student coach' },
    'senior-werkbegeleider': { nl: 'Senior werkbegeleider', en: 'Senior on-the-job coach' },
    praktijkopleider: { nl: 'Praktijkopleider', en: 'Practical training officer (praktijkopleider)' },
  },
  'Rol',
  'Role of a coach: werkbegeleider, studentcoach, senior-werkbegeleider or praktijkopleider.',
);
export type Rol = keyof typeof ROLLEN.labels;

/** How a candidate and the team get to know each other before the start (seeds 000, 004). */
export const KENNISMAKINGEN = vocabulary(
  {
    speeddate: { nl: 'Speeddate met teams', en: 'Speed date with teams' },
    sollicitatiegesprek: { nl: 'Sollicitatiegesprek (BBL), soms met iemand van het team', en: 'Job interview (BBL), sometimes with a team member' },
    'klik-gesprek': { nl: 'KLIK-gesprek op de locatie', en: 'Getting-to-know talk (KLIK) at the location' },
    meeloopdag: { nl: 'Een dag meelopen', en: 'A day shadowing the team' },
  },
  'Kennismaking',
  'How a candidate gets to know the team before starting.',
);
export type Kennismaking = keyof typeof KENNISMAKINGEN.labels;

/** What the team can match a student and werkbegeleider on (stappenplan, seed 004). */
export const MATCH_CRITERIA = vocabulary(
  {
    leervoorkeur: { nl: 'Leervoorkeur', en: 'Learning preference' },
    opleiding: { nl: 'Type opleiding', en: 'Type of course' },
    leerjaar: { nl: 'Opleidingsjaar', en: 'Year of study' },
  },
  'MatchCriterium',
  'A criterion the team matches student and werkbegeleider on.',
);
export type MatchCriterium = keyof typeof MATCH_CRITERIA.labels;

/** The "vier vermogens" of a learning team (seeds 003, 004). */
export const VERMOGENS = {
  lerend: { nl: 'Lerend vermogen', en: 'Learning capacity' },
  opleidend: { nl: 'Opleidend vermogen', en: 'Training capacity' },
  verbindend: { nl: 'Verbindend vermogen', en: 'Connecting capacity' },
  absorptie: { nl: 'Absorptievermogen', en: 'Absorptive capacity' },
} as const satisfies Record<string, LocalizedText>;
