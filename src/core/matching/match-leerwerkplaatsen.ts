import type { Leerwerkplaats } from '../leerwerkplaats-schema.ts';
import type { LocalizedText } from '../localized-text.ts';
import type { Zorgcategorie } from '../zorgcategorie.ts';
import { actueelRule } from './criteria/actueel.ts';
import { doelgroepRule } from './criteria/doelgroep.ts';
import { leerjaarRule } from './criteria/leerjaar.ts';
import { leerwegNiveauRule } from './criteria/leerweg-niveau.ts';
import { leervoorkeurRule } from './criteria/leervoorkeur.ts';
import { opleidingRule } from './criteria/opleiding.ts';
import { werkaspectenRule } from './criteria/werkaspecten.ts';
import { HARD_CRITERIA, type Criterion, type CriterionRule } from './criterion.ts';
import { resolveMatchInput, type MatchInput, type ResolvedMatchInput } from './match-input.ts';
import { placesFree } from './placements.ts';

/** One team, with what fits, what does not and what is not known, each explained. */
export interface LeerwerkplaatsMatch {
  profileId: string;
  teamName: LocalizedText;
  organisation: string;
  location: { name: string; plaats: string };
  zorgcategorie: Zorgcategorie;
  /** The team's scenario, "<zorgcategorie>/<id>", to show the place in the player. */
  scenario: string;
  fits: Criterion[];
  doesNotFit: Criterion[];
  unknown: Criterion[];
  /** How many of `doesNotFit` are hard criteria (no free place for this leerweg, niveau or leerjaar). */
  hardBlockers: number;
  /** Free places for the candidate's leerweg, niveau and leerjaar (fields not filled in do not filter). */
  placesFree: number;
}

/** In the order they are shown: the practical ones first, then the person-related ones. */
export const CRITERION_RULES: readonly CriterionRule[] = [
  leerwegNiveauRule,
  leerjaarRule,
  opleidingRule,
  doelgroepRule,
  werkaspectenRule,
  leervoorkeurRule,
  actueelRule,
];

/**
 * The matching aid: every team, with each criterion explained in plain words; no score, no
 * weights. The facilitator reads the explanations and decides; the candidate is never ranked.
 *
 * The list is a sort of teams, for one candidate, so the facilitator reads the most practical
 * options first: fewest hard blockers (no free place for this leerweg/niveau/leerjaar), then most
 * criteria that fit, then fewest that do not fit, then profile id (so the order is stable).
 * Teams that do not fit are kept in the list, with the reason.
 */
export function matchLeerwerkplaatsen(input: MatchInput, profiles: readonly Leerwerkplaats[]): LeerwerkplaatsMatch[] {
  const resolved = resolveMatchInput(input);
  return profiles
    .map((profile) => matchOne(resolved, profile))
    .sort(
      (a, b) =>
        a.hardBlockers - b.hardBlockers ||
        b.fits.length - a.fits.length ||
        a.doesNotFit.length - b.doesNotFit.length ||
        (a.profileId < b.profileId ? -1 : a.profileId > b.profileId ? 1 : 0),
    );
}

function matchOne(input: ResolvedMatchInput, profile: Leerwerkplaats): LeerwerkplaatsMatch {
  const judgements = CRITERION_RULES.flatMap((rule) => rule(profile, input));
  const pick = (verdict: string) => judgements.filter((j) => j.verdict === verdict).map(({ id, explanation, sources }) => ({ id, explanation, sources }));
  const doesNotFit = pick('doesNotFit');
  const { stable } = profile;
  return {
    profileId: profile.id,
    teamName: stable.team.name,
    organisation: stable.organisation.name,
    location: { name: stable.location.name, plaats: stable.location.plaats },
    zorgcategorie: stable.zorgcategorie,
    scenario: stable.scenario,
    fits: pick('fits'),
    doesNotFit,
    unknown: pick('unknown'),
    hardBlockers: doesNotFit.filter((c) => HARD_CRITERIA.includes(c.id)).length,
    placesFree: placesFree(profile, input.form),
  };
}
