import type { Kysely } from 'kysely';
import { eraseTraces } from './db/erase-traces.ts';
import type { DatabaseKind } from './db/open-database.ts';
import type { Database } from './db/schema.ts';
import { ABSOLUTE_TIMEOUT_MS } from './facilitator-auth.ts';

export interface PurgeResult {
  sessions: number;
  authSessions: number;
}

/**
 * Deletes every session past its retention (participants, events and queued statements go with
 * it, by cascade) and logins past their absolute timeout. Runs at start and daily.
 */
export async function purgeExpired(db: Kysely<Database>, now: number, kind: DatabaseKind): Promise<PurgeResult> {
  const sessions = await db.deleteFrom('sessions').where('purge_at', '<=', now).executeTakeFirst();
  const auth = await db
    .deleteFrom('auth_sessions')
    .where('created_at', '<=', now - ABSOLUTE_TIMEOUT_MS)
    .executeTakeFirst();
  // Always, also when nothing was due: it retries a checkpoint an earlier erasure could not finish.
  await eraseTraces(db, kind);
  return { sessions: Number(sessions.numDeletedRows), authSessions: Number(auth.numDeletedRows) };
}
