/**
 * An injected setTimeout/clearTimeout that never fires by itself: tests read the delays that
 * were asked for and fire timers when they choose. (Vitest's fake timers would also freeze the
 * timers fake-indexeddb relies on.)
 */
export class ManualTimers {
  private nextId = 1;
  private readonly active = new Map<number, { callback: () => void; ms: number }>();

  readonly setTimeout = (callback: () => void, ms: number): number => {
    const id = this.nextId++;
    this.active.set(id, { callback, ms });
    return id;
  };

  readonly clearTimeout = (handle: unknown): void => {
    this.active.delete(handle as number);
  };

  /** Delays of the timers still pending. */
  pending(): number[] {
    return [...this.active.values()].map((t) => t.ms);
  }

  /** Fires (and removes) the pending timers with this delay; returns how many fired. */
  fire(ms: number): number {
    const due = [...this.active.entries()].filter(([, t]) => t.ms === ms);
    for (const [id, t] of due) {
      this.active.delete(id);
      t.callback();
    }
    return due.length;
  }
}
