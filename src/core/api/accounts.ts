import { z } from 'zod';
import { Role } from './sessions.ts';

/**
 * Answers about the logged-in facilitator and their organisation. Objects are not strict: a
 * server that adds a field must not break an open dashboard.
 */
export const Me = z.object({ email: z.string(), role: Role, organisation: z.string() });
export type Me = z.infer<typeof Me>;

export const Organisation = z.object({ name: z.string(), defaultRetentionDays: z.number().int().nullable() });
export type Organisation = z.infer<typeof Organisation>;
