import { z } from 'zod';

/** Languages the app ships. Dutch is the primary language; English is shown alongside. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Every user-facing string in a scenario. `nl` is required because candidates and
 * facilitators are Dutch first; `en` is optional in the format (the checker warns when it
 * is missing) so a care team can test a draft before the translation is done.
 */
export const LocalizedText = z
  .strictObject({
    nl: z.string({ error: 'Dutch text (nl) is required' }).trim().min(1, { error: 'Dutch text (nl) must not be empty' }),
    en: z.string().trim().min(1, { error: 'English text (en) must not be empty; leave it out instead' }).optional(),
  })
  .meta({
    id: 'LocalizedText',
    description: 'A user-facing text: Dutch (nl, required, plain A2/B1 language) and English (en).',
  });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Picks the text for a language, falling back to Dutch when the translation is missing. */
export function localize(text: LocalizedText, lang: Language): string {
  return (lang === 'en' ? text.en : undefined) ?? text.nl;
}
