import { z } from 'zod';
import { MboNiveau } from '../scenario-schema.ts';
import { Leervoorkeur } from '../leervoorkeuren.ts';

/**
 * What the facilitator writes down about a participant, on purpose: the matching form, their
 * notes and conclusion, and the team they propose and why. Stored with the session and erased
 * with it.
 */
export const ParticipantNotes = z.strictObject({
  form: z.strictObject({
    leerweg: z.enum(['BOL', 'BBL']).nullable(),
    niveau: MboNiveau.nullable(),
    leerjaar: z.number().int().min(1).max(4).nullable(),
    leervoorkeur: Leervoorkeur.nullable(),
  }),
  notes: z.string().max(5000),
  conclusion: z.string().max(2000),
  proposal: z
    .strictObject({
      leerwerkplaatsId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
      reason: z.string().max(2000),
    })
    .nullable(),
});
export type ParticipantNotes = z.infer<typeof ParticipantNotes>;

export const EMPTY_NOTES: ParticipantNotes = {
  form: { leerweg: null, niveau: null, leerjaar: null, leervoorkeur: null },
  notes: '',
  conclusion: '',
  proposal: null,
};
