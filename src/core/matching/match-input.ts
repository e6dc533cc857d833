import { z } from 'zod';
import type { AspectTally, Gesprekskaart, InterestBar } from '../gesprekskaart/gesprekskaart-types.ts';
import { Leervoorkeur } from '../leervoorkeuren.ts';
import { LEERWEGEN } from '../leerwerkplaats-vocabulary.ts';
import { Opleiding } from '../opleidingen.ts';
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
}

export interface MatchInput {
  signals: MatchSignals;
  form: MatchForm;
  /** "Now" as yyyy-mm-dd, for the staleness check; passed in so results do not depend on the clock. */
  today: string;
  /** The organisation's limit for "checked recently" in days (default 183, about six months). */
  maxAgeDays?: number;
}

export function signalsFromGesprekskaart(card: Pick<Gesprekskaart, 'interest' | 'aspects' | 'scenarios'>): MatchSignals {
  return {
    interest: card.interest,
    aspects: card.aspects.all,
    scenariosCompleted: card.scenarios.filter((s) => s.completed).map((s) => s.scenario),
  };
}

/** No signals yet (nothing played): every signal-based criterion is then "unknown". */
export const NO_SIGNALS: MatchSignals = { interest: [], aspects: [], scenariosCompleted: [] };
