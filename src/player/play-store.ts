import { create } from 'zustand';
import { availableHotspots, currentNode, initialState, replay, step } from '../core/engine.ts';
import type { Action, PlayState, StepResult } from '../core/engine-types.ts';
import type { EngineEvent } from '../core/events.ts';
import type { Language, LocalizedText } from '../core/localized-text.ts';
import type { CatalogEntry } from '../core/scenario-catalog.ts';
import { indexScenario, type ScenarioIndex } from '../core/scenario-index.ts';
import type { Question, Scenario } from '../core/scenario-schema.ts';

/** What the candidate sees on top of the panorama. Only one panel at a time keeps it calm. */
export type Panel =
  | { kind: 'none' }
  | { kind: 'info'; hotspotId: string }
  | { kind: 'question'; questionId: string; hotspotId: string | null }
  | { kind: 'feedback'; text: LocalizedText }
  | { kind: 'ending' }
  | { kind: 'done' };

export type TextScale = 1 | 1.25 | 1.5;

/**
 * Where accepted steps are logged (the device outbox) when the candidate plays in a session.
 * The player waits for `record` before it shows the next state, so what is on screen is always
 * in the log.
 */
export interface StepRecorder {
  record(action: Action, now: number, events: EngineEvent[]): Promise<void>;
}

interface PlayerStore {
  lang: Language;
  textScale: TextScale;
  entry: CatalogEntry | null;
  index: ScenarioIndex | null;
  play: PlayState | null;
  panel: Panel;
  paused: boolean;
  menuOpen: boolean;
  /** The candidate paused the 360° video (separate from pausing the whole scenario). */
  videoPaused: boolean;
  /** Number of node transitions; the player fades on every change, even re-entering the same node. */
  transition: number;
  setLang(lang: Language): void;
  setTextScale(scale: TextScale): void;
  load(entry: CatalogEntry, scenario: Scenario): void;
  unload(): void;
  dispatch(action: Action): StepResult | null;
  setPanel(panel: Panel): void;
  setPaused(paused: boolean): void;
  setMenuOpen(open: boolean): void;
  setVideoPaused(paused: boolean): void;
  /** Log every accepted step through this recorder (null: free play, nothing logged). */
  setRecorder(recorder: StepRecorder | null): void;
  /** Rebuilds the state from logged actions after a reload; false when they do not replay. */
  resume(actions: { action: Action; now: number }[]): boolean;
  /** Set when a step could not be logged (e.g. storage full); the step is then not shown. */
  recordError: string | null;
}

// Steps waiting for the recorder. Each is computed on the state after the ones before it, and
// shown in order once logged; kept outside the store because it is bookkeeping, not UI state.
let recorder: StepRecorder | null = null;
let pendingState: PlayState | null = null;
let queue: Promise<void> = Promise.resolve();
/** After a failed write, later queued steps were computed on a state never shown: drop them. */
let recordFailed = false;

/** The panel to show after entering a node: its own question, its ending, or nothing. */
function panelForNode(index: ScenarioIndex, state: PlayState): Panel {
  const node = currentNode(index, state);
  if (!node) return { kind: 'none' };
  if (state.status === 'completed') return { kind: 'done' };
  if (node.question) return { kind: 'question', questionId: node.question.id, hotspotId: null };
  if (node.ending) return { kind: 'ending' };
  return { kind: 'none' };
}

function findQuestion(index: ScenarioIndex, nodeId: string | null, questionId: string): Question | undefined {
  return nodeId ? index.questionsByNode.get(nodeId)?.get(questionId) : undefined;
}

