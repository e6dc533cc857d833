import { z } from 'zod';
import { Leerwerkplaats } from '../leerwerkplaats-schema.ts';

/** Answer of GET /api/leerwerkplaatsen: every profile, `own` for the facilitator's own organisation's teams. */
export const LeerwerkplaatsList = z.object({ profiles: z.array(z.object({ own: z.boolean(), profile: z.unknown() })) });
export type LeerwerkplaatsEntry = { own: boolean; profile: Leerwerkplaats };

/**
 * Reads the answer, keeping the profiles that parse: one profile in a format this page does not
 * know (a newer server) must not hide the others.
 */
export function readLeerwerkplaatsList(raw: unknown): LeerwerkplaatsEntry[] {
  return LeerwerkplaatsList.parse(raw).profiles.flatMap((p) => {
    const parsed = Leerwerkplaats.safeParse(p.profile);
    return parsed.success ? [{ own: p.own, profile: parsed.data }] : [];
  });
}
