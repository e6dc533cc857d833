import type { Action, PlayState, StepResult } from '../core/engine-types.ts';
import type { EngineEvent } from '../core/events.ts';

/**
 * Where accepted steps are logged (in a session: the device outbox). The player waits for
 * `record` before it shows the next state, so what is on screen is always in the log.
 */
export interface StepRecorder {
  record(action: Action, now: number, events: EngineEvent[]): Promise<void>;
}

/**
 * A recorder the player can continue from: in a session, the device's own log of this scenario.
 */
export interface PlayRecorder extends StepRecorder {
  /** Opens the log for this scenario; resolves to the steps it already holds (to continue after a reload). */
  open(): Promise<{ action: Action; now: number }[]>;
  /** The recorded steps do not replay on the scenario as it is now: start afresh. */
  discard(): Promise<void>;
  /** The player is done with this scenario (left, or another one opened). */
  close(): void;
}

/**
 * Owns the steps waiting for the recorder, framework-free (the store only binds it). Each step
 * is computed on the state after the ones queued before it and shown, in order, once logged.
 * After a failed write the later queued steps were computed on a state never shown: they are
 * dropped, and the candidate stays where the log says they are.
 */
export class RecordingQueue {
  private pending: PlayState | null = null;
  private tail: Promise<void> = Promise.resolve();
  private failed = false;
  private closed = false;

  constructor(
    private readonly recorder: StepRecorder,
    private readonly onFailed: (error: Error) => void,
  ) {}

  /** The state the next step must be computed on: the newest queued one, else what is shown. */
  base(shown: PlayState): PlayState {
    return this.pending ?? shown;
  }

  /** Logs the step, then calls `show` (not at all when logging failed or the queue was closed). */
  enqueue(action: Action, now: number, result: StepResult, show: () => void): void {
    this.pending = result.state;
    this.tail = this.tail.then(() => {
      // Steps queued before close (e.g. the abort when leaving) are still logged, just not shown.
      if (this.failed) return;
      return this.recorder.record(action, now, result.events).then(
        () => {
          if (this.closed) return;
          if (this.pending === result.state) this.pending = null;
          show();
        },
        (e: Error) => {
          if (this.closed) return;
          this.pending = null;
          this.failed = true;
          this.onFailed(e);
        },
      );
    });
  }

  /** Resolves when every queued step has been logged (or dropped). */
  settled(): Promise<void> {
    return this.tail;
  }

  /** The player moved on (another scenario, or left): nothing queued is shown any more. */
  close(): void {
    this.closed = true;
  }
}
