import type { Language } from '../localized-text.ts';
import type { Leerwerkplaats, Placement } from '../leerwerkplaats-schema.ts';
import { LEERWEGEN } from '../leerwerkplaats-vocabulary.ts';
import type { MatchForm } from './match-input.ts';

/**
 * The placements that concern the candidate, shared by the leerweg-niveau and leerjaar rules and
 * by `placesFree`, so the three always agree.
 * - `pool`: places for the candidate's leerweg and niveau (a field not filled in does not filter);
 * - `forYear`: of those, the ones for the candidate's leerjaar (all of the pool when not filled in).
 */
export function candidatePlacements(profile: Leerwerkplaats, form: MatchForm): { pool: Placement[]; forYear: Placement[] } {
  const pool = profile.volatile.placements.places.filter(
    (p) => (form.leerweg === null || p.leerweg === form.leerweg) && (form.niveau === null || p.niveau === form.niveau),
  );
  const forYear = form.leerjaar === null ? pool : pool.filter((p) => p.leerjaren.includes(form.leerjaar!));
  return { pool, forYear };
}

export const sumFree = (places: readonly Placement[]) => places.reduce((n, p) => n + p.free, 0);
export const sumPlaces = (places: readonly Placement[]) => places.reduce((n, p) => n + p.places, 0);

/** Free places for the candidate's leerweg, niveau and leerjaar (unfilled fields do not filter). */
export function placesFree(profile: Leerwerkplaats, form: MatchForm): number {
  return sumFree(candidatePlacements(profile, form).forYear);
}

/** "BBL niveau 3" / "BBL level 3" (BOL and BBL are not translated). */
export function leerwegNiveau(p: { leerweg: keyof typeof LEERWEGEN.labels; niveau: number }, lang: Language): string {
  return `${p.leerweg} ${lang === 'nl' ? 'niveau' : 'level'} ${p.niveau}`;
}

/** Distinct "BOL niveau 2" etc. of a list of placements, in order of appearance. */
export function leerwegNiveaus(places: readonly Placement[], lang: Language): string[] {
  return [...new Set(places.map((p) => leerwegNiveau(p, lang)))];
}

export function leerjarenOf(places: readonly Placement[]): number[] {
  return [...new Set(places.flatMap((p) => p.leerjaren))].sort((a, b) => a - b);
}
