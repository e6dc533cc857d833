import { z } from 'zod';

/**
 * First run without a terminal (issue 12): while the database has no account, the facilitator
 * page offers to make the first beheerder and organisation. Only from the computer the server
 * runs on, or with the one-time code `npm start` prints.
 */

/** Answer of GET /api/setup. */
export const SetupState = z.object({
  /** No account exists yet: the first one may be made in the browser. */
  needed: z.boolean(),
  /** This request does not come from the server's own computer: the one-time code is needed. */
  codeRequired: z.boolean(),
});
export type SetupState = z.infer<typeof SetupState>;

/** Characters of the one-time code: the join-code alphabet (nothing to confuse when read off a terminal). */
export const SETUP_CODE_LENGTH = 10;

export const SetupBody = z.strictObject({
  organisation: z
    .string()
    .trim()
    .min(1, { error: 'give the organisation a name' })
    .max(120)
    .regex(/^[^\u0000-\u001f\u007f]*$/, { error: 'a name is one line without control characters' }),
  email: z.email({ error: 'email must be an e-mail address' }).max(254),
  password: z.string().max(1024),
  /** The code `npm start` printed; not needed on the server's own computer. */
  code: z.string().max(64).optional(),
});
