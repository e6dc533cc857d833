import { create } from 'zustand';
import { availableHotspots, currentNode, initialState, replay, step } from '../core/engine.ts';
import type { Action, PlayState, StepResult } from '../core/engine-types.ts';
import type { LocalizedText } from '../core/localized-text.ts';
import type { CatalogEntry } from '../core/scenario-catalog.ts';
import { indexScenario, type ScenarioIndex } from '../core/scenario-index.ts';
import type { Question, Scenario } from '../core/scenario-schema.ts';
import type { ViewerStore } from '../viewer/viewer-store.ts';
import { RecordingQueue, type StepRecorder } from './recording-queue.ts';

/** What the candidate sees on top of the panorama. Only one panel at a time keeps it calm. */
export type Panel =
  | { kind: 'none' }
  | { kind: 'info'; hotspotId: string }
  | { kind: 'question'; questionId: string; hotspotId: string | null }
  | { kind: 'feedback'; text: LocalizedText }
  | { kind: 'ending' }
  | { kind: 'done' };

/**
 * Something outside the player holds it (e.g. a docent in class mode): `blank` blanks the scene
 * with that message, `prompt` shows a short text above the panels. The player does not know who.
 */
export interface PlayerHold {
  blank: string | null;
  prompt: string | null;
}

export const NO_HOLD: PlayerHold = { blank: null, prompt: null };

interface PlayerStore {
  entry: CatalogEntry | null;
  /** Resolves a media path of the loaded scenario to a URL (a pack folder, or a draft's media). */
  media: (path: string) => string;
  index: ScenarioIndex | null;
  play: PlayState | null;
  panel: Panel;
  paused: boolean;
  menuOpen: boolean;
  /** The candidate paused the 360° video (separate from pausing the whole scenario). */
  videoPaused: boolean;
  /** Number of node transitions; the player fades on every change, even re-entering the same node. */
  transition: number;
  hold: PlayerHold;
  /** The viewer the scenario is shown on (e.g. where the candidate looks, for a class heatmap). */
  viewer: ViewerStore | null;
  /** Set when a step could not be logged (e.g. storage full); the step is then not shown. */
  recordError: string | null;
  load(entry: CatalogEntry, scenario: Scenario, media?: (path: string) => string): void;
  unload(): void;
  dispatch(action: Action): StepResult | null;
  setPanel(panel: Panel): void;
  setPaused(paused: boolean): void;
  setMenuOpen(open: boolean): void;
  setVideoPaused(paused: boolean): void;
  setHold(hold: PlayerHold): void;
  /** Log every accepted step through this recorder (null: free play, nothing logged). */
  setRecorder(recorder: StepRecorder | null): void;
  /** Rebuilds the state from logged actions after a reload; false when they do not replay. */
  resume(actions: { action: Action; now: number }[]): boolean;
}

// Bookkeeping, not UI state: kept outside the store's state so no render depends on it.
let recording: RecordingQueue | null = null;

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
  const entered = result.events.some((e) => e.type === 'scene-entered');
  let nextPanel: Panel = current.panel;
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

/** The one player on screen: the engine's state for the loaded scenario, and what is shown. */
export const usePlayer = create<PlayerStore>((set, get) => ({
  entry: null,
  media: (path) => path,
  index: null,
  play: null,
  panel: { kind: 'none' },
  paused: false,
  menuOpen: false,
  videoPaused: false,
  transition: 0,
  hold: NO_HOLD,
  viewer: null,
  recordError: null,
  load(entry, scenario, media = (path) => mediaUrl(entry, path)) {
    const index = indexScenario(scenario);
    set({ entry, media, index, play: initialState(scenario), panel: { kind: 'none' }, paused: false, menuOpen: false });
  },
  unload: () => set({ entry: null, index: null, play: null, panel: { kind: 'none' }, paused: false, menuOpen: false }),
  setRecorder(recorder) {
    recording?.close();
    recording = recorder ? new RecordingQueue(recorder, (e) => set({ recordError: e.message })) : null;
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
    const queue = recording;
    const base = queue ? queue.base(play) : play;
    const now = Date.now();
    const result = step(index, base, action, now);
    if (result.rejected) {
      console.warn(`[engine] ${action.type} rejected: ${result.rejected}`);
      return result;
    }
    const show = () => set(nextView(index, base, get(), action, result));
    if (queue) queue.enqueue(action, now, result, show);
    else show();
    return result;
  },
  setPanel: (panel) => set({ panel }),
  setPaused: (paused) => set({ paused }),
  setMenuOpen: (menuOpen) => set({ menuOpen }),
  setVideoPaused: (videoPaused) => set({ videoPaused }),
  setHold: (hold) => set({ hold }),
}));

/** The scenario folder URL for media paths. */
export function mediaUrl(entry: CatalogEntry, path: string): string {
  return `${import.meta.env.BASE_URL}scenes/${entry.path}/${path}`;
}
