import type { Selectable } from 'kysely';
import type { SessionView } from '../core/api/sessions.ts';
import type { Database } from './db/schema.ts';
import type { Facilitator } from './facilitator-auth.ts';
import { HttpError } from './http-error.ts';
import type { ServerContext } from './server-context.ts';

export type SessionRow = Selectable<Database['sessions']>;

const SESSION_ID = /^[0-9a-f-]{36}$/;

/**
 * A session of the facilitator's own organisation, or 404 — also when it exists elsewhere, so
 * ids of other organisations' sessions cannot be probed, and when it is past its purge date:
 * expired is erased, whether or not the daily purge has removed the rows yet.
 */
export async function ownSession(ctx: ServerContext, facilitator: Facilitator, sessionId: string): Promise<SessionRow> {
  if (!SESSION_ID.test(sessionId)) throw new HttpError(404, 'not-found', 'No such session.');
  const row = await ctx.db
    .selectFrom('sessions')
    .selectAll()
    .where('id', '=', sessionId)
    .where('organisation_id', '=', facilitator.organisationId)
    .where('purge_at', '>', ctx.now())
    .executeTakeFirst();
  if (!row) throw new HttpError(404, 'not-found', 'No such session.');
  return row;
}

export function sessionView(row: SessionRow, participantCount: number): SessionView {
  return {
    id: row.id,
    mode: row.mode,
    title: row.title,
    scenarios: JSON.parse(row.scenarios) as string[],
    retentionDays: row.retention_days,
    status: row.status,
    joinCode: row.status === 'open' ? row.join_code : null,
    joinCodeExpiresAt: row.status === 'open' ? row.join_code_expires_at : null,
    createdAt: row.created_at,
    purgeAt: row.purge_at,
    participantCount,
  };
}
