import type { ClassState } from '../core/api/class-mode.ts';
import type { StoredEvent } from '../core/api/stored-event.ts';

export type LiveMessage =
  | { kind: 'events'; sessionId: string; events: StoredEvent[] }
  | { kind: 'participant-joined'; sessionId: string; participantCode: string; at: number }
  | { kind: 'participant-seen'; sessionId: string; participantCode: string; at: number }
  | { kind: 'session-changed'; sessionId: string }
  | { kind: 'class-state'; sessionId: string; state: ClassState };

type Listener = (message: LiveMessage) => void;

/**
 * In-process fan-out of what devices send, per session, to the facilitators watching it.
 * One server process holds all connections; with several processes on PostgreSQL this would
 * become LISTEN/NOTIFY (not needed for one school or region).
 */
export class LiveHub {
  private readonly listeners = new Map<string, Set<Listener>>();

  subscribe(sessionId: string, listener: Listener): () => void {
    let set = this.listeners.get(sessionId);
    if (!set) this.listeners.set(sessionId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(sessionId);
    };
  }

  publish(message: LiveMessage): void {
    for (const listener of this.listeners.get(message.sessionId) ?? []) {
      try {
        listener(message);
      } catch {
        // A broken connection must not stop the others or the ingestion that published.
      }
    }
  }

  /**
   * Open streams, each with what it stands on (see `streamTag`): on shutdown all end, so closing
   * the server does not wait on them; on logout or erasure the ones standing on what went.
   */
  private readonly closers = new Map<() => void, readonly string[]>();
  onClose(closer: () => void, tags: readonly string[] = []): () => void {
    this.closers.set(closer, tags);
    return () => this.closers.delete(closer);
  }
  closeAll(): void {
    // A copy: a closer may remove others while we iterate.
    for (const c of Array.from(this.closers.keys())) c();
    this.closers.clear();
  }
  /** Ends every stream opened on this login, participant or session (it was logged out or erased). */
  closeTagged(tag: string): void {
    for (const [c, tags] of Array.from(this.closers)) if (tags.includes(tag)) c();
  }

  listenerCount(sessionId: string): number {
    return this.listeners.get(sessionId)?.size ?? 0;
  }
}

/** What a stream stands on; when one of these goes, `closeTagged` ends the stream at once. */
export const streamTag = {
  login: (idHash: string) => `login:${idHash}`,
  participant: (id: string) => `participant:${id}`,
  session: (id: string) => `session:${id}`,
};
