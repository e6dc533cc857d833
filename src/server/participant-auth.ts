import type { FastifyRequest } from 'fastify';
import { HttpError } from './http-error.ts';
import { hashToken } from './security/tokens.ts';
import type { ServerContext } from './server-context.ts';

export interface Participant {
  id: string;
  code: string;
  sessionId: string;
  scenarios: string[];
  sessionStatus: 'open' | 'ended' | 'archived';
}

export function bearerToken(request: FastifyRequest): string | undefined {
  const m = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(request.headers.authorization ?? '');
  return m?.[1];
}

/**
 * The device's participation from its bearer token. The token only ever reaches this
 * participant's own rows: every device route takes the participant from here, never from the body.
 */
export async function requireParticipant(ctx: ServerContext, request: FastifyRequest): Promise<Participant> {
  const token = bearerToken(request);
  if (!token) throw new HttpError(401, 'no-token', 'Send the participant token as "Authorization: Bearer <token>" (from POST /api/join).');
  const row = await ctx.db
    .selectFrom('participants as p')
    .innerJoin('sessions as s', 's.id', 'p.session_id')
    .select(['p.id', 'p.code', 'p.session_id', 's.scenarios', 's.status', 's.purge_at'])
    .where('p.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.purge_at <= ctx.now())
    throw new HttpError(401, 'unknown-token', 'This device is not (or no longer) part of a session. Join again with a code.');
  return { id: row.id, code: row.code, sessionId: row.session_id, scenarios: JSON.parse(row.scenarios) as string[], sessionStatus: row.status };
}
