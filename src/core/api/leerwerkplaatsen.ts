import { z } from 'zod';
import type { Leerwerkplaats } from '../leerwerkplaats-schema.ts';
import { readLeerwerkplaats } from '../read-leerwerkplaats.ts';
import { DEFAULT_PROFILE_MAX_AGE_DAYS } from './profiles.ts';

/**
 * Answer of GET /api/leerwerkplaatsen: every profile the facilitator's organisation matches
 * against. `source` says where it is kept: a file shipped with the app (`built-in`, read-only) or
 * the organisation's own, kept in the dashboard (`organisation`, which replaces a built-in one
 * with the same id). `own` marks the organisation's own teams. `maxAgeDays` is the
 * organisation's limit for "checked recently".
 */
export const LeerwerkplaatsList = z.object({
  profiles: z.array(z.object({ own: z.boolean(), source: z.enum(['built-in', 'organisation']).optional(), profile: z.unknown() })),
  maxAgeDays: z.number().int().optional(),
});
export type LeerwerkplaatsSource = 'built-in' | 'organisation';
export type LeerwerkplaatsEntry = { own: boolean; source: LeerwerkplaatsSource; profile: Leerwerkplaats };

/**
 * Reads the answer, keeping the profiles that parse: one profile in a format this page does not
 * know (a newer server) must not hide the others.
 */
export function readLeerwerkplaatsList(raw: unknown): LeerwerkplaatsEntry[] {
  return readLeerwerkplaatsAnswer(raw).profiles;
}

export function readLeerwerkplaatsAnswer(raw: unknown): { profiles: LeerwerkplaatsEntry[]; maxAgeDays: number } {
  const answer = LeerwerkplaatsList.parse(raw);
  return {
    maxAgeDays: answer.maxAgeDays ?? DEFAULT_PROFILE_MAX_AGE_DAYS,
    profiles: answer.profiles.flatMap((p) => {
      const read = readLeerwerkplaats(p.profile);
      return read.ok ? [{ own: p.own, source: p.source ?? 'built-in', profile: read.value }] : [];
    }),
  };
}
