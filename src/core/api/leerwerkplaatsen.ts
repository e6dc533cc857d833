import { z } from 'zod';
import type { Leerwerkplaats } from '../leerwerkplaats-schema.ts';
import { readLeerwerkplaats } from '../read-content.ts';

/** Answer of GET /api/leerwerkplaatsen: every profile, `own` for the facilitator's own organisation's teams. */
export const LeerwerkplaatsList = z.object({ profiles: z.array(z.object({ own: z.boolean(), profile: z.unknown() })) });
export type LeerwerkplaatsEntry = { own: boolean; profile: Leerwerkplaats };

/**
 * Reads the answer, keeping the profiles that parse: one profile in a format this page does not
 * know (a newer server) must not hide the others.
 */
export function readLeerwerkplaatsList(raw: unknown): LeerwerkplaatsEntry[] {
  return LeerwerkplaatsList.parse(raw).profiles.flatMap((p) => {
    const read = readLeerwerkplaats(p.profile);
    return read.ok ? [{ own: p.own, profile: read.value }] : [];
  });
}
