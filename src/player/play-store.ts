import { create } from 'zustand';
import { availableHotspots, currentNode, initialState, step } from '../core/engine.ts';
import type { Action, PlayState, StepResult } from '../core/engine-types.ts';
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
}

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
  dispatch(action) {
    const { index, play, panel } = get();
    if (!index || !play) return null;
    const result = step(index, play, action, Date.now());
    if (result.rejected) {
      console.warn(`[engine] ${action.type} rejected: ${result.rejected}`);
      return result;
    }
    const entered = result.events.some((e) => e.type === 'scene-entered');
    let nextPanel: Panel = panel;
    if (entered) nextPanel = panelForNode(index, result.state);
    if (action.type === 'answer') {
      // Feedback is shown after the choice, on the node the choice led to.
      const q = findQuestion(index, play.nodeId, action.questionId);
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
    set({
      play: result.state,
      panel: nextPanel,
      transition: entered ? get().transition + 1 : get().transition,
      // A new scene starts unpaused, with its video playing.
      ...(entered ? { paused: false, menuOpen: false, videoPaused: false } : {}),
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
