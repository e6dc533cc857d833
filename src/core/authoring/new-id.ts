/**
 * Ids for new nodes, hotspots, questions and options: a lowercase-hyphen slug of the Dutch
 * text, made unique in its scope with -2, -3, … Ids end up in logs, so they stay readable,
 * and they never change afterwards when the text is edited.
 */
/** Room for a "-NN" suffix within the 64 characters an id may have; short ids read better. */
const MAX_BASE = 48;

/** "Cliënt’s kamer & gang" → "clients-kamer-en-gang". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' en ')
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function shorten(slug: string): string {
  if (slug.length <= MAX_BASE) return slug;
  const cut = slug.slice(0, MAX_BASE);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen >= MAX_BASE / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

/** `fallback` is used when the text has no letters or digits (e.g. still empty); it must be a valid id. */
export function uniqueId(text: string, fallback: string, taken: ReadonlySet<string>): string {
  const base = shorten(slugify(text)) || fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}
