import { type Kysely, sql } from 'kysely';
import type { DatabaseKind } from './open-database.ts';
import type { Database } from './schema.ts';

/**
 * Called after every erasure (participant, session, retention purge), so that erased rows are
 * gone from the files and not only from query results. SQLite runs with secure_delete, which
 * zeroes the space a DELETE frees, but the write-ahead log still holds the pages as they were
 * before; a TRUNCATE checkpoint copies the log into the database and cuts it to zero bytes.
 * PostgreSQL keeps erased rows as dead tuples and in its WAL until VACUUM and segment recycling
 * (docs/api.md says what a beheerder does about that); there is nothing to do here.
 *
 * Returns false when another process held the log open (e.g. a backup reading it) so the
 * checkpoint could not finish; the next erasure or the daily purge tries again.
 */
export async function eraseTraces(db: Kysely<Database>, kind: DatabaseKind): Promise<boolean> {
  if (kind !== 'sqlite') return true;
  const { rows } = await sql<{ busy: number }>`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
  return rows[0]?.busy === 0;
}
