import { z } from 'zod';
import { Role } from './sessions.ts';

/**
 * Answers about the logged-in facilitator and their organisation. Objects are not strict: a
 * server that adds a field must not break an open dashboard.
 */
export const Me = z.object({ email: z.string(), role: Role, organisation: z.string() });
export type Me = z.infer<typeof Me>;

export const Organisation = z.object({
  name: z.string(),
  defaultRetentionDays: z.number().int().nullable(),
  /** Days after which a volatile profile block counts as not checked recently (default 183). */
  profileMaxAgeDays: z.number().int().optional(),
});
export type Organisation = z.infer<typeof Organisation>;

/** One account of the organisation, for the beheerder's list (GET /api/organisation/facilitators). */
export const AccountView = z.object({ email: z.string(), role: Role, createdAt: z.number() });
export type AccountView = z.infer<typeof AccountView>;
export const AccountList = z.object({ accounts: z.array(AccountView) });
