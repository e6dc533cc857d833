import { deepEqual } from '../authoring/deep-equal.ts';
import { daysBetween } from '../checker/staleness.ts';
import { VOLATILE_BLOCKS, type Leerwerkplaats, type LeerwerkplaatsVolatile, type VolatileBlock } from '../leerwerkplaats-schema.ts';

/** A volatile block without its date: what "the facts" of the block are. */
function facts(block: LeerwerkplaatsVolatile[VolatileBlock] | undefined): unknown {
  if (block === undefined) return undefined;
  const { reviewedAt: _date, ...rest } = block;
  return rest;
}

/**
 * The dates a saved profile gets. A block whose facts changed, or that the person saving says
 * is still right (`confirmed`), was checked today; any other block keeps the date it had, so an
 * edit elsewhere never makes old places look fresh. Without a version before (a new profile), every
 * block is checked today. Returns the profile with its dates and the blocks checked now.
 */
export function stampReviews(
  before: Leerwerkplaats | null,
  after: Leerwerkplaats,
  today: string,
  confirmed: readonly VolatileBlock[] = [],
): { profile: Leerwerkplaats; checked: VolatileBlock[] } {
  const volatile: Record<string, unknown> = { ...after.volatile };
  const checked: VolatileBlock[] = [];
  for (const name of VOLATILE_BLOCKS) {
    const block = after.volatile[name];
    if (block === undefined) continue;
    const old = before?.volatile[name];
    const same = old !== undefined && deepEqual(facts(old), facts(block));
    if (same && !confirmed.includes(name)) {
      volatile[name] = { ...block, reviewedAt: old.reviewedAt };
    } else {
      volatile[name] = { ...block, reviewedAt: today };
      checked.push(name);
    }
  }
  return { profile: { ...after, volatile: volatile as LeerwerkplaatsVolatile }, checked };
}

/** "Nog steeds juist": the given blocks (those the profile has) checked today, no fact changed. */
export function confirmBlocks(profile: Leerwerkplaats, blocks: readonly VolatileBlock[], today: string): { profile: Leerwerkplaats; checked: VolatileBlock[] } {
  const volatile: Record<string, unknown> = { ...profile.volatile };
  const checked = VOLATILE_BLOCKS.filter((b) => blocks.includes(b) && profile.volatile[b] !== undefined);
  for (const b of checked) volatile[b] = { ...profile.volatile[b], reviewedAt: today };
  return { profile: { ...profile, volatile: volatile as LeerwerkplaatsVolatile }, checked };
}

export interface BlockAge {
  block: VolatileBlock;
  reviewedAt: string;
  ageDays: number;
  stale: boolean;
}

/** Every volatile block the profile has, with its age on `today` and whether it is past `maxAgeDays`. */
export function blockAges(profile: Leerwerkplaats, today: string, maxAgeDays: number): BlockAge[] {
  return VOLATILE_BLOCKS.flatMap((block) => {
    const reviewedAt = profile.volatile[block]?.reviewedAt;
    if (reviewedAt === undefined) return [];
    const ageDays = daysBetween(reviewedAt, today);
    return [{ block, reviewedAt, ageDays, stale: ageDays > maxAgeDays }];
  });
}
