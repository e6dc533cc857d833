import { SessionView } from '../core/api/sessions.ts';
import { apiFetch, sessionPath } from '../facilitator-api/api-client.ts';

/** Closes joining; devices can still deliver what they logged, until the purge date. */
export async function endSession(id: string): Promise<SessionView> {
  return SessionView.parse(await apiFetch(sessionPath(id), { method: 'PATCH', body: { status: 'ended' } }));
}

/** Ends the session too (if still open) and moves it out of the way in the list. */
export async function archiveSession(id: string): Promise<SessionView> {
  return SessionView.parse(await apiFetch(sessionPath(id), { method: 'PATCH', body: { status: 'archived' } }));
}

/** Erases the session and everything in it, at once (not waiting for the purge date). */
export async function eraseSession(id: string): Promise<void> {
  await apiFetch(sessionPath(id), { method: 'DELETE' });
}
