/**
 * Undo and redo for the editor, with no UI (after tldraw's HistoryManager): the history owns
 * the scenario being edited and a list of invertible edits. Framework-free, so a store or a
 * React hook only binds it (subscribe + getters), and tests drive it with an injected clock.
 */
import type { Scenario } from '../scenario-schema.ts';
import { applyEdit, type ApplyResult } from './apply-edit.ts';
import type { BilingualText } from './bilingual-text.ts';
import { isEmptyEdit, type Edit } from './edit.ts';
import { invertEdit } from './invert-edit.ts';
import { squashEdits } from './squash-edits.ts';

/** The product promises at least this many undo steps. */
export const MIN_UNDO_STEPS = 100;
export const DEFAULT_UNDO_STEPS = 200;
/** Edits with the same merge key closer together than this are one step (a drag, a burst of typing). */
export const DEFAULT_MERGE_WINDOW_MS = 1000;

export interface AuthoringHistoryOptions {
  /** Milliseconds; injected so tests control time. Defaults to Date.now. */
  clock?: () => number;
  /** Undo steps kept, at least MIN_UNDO_STEPS; the oldest go first. */
  limit?: number;
  mergeWindowMs?: number;
}

interface Step {
  edit: Edit;
  /** Names the scenario state after this step, so "saved" can be compared after undo/redo. */
  serial: number;
  /** When the last edit merged into this step was made. */
  at: number;
}

export class AuthoringHistory {
  #scenario: Scenario;
  readonly #undo: Step[] = [];
  readonly #redo: Step[] = [];
  readonly #listeners = new Set<() => void>();
  readonly #clock: () => number;
  readonly #limit: number;
  readonly #mergeWindowMs: number;
  #serial = 0;
  /** The state below the oldest kept step (the loaded scenario until steps are dropped). */
  #baseSerial = 0;
  #savedSerial = 0;
  /** False after undo, redo or endStep: the next edit starts a new step whatever its key. */
  #mergeOpen = false;

  constructor(scenario: Scenario, options: AuthoringHistoryOptions = {}) {
    const limit = options.limit ?? DEFAULT_UNDO_STEPS;
    if (!Number.isInteger(limit) || limit < MIN_UNDO_STEPS) throw new RangeError(`limit must be an integer of at least ${MIN_UNDO_STEPS}`);
    this.#scenario = scenario;
    this.#clock = options.clock ?? Date.now;
    this.#limit = limit;
    this.#mergeWindowMs = options.mergeWindowMs ?? DEFAULT_MERGE_WINDOW_MS;
  }

  get scenario(): Scenario {
    return this.#scenario;
  }

  /**
   * Applies an edit made for the current scenario. An edit made for an older version is
   * refused (nothing changes; see applyEdit). An edit that changes nothing adds no step.
   */
  apply(edit: Edit): ApplyResult {
    const result = applyEdit(this.#scenario, edit);
    if (!result.ok || isEmptyEdit(edit)) return result;
    this.#scenario = result.scenario;
    this.#redo.length = 0;
    const now = this.#clock();
    const top = this.#undo.at(-1);
    if (top && this.#mergeOpen && edit.mergeKey !== undefined && top.edit.mergeKey === edit.mergeKey && now - top.at <= this.#mergeWindowMs) {
      const merged = squashEdits(top.edit, edit);
      this.#undo.pop();
      // Dragged back to where it started: the step is gone, and so is its merge window.
      if (isEmptyEdit(merged)) this.#mergeOpen = false;
      else this.#undo.push({ edit: merged, serial: ++this.#serial, at: now });
    } else {
      this.#undo.push({ edit, serial: ++this.#serial, at: now });
      if (this.#undo.length > this.#limit) this.#baseSerial = this.#undo.shift()!.serial;
      this.#mergeOpen = true;
    }
    this.#notify();
    return result;
  }

  /** False when there is nothing to undo. */
  undo(): boolean {
    return this.#move(this.#undo, this.#redo, invertEdit);
  }

  /** False when there is nothing to redo. */
  redo(): boolean {
    return this.#move(this.#redo, this.#undo, (edit) => edit);
  }

  #move(from: Step[], to: Step[], direction: (edit: Edit) => Edit): boolean {
    const step = from.at(-1);
    if (!step) return false;
    // Cannot fail while the history is the only one changing its scenario; if it does, keep both intact.
    const result = applyEdit(this.#scenario, direction(step.edit));
    if (!result.ok) return false;
    from.pop();
    to.push(step);
    this.#scenario = result.scenario;
    this.#mergeOpen = false;
    this.#notify();
    return true;
  }

  get canUndo(): boolean {
    return this.#undo.length > 0;
  }

  get canRedo(): boolean {
    return this.#redo.length > 0;
  }

  /** For the undo menu: "Ongedaan maken: Hotspot verplaatst". */
  get undoLabel(): BilingualText | undefined {
    return this.#undo.at(-1)?.edit.label;
  }

  get redoLabel(): BilingualText | undefined {
    return this.#redo.at(-1)?.edit.label;
  }

  /** Ends the current step (e.g. on pointer up), so the next drag of the same hotspot is a step of its own. */
  endStep(): void {
    this.#mergeOpen = false;
  }

  /** Call when the current scenario has been stored; `isDirty` is then false until it changes. */
  markSaved(): void {
    this.#savedSerial = this.#position();
    this.#notify();
  }

  /** True when the scenario differs from the one last marked saved (undoing back to it makes it clean again). */
  get isDirty(): boolean {
    return this.#position() !== this.#savedSerial;
  }

  #position(): number {
    return this.#undo.at(-1)?.serial ?? this.#baseSerial;
  }

  /** Called after every change of the scenario or of the saved state; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #notify(): void {
    for (const listener of this.#listeners) listener();
  }
}
