import type { Language } from '../../localized-text.ts';
import { daysBetween, DEFAULT_MAX_AGE_DAYS } from '../../checker/staleness.ts';
import { both, midSentence } from '../../gesprekskaart/text-format.ts';
import { VOLATILE_BLOCKS, type VolatileBlock } from '../../leerwerkplaats-schema.ts';
import type { CriterionRule } from '../criterion.ts';
import type { FactSource } from '../match-input.ts';

const BLOCK_NAMES: Record<VolatileBlock, { nl: string; en: string }> = {
  placements: { nl: 'De plaatsen zijn', en: 'The places have' },
  werkbegeleiders: { nl: 'De werkbegeleiders zijn', en: 'The coaches have' },
  diensten: { nl: 'De diensten zijn', en: 'The shifts have' },
  contact: { nl: 'Het contactadres is', en: 'The contact address has' },
  team: { nl: 'Het teamnieuws is', en: 'The team news has' },
};

/**
 * Actueel: team information goes stale fast (seed 004), so every volatile block has the date
 * it was last checked. A block older than six months (the checker's limit, 183 days) is a
 * caution, listed under unknown: the places or coaches may have changed, ask the team. All
 * blocks checked within six months fits — a team whose information can be trusted is worth
 * looking at first.
 */
export const actueelRule: CriterionRule = (profile, { today, maxAgeDays = DEFAULT_MAX_AGE_DAYS }) => {
  // About the team's information, not the candidate: no source.
  const sources: FactSource[] = [];
  const day = today.slice(0, 10);
  const stale = VOLATILE_BLOCKS.flatMap((block) => {
    const reviewedAt = profile.volatile[block]?.reviewedAt;
    if (reviewedAt === undefined) return [];
    const age = daysBetween(reviewedAt, day);
    return age > maxAgeDays ? [{ block, reviewedAt, months: Math.floor(age / 30.44) }] : [];
  });

  if (stale.length === 0) {
    const dates = VOLATILE_BLOCKS.flatMap((b) => profile.volatile[b]?.reviewedAt ?? []).sort();
    const oldest = dates[0] ?? day;
    return [
      {
        id: 'actueel',
        sources,
        verdict: 'fits',
        explanation: both((lang) =>
          lang === 'nl' ? `Profiel is actueel: alles gecontroleerd sinds ${oldest}.` : `Profile is up to date: everything checked since ${oldest}.`,
        ),
      },
    ];
  }
  return [
    {
      id: 'actueel',
      sources,
      verdict: 'unknown',
      explanation: both((lang) => {
        const parts = stale.map((s, i) =>
          lang === 'nl'
            ? `${name(s.block, 'nl', i)} ${s.months} maanden niet gecontroleerd (laatst op ${s.reviewedAt})`
            : `${name(s.block, 'en', i)} not been checked for ${s.months} months (last on ${s.reviewedAt})`,
        );
        return lang === 'nl' ? `${parts.join('; ')}. Vraag het team of dit nog klopt.` : `${parts.join('; ')}. Ask the team whether this is still right.`;
      }),
    },
  ];
};

/** "De plaatsen zijn" at the start, "de plaatsen zijn" after a semicolon. */
function name(block: VolatileBlock, lang: Language, i: number): string {
  return i === 0 ? BLOCK_NAMES[block][lang] : midSentence(BLOCK_NAMES[block][lang]);
}
