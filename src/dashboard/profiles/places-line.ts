import { LEERWEGEN } from '../../core/leerwerkplaats-vocabulary.ts';
import type { Language } from '../../core/localized-text.ts';
import { readLeerwerkplaats } from '../../core/read-leerwerkplaats.ts';

/** The places of a profile in one line ("BOL niveau 3: 2 van 4 vrij"), to compare a team's change with what is published. */
export function placesLine(raw: unknown, lang: Language): string {
  if (raw === null || raw === undefined) return '—';
  const read = readLeerwerkplaats(raw);
  if (!read.ok) return '—';
  const places = read.value.volatile.placements.places;
  if (places.length === 0) return lang === 'en' ? 'no places' : 'geen plaatsen';
  return places
    .map(
      (p) =>
        `${LEERWEGEN.ids.includes(p.leerweg) ? p.leerweg : ''} ${lang === 'en' ? 'level' : 'niveau'} ${p.niveau}: ${p.free} ${lang === 'en' ? 'of' : 'van'} ${p.places} ${lang === 'en' ? 'free' : 'vrij'}`,
    )
    .join('; ');
}
