import type { Kysely, Transaction } from 'kysely';
import type { DatabaseKind } from './db/open-database.ts';
import type { Database } from './db/schema.ts';
import { HttpError } from './http-error.ts';

export const gone = () =>
  new HttpError(
    410,
    'gone',
    'Deze sessie of deelname is gewist of verlopen; er is niets opgeslagen. / This session or participation was erased or has expired; nothing was stored.',
  );

/**
 * First thing in a device's write transaction: its participant and session are still there and
 * the session is not past its purge date, or 410 — the token was checked before the
 * transaction, and an erasure may have landed since (a foreign-key violation and a 500 before).
 *
 * On PostgreSQL the rows stay locked until the commit, taken in the order an erasure takes them
 * (the session, then its participants), so no deadlock: an erasure that comes later waits for
 * this write and then erases it too, one that came first is seen here. The participant lock also
 * puts one device's writes in a row, so its volume limits count exactly. SQLite runs one write
 * transaction at a time; there the check alone holds.
 */
export async function holdParticipation(
  trx: Transaction<Database> | Kysely<Database>,
  kind: DatabaseKind,
  participantId: string,
  sessionId: string,
  now: number,
): Promise<void> {
  let session = trx.selectFrom('sessions').select('id').where('id', '=', sessionId).where('purge_at', '>', now);
  if (kind === 'postgres') session = session.forKeyShare();
  if (!(await session.executeTakeFirst())) throw gone();
  let participant = trx.selectFrom('participants').select('id').where('id', '=', participantId).where('session_id', '=', sessionId);
  if (kind === 'postgres') participant = participant.forNoKeyUpdate();
  if (!(await participant.executeTakeFirst())) throw gone();
}
