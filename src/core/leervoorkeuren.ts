import { z } from 'zod';
import type { LocalizedText } from './localized-text.ts';

/**
 * Leervoorkeuren (learning preferences, after Manon Ruijters) of werkbegeleiders and students.
 * The stappenplan "matching student – werkbegeleider" (seed 004) matches on leervoorkeur but
 * names no list; these five are the common Dutch vocabulary for it, and each is how the seeds
 * describe learning on the floor: meekijken ("kijk met me mee"), meedraaien, leren van de
 * kennis van de professional, oefenen in eigen tempo, op onderzoek gaan. The matching aid
 * compares these ids, so profiles may only use ids from this list.
 */
export const LEERVOORKEUREN = {
  'kunst-afkijken': {
    nl: 'Kunst afkijken: leren door mee te kijken met een ervaren collega',
    en: 'Watching: learning by looking over an experienced colleague’s shoulder',
  },
  participeren: {
    nl: 'Participeren: leren samen met anderen, door mee te doen en erover te praten',
    en: 'Participating: learning together with others, by joining in and talking it over',
  },
  'kennis-verwerven': {
    nl: 'Kennis verwerven: eerst lezen en uitleg krijgen, dan doen',
    en: 'Acquiring knowledge: reading and getting an explanation first, then doing',
  },
  oefenen: {
    nl: 'Oefenen: stap voor stap oefenen en herhalen, met feedback',
    en: 'Practising: step by step, repeating, with feedback',
  },
  ontdekken: {
    nl: 'Ontdekken: zelf uitproberen en op onderzoek gaan',
    en: 'Discovering: trying things out and exploring on your own',
  },
} as const satisfies Record<string, LocalizedText>;

export type LeervoorkeurId = keyof typeof LEERVOORKEUREN;
export const LEERVOORKEUR_IDS = Object.keys(LEERVOORKEUREN) as [LeervoorkeurId, ...LeervoorkeurId[]];

export const Leervoorkeur = z.enum(LEERVOORKEUR_IDS).meta({
  id: 'Leervoorkeur',
  description:
    'A leervoorkeur (learning preference): kunst-afkijken, participeren, kennis-verwerven, oefenen or ontdekken (docs/leerwerkplaatsprofiel-format.md#leervoorkeuren).',
});
