import { z } from 'zod';
import type { AspectTally, Gesprekskaart, InterestBar } from '../gesprekskaart/gesprekskaart-types.ts';
import { Leervoorkeur } from '../leervoorkeuren.ts';
import { LEERWEGEN } from '../leerwerkplaats-vocabulary.ts';
import { Opleiding } from '../opleidingen.ts';
import { candidateAnswers, NO_CANDIDATE_ANSWERS, type CandidateAnswers } from '../questionnaire/candidate-answers.ts';
import { MboNiveau } from '../scenario-schema.ts';

/**
 * What the facilitator fills in with the candidate (the stappenplan's criteria: leerweg,
 * niveau, opleidingsjaar, leervoorkeur, type opleiding). Every field may still be empty (null):
 * the criteria that need it then come out as "unknown" instead of blocking. Same shape as the
 * dashboard's notes form, plus `opleiding`.
 */
export const MatchForm = z.strictObject({
  leerweg: LEERWEGEN.schema.nullable(),
  niveau: MboNiveau.nullable(),
  leerjaar: z.int().min(1).max(4).nullable(),
  leervoorkeur: Leervoorkeur.nullable().optional(),
  opleiding: Opleiding.nullable().optional(),
});
export type MatchForm = z.infer<typeof MatchForm>;

/** What the matching uses from the gesprekskaart. */
export interface MatchSignals {
  /** The card's interest bars (one per zorgcategorie). */
  interest: readonly InterestBar[];
  /** The card's aspect tallies (`aspects.all`). */
  aspects: readonly AspectTally[];
  /** Catalog paths of scenarios played to an ending, e.g. "ouderenzorg/ochtend-verpleeghuis". */
  scenariosCompleted: readonly string[];
  /** The candidate's own answers to the questionnaire after the scenarios (the card's `ownAnswers`). */
  own: CandidateAnswers;
}

export interface MatchInput {
  signals: MatchSignals;
  form: MatchForm;
  /** "Now" as yyyy-mm-dd, for the staleness check; passed in so results do not depend on the clock. */
  today: string;
  /** The organisation's limit for "checked recently" in days (default 183, about six months). */
  maxAgeDays?: number;
}

export function signalsFromGesprekskaart(card: Pick<Gesprekskaart, 'interest' | 'aspects' | 'scenarios' | 'ownAnswers'>): MatchSignals {
  return {
    interest: card.interest,
    aspects: card.aspects.all,
    scenariosCompleted: card.scenarios.filter((s) => s.completed).map((s) => s.scenario),
    own: candidateAnswers(card.ownAnswers.map((a) => ({ questionId: a.questionId, optionIds: a.options.map((o) => o.id) }))),
  };
}

/** No signals yet (nothing played): every signal-based criterion is then "unknown". */
export const NO_SIGNALS: MatchSignals = { interest: [], aspects: [], scenariosCompleted: [], own: NO_CANDIDATE_ANSWERS };

/**
 * Where a fact about the candidate came from, shown with every criterion: their own answer to the
 * questionnaire, the facilitator's form, or what they did in the scenarios.
 */
export const FACT_SOURCES = ['facilitator', 'candidate', 'scenarios'] as const;
export type FactSource = (typeof FACT_SOURCES)[number];

/** One fact of the form, and who gave it (null: nobody yet). */
export interface Fact<T> {
  value: T | null;
  source: 'facilitator' | 'candidate' | null;
}

type Form = Required<{ [K in keyof MatchForm]: Exclude<MatchForm[K], undefined> }>;

/** The input as the rules read it: every form field resolved, with its source. */
export interface ResolvedMatchInput extends MatchInput {
  /** The facilitator's entry where there is one, else the candidate's own answer, else null. */
  form: Form;
  facts: { [K in keyof Form]: Fact<NonNullable<Form[K]>> };
}

/** The facilitator's entry wins; the candidate's own answer fills what the form leaves empty. */
function fact<T>(facilitator: T | null | undefined, candidate: T | null | undefined): Fact<T> {
  if (facilitator !== null && facilitator !== undefined) return { value: facilitator, source: 'facilitator' };
  if (candidate !== null && candidate !== undefined) return { value: candidate, source: 'candidate' };
  return { value: null, source: null };
}

export function resolveMatchInput(input: MatchInput): ResolvedMatchInput {
  const own = input.signals.own ?? NO_CANDIDATE_ANSWERS;
  const facts = {
    leerweg: fact(input.form.leerweg, own.leerweg),
    niveau: fact(input.form.niveau, own.niveau),
    leerjaar: fact(input.form.leerjaar, null),
    leervoorkeur: fact(input.form.leervoorkeur, own.leervoorkeur),
    opleiding: fact(input.form.opleiding, null),
  };
  return {
    ...input,
    signals: { ...input.signals, own },
    form: {
      leerweg: facts.leerweg.value,
      niveau: facts.niveau.value,
      leerjaar: facts.leerjaar.value,
      leervoorkeur: facts.leervoorkeur.value,
      opleiding: facts.opleiding.value,
    },
    facts,
  };
}

/** The distinct sources of some facts, in a fixed order. */
export function sourcesOf(...facts: Fact<unknown>[]): FactSource[] {
  const found = new Set<FactSource>(facts.flatMap((f) => (f.source ? [f.source] : [])));
  return FACT_SOURCES.filter((s) => found.has(s));
}
