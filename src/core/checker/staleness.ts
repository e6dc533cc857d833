/**
 * Team information goes stale fast (seed 004: "Sommige informatie kan snel verouderen"), so
 * every volatile block of a leerwerkplaatsprofiel carries `reviewedAt`, and the checker warns
 * when a block has not been checked for too long. A warning, not an error: old information is
 * still shown (with its date), it must just be checked with the team.
 */
import { VOLATILE_BLOCKS, type Leerwerkplaats, type VolatileBlock } from '../leerwerkplaats-schema.ts';
import { jsonPointer, type BilingualText, type Finding } from './problem.ts';

/** About six months. */
export const DEFAULT_MAX_AGE_DAYS = 183;

export interface StalenessOptions {
  /** "Now" as yyyy-mm-dd, injected so results do not depend on the clock. */
  today: string;
  maxAgeDays: number;
}

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (yyyy-mm-dd); UTC, so daylight saving never shifts a day. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** What to ask the team, per block, in the fix text. */
const WHAT_TO_ASK: Record<VolatileBlock, BilingualText> = {
  placements: {
    nl: 'Vraag het team of de praktijkopleider hoeveel plaatsen er nu vrij zijn, voor welke leerweg, welk niveau en welk leerjaar',
    en: 'Ask the team or the praktijkopleider how many places are free now, for which leerweg, niveau and leerjaar',
  },
  werkbegeleiders: {
    nl: 'Vraag het team of deze mensen nog studenten begeleiden, en wat hun leervoorkeuren zijn',
    en: 'Ask the team whether these people still coach students, and what their leervoorkeuren are',
  },
  diensten: { nl: 'Vraag het team welke diensten een student nu draait', en: 'Ask the team which shifts a student works now' },
  contact: { nl: 'Vraag het team of dit mailadres nog gelezen wordt', en: 'Ask the team whether this mailbox is still read' },
  team: { nl: 'Vraag het team of dit nieuws nog klopt', en: 'Ask the team whether this news is still current' },
};

export function stalenessFindings(profile: Leerwerkplaats, { today, maxAgeDays }: StalenessOptions): Finding[] {
  const out: Finding[] = [];
  for (const block of VOLATILE_BLOCKS) {
    const reviewedAt = profile.volatile[block]?.reviewedAt;
    if (reviewedAt === undefined) continue;
    const age = daysBetween(reviewedAt, today);
    const pointer = jsonPointer(['volatile', block, 'reviewedAt']);
    if (age < 0) {
      out.push({
        pointer,
        rule: 'future-review-date',
        severity: 'warning',
        message: {
          nl: `volatile.${block}.reviewedAt is ${reviewedAt}, dat is na vandaag (${today})`,
          en: `volatile.${block}.reviewedAt is ${reviewedAt}, which is after today (${today})`,
        },
        fix: {
          nl: 'Schrijf de datum waarop dit deel het laatst met het team is nagekeken (jjjj-mm-dd); meestal is het een tikfout in het jaar of de maand.',
          en: 'Write the date the block was last checked with the team (yyyy-mm-dd); a typo in the year or month is the usual cause.',
        },
      });
    } else if (age > maxAgeDays) {
      const months = Math.floor(age / 30.44);
      out.push({
        pointer,
        rule: 'stale-profile',
        severity: 'warning',
        message: {
          nl: `volatile.${block} is het laatst nagekeken op ${reviewedAt}, ${age} dagen geleden (ongeveer ${months} maanden; de grens is ${maxAgeDays} dagen), dus het klopt misschien niet meer`,
          en: `volatile.${block} was last checked on ${reviewedAt}, ${age} days ago (about ${months} months; the limit is ${maxAgeDays} days), so it may be out of date`,
        },
        fix: {
          nl: `${WHAT_TO_ASK[block].nl}. Werk dit deel bij en zet "reviewedAt": "${today}".`,
          en: `${WHAT_TO_ASK[block].en}. Update the block and set "reviewedAt": "${today}".`,
        },
      });
    }
  }
  return out;
}
