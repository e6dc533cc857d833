import { z } from 'zod';
import type { LocalizedText } from './localized-text.ts';

/**
 * MBO care and welfare courses (opleidingen) a leerwerkplaats takes students from, with their
 * niveau. "Type opleiding" is one of the matching criteria of the stappenplan (seed 004), so
 * profiles name courses by id rather than in free text.
 */
export const OPLEIDINGEN = {
  'helpende-zorg-welzijn': { niveau: 2, nl: 'Helpende Zorg en Welzijn', en: 'Care and welfare assistant' },
  'verzorgende-ig': { niveau: 3, nl: 'Verzorgende IG (VIG)', en: 'Certified carer (VIG)' },
  'maatschappelijke-zorg': { niveau: 3, nl: 'Medewerker maatschappelijke zorg (MMZ)', en: 'Social care worker' },
  kraamverzorgende: { niveau: 3, nl: 'Kraamverzorgende', en: 'Maternity care assistant' },
  verpleegkundige: { niveau: 4, nl: 'Verpleegkundige (mbo-v)', en: 'Nurse (MBO level 4)' },
  'begeleider-gehandicaptenzorg': {
    niveau: 4,
    nl: 'Persoonlijk begeleider gehandicaptenzorg',
    en: 'Personal support worker, disability care',
  },
  'begeleider-specifieke-doelgroepen': {
    niveau: 4,
    nl: 'Persoonlijk begeleider specifieke doelgroepen',
    en: 'Personal support worker, specific client groups',
  },
  'agogisch-medewerker-ggz': { niveau: 4, nl: 'Agogisch medewerker GGZ', en: 'Mental health support worker' },
  'sociaal-werker': { niveau: 4, nl: 'Sociaal werker', en: 'Social worker' },
} as const satisfies Record<string, LocalizedText & { niveau: 2 | 3 | 4 }>;

export type OpleidingId = keyof typeof OPLEIDINGEN;
export const OPLEIDING_IDS = Object.keys(OPLEIDINGEN) as [OpleidingId, ...OpleidingId[]];

export const Opleiding = z.enum(OPLEIDING_IDS).meta({
  id: 'Opleiding',
  description: 'An MBO course (opleiding), see docs/leerwerkplaatsprofiel-format.md#opleidingen.',
});
