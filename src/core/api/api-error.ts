import { z } from 'zod';

/** Every error the API returns has this shape: a stable code for programs, a sentence for people. */
export const ApiError = z.strictObject({
  error: z.string(),
  message: z.string(),
  /** Per-field problems for validation errors: where (path) and what is wrong. */
  issues: z.array(z.strictObject({ path: z.string(), message: z.string() })).optional(),
  /** For 409: the event ids that clash. */
  conflicts: z.array(z.string()).optional(),
});
export type ApiError = z.infer<typeof ApiError>;
