import { z } from 'zod';
import type { LocalizedText } from './localized-text.ts';

/**
 * The kinds of care a scenario can show. Ids are the folder names under `scenes/`.
 * Order is the order of the start screen.
 */
export const ZORGCATEGORIEEN = ['ouderenzorg', 'thuiszorg', 'gehandicaptenzorg', 'ggz', 'ziekenhuis', 'kraamzorg', 'jeugdzorg'] as const;

export const Zorgcategorie = z.enum(ZORGCATEGORIEEN).meta({
  id: 'Zorgcategorie',
  description: 'Kind of care: ouderenzorg (VVT, verpleeghuis), thuiszorg (wijkverpleging), gehandicaptenzorg (GHZ), ggz, ziekenhuis, kraamzorg, jeugdzorg.',
});
export type Zorgcategorie = z.infer<typeof Zorgcategorie>;

export const ZORGCATEGORIE_LABELS: Record<Zorgcategorie, LocalizedText> = {
  ouderenzorg: { nl: 'Ouderenzorg (verpleeghuis)', en: 'Elderly care (nursing home)' },
  thuiszorg: { nl: 'Thuiszorg en wijkverpleging', en: 'Home care and district nursing' },
  gehandicaptenzorg: { nl: 'Gehandicaptenzorg', en: 'Disability care' },
  ggz: { nl: 'GGZ (geestelijke gezondheidszorg)', en: 'Mental health care' },
  ziekenhuis: { nl: 'Ziekenhuis', en: 'Hospital' },
  kraamzorg: { nl: 'Kraamzorg', en: 'Maternity care at home' },
  jeugdzorg: { nl: 'Jeugdzorg', en: 'Youth care' },
};
