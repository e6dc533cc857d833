import type { Leerwerkplaats } from '../leerwerkplaats-schema.ts';
import type { LocalizedText } from '../localized-text.ts';
import type { FactSource, ResolvedMatchInput } from './match-input.ts';

/**
 * One criterion of the matching aid: a plain rule with a concrete explanation, no weight and
 * no number behind it. The criteria follow the stappenplan "matching student – WB" (seed 004):
 * leervoorkeur, type opleiding, opleidingsjaar; and the leerwerkplaatsprofiel: doelgroep, places
 * per leerweg/niveau, what the team's work is like, how fresh the information is.
 */
export const CRITERION_IDS = ['doelgroep', 'leerweg-niveau', 'leerjaar', 'leervoorkeur', 'werkaspecten', 'opleiding', 'actueel'] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

/** Without a free place for this leerweg, niveau and leerjaar a team cannot take the candidate now. */
export const HARD_CRITERIA: readonly CriterionId[] = ['leerweg-niveau', 'leerjaar'];

export interface Criterion {
  id: CriterionId;
  explanation: LocalizedText;
  /** Where the candidate's facts behind it came from; empty when it is about the team only (actueel). */
  sources: FactSource[];
}

export type Verdict = 'fits' | 'doesNotFit' | 'unknown';

export interface Judgement extends Criterion {
  verdict: Verdict;
}

/**
 * A criterion rule looks at one profile. It usually gives one judgement; the werkaspecten rule
 * can give two (what fits and what does not), since a team can have both.
 */
export type CriterionRule = (profile: Leerwerkplaats, input: ResolvedMatchInput) => Judgement[];