/** What the screen shows after an accepted step: the new state, and the panel that goes with it. */
function nextView(index: ScenarioIndex, base: PlayState, current: PlayerStore, action: Action, result: StepResult): Partial<PlayerStore> {
  const panel = current.panel;
  const entered = result.events.some((e) => e.type === 'scene-entered');
  let nextPanel: Panel = panel;
  if (entered) nextPanel = panelForNode(index, result.state);
  if (action.type === 'answer') {
    // Feedback is shown after the choice, on the node the choice led to.
    const q = findQuestion(index, base.nodeId, action.questionId);
    const option = q && q.kind !== 'scale' && 'optionId' in action ? q.options.find((o) => o.id === action.optionId) : undefined;
    if (option?.feedback) nextPanel = { kind: 'feedback', text: option.feedback };
    else if (!entered) nextPanel = { kind: 'none' };
  }
  if (action.type === 'open-hotspot' && !entered) {
    const h = availableHotspots(index, result.state).find((x) => x.id === action.hotspotId);
    if (h?.kind === 'info') nextPanel = { kind: 'info', hotspotId: h.id };
    if (h?.kind === 'question') nextPanel = { kind: 'question', questionId: h.question.id, hotspotId: h.id };
  }
  if (action.type === 'finish') nextPanel = { kind: 'done' };
  return {
    play: result.state,
    panel: nextPanel,
    transition: entered ? current.transition + 1 : current.transition,
    // A new scene starts unpaused, with its video playing.
    ...(entered ? { paused: false, menuOpen: false, videoPaused: false } : {}),
  };
}

export const usePlayer = create<PlayerStore>((set, get) => ({
  lang: 'nl',
  textScale: 1,
  entry: null,
  index: null,
  play: null,
  panel: { kind: 'none' },
  paused: false,
  menuOpen: false,
  videoPaused: false,
  transition: 0,
  setLang: (lang) => set({ lang }),
  setTextScale: (textScale) => set({ textScale }),
  load(entry, scenario) {
    const index = indexScenario(scenario);
    set({ entry, index, play: initialState(scenario), panel: { kind: 'none' }, paused: false, menuOpen: false });
  },
  unload: () => set({ entry: null, index: null, play: null, panel: { kind: 'none' }, paused: false, menuOpen: false }),
  recordError: null,
  setRecorder(r) {
    recorder = r;
    pendingState = null;
    queue = Promise.resolve();
    recordFailed = false;
    set({ recordError: null });
  },
  resume(actions) {
    const { index } = get();
    if (!index || actions.length === 0) return false;
    const result = replay(index, actions);
    if (result.rejected) {
      console.warn(`[engine] resume failed: ${result.rejected}`);
      return false;
    }
    set({ play: result.state, panel: panelForNode(index, result.state), transition: get().transition + 1, paused: false, menuOpen: false });
    return true;
  },
  dispatch(action) {
    const { index, play } = get();
    if (!index || !play) return null;
    const base = pendingState ?? play;
    const now = Date.now();
    const result = step(index, base, action, now);
    if (result.rejected) {
      console.warn(`[engine] ${action.type} rejected: ${result.rejected}`);
      return result;
    }
    const show = () => set(nextView(index, base, get(), action, result));
    if (!recorder) {
      show();
      return result;
    }
    const r = recorder;
    pendingState = result.state;
    queue = queue.then(() => {
      if (recordFailed) return;
      return r.record(action, now, result.events).then(
        () => {
          if (recorder !== r) return;
          if (pendingState === result.state) pendingState = null;
          show();
        },
        (e: Error) => {
          // Not logged, so not shown: the candidate stays where the log says they are.
          if (recorder !== r) return;
          pendingState = null;
          recordFailed = true;
          set({ recordError: e.message });
        },
      );
    });
    return result;
  },
  setPanel: (panel) => set({ panel }),
  setPaused: (paused) => set({ paused }),
  setMenuOpen: (menuOpen) => set({ menuOpen }),
  setVideoPaused: (videoPaused) => set({ videoPaused }),
}));

/** The scenario folder URL for media paths. */
export function mediaUrl(entry: CatalogEntry, path: string): string {
  return `${import.meta.env.BASE_URL}scenes/${entry.path}/${path}`;
}
