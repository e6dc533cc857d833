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

  /** On shutdown: tell every open stream to end, so closing the server does not wait on them. */
  private readonly closers = new Set<() => void>();
  onClose(closer: () => void): () => void {
    this.closers.add(closer);
    return () => this.closers.delete(closer);
  }
  closeAll(): void {
    // A copy: a closer may remove others while we iterate.
    for (const c of Array.from(this.closers)) c();
    this.closers.clear();
  }

  listenerCount(sessionId: string): number {
    return this.listeners.get(sessionId)?.size ?? 0;
  }
}
