import type { z } from 'zod';
import type { ApiError } from '../core/api/api-error.ts';

/** An error the API answers with on purpose: a status, a stable code and a sentence for people. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Pick<ApiError, 'issues' | 'conflicts'> = {},
    /** Sent with the answer, e.g. Retry-After with a 429. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
  toBody(): ApiError {
    return { error: this.code, message: this.message, ...this.extra };
  }
}

/**
 * Parses untrusted input with a zod schema; a failure becomes a 422 that names each field,
 * what is wrong with it, so a client developer can fix the request.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: i.message }));
  const first = issues[0]!;
  throw new HttpError(422, 'invalid-input', `${what}: ${first.path}: ${first.message}`, { issues });
}

export const notFound = (what: string) => new HttpError(404, 'not-found', `${what} not found`);
