import { create } from 'zustand';
import type { DraftView, UploadView } from '../../core/api/authoring.ts';
import { AuthoringHistory } from '../../core/authoring/authoring-history.ts';
import type { Outcome } from '../../core/authoring/outcome.ts';
import type { BilingualText } from '../../core/authoring/bilingual-text.ts';
import { checkScenario, type MediaInfo, type Problem } from '../../core/checker.ts';
import { Scenario } from '../../core/scenario-schema.ts';

export interface Selection {
  nodeId: string | null;
  hotspotId: string | null;
}

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'conflict' | 'offline';

interface DraftStore {
  draftId: string | null;
  path: string | null;
  /** Owns the scenario being edited and its undo steps; the store only binds it. */
  history: AuthoringHistory | null;
  scenario: Scenario | null;
  /** The server's revision this editor's scenario is based on (compare-and-set on save). */
  revision: number;
  saveState: SaveState;
  /** Someone else saved in between: their draft, until the maker chooses. */
  conflict: DraftView | null;
  editors: DraftView['editors'];
  uploads: UploadView[];
  selection: Selection;
  problems: Problem[];
  /** The last operation that could not be done, in words for the maker. */
  refusal: BilingualText | null;
  open(view: DraftView, uploads: UploadView[]): void;
  close(): void;
  /** Applies an operation's outcome: its edit becomes an undo step, or its error is shown. */
  apply<E extends object>(outcome: Outcome<E>): (Outcome<E> & { ok: true }) | null;
  undo(): void;
  redo(): void;
  /** Ends a drag or a burst of typing: the next edit is its own undo step. */
  endStep(): void;
  select(selection: Partial<Selection>): void;
  setUploads(uploads: UploadView[]): void;
}

/** The scenario as the draft holds it; an unreadable draft opens as an empty scenario the maker can fill. */
function readScenario(raw: unknown): Scenario {
  const parsed = Scenario.safeParse(raw);
  // A draft saved by this editor always parses leniently; keep what is there either way.
  return (parsed.success ? parsed.data : raw) as Scenario;
}

/** Media facts for the checker, from the organisation's uploads (the draft's media are uploads). */
export function uploadMediaInfo(uploads: readonly UploadView[]): (path: string) => Promise<MediaInfo> {
  const byPath = new Map<string, MediaInfo>();
  for (const u of uploads) {
    if (!u.media) continue;
    byPath.set(u.media.src, { exists: true, width: u.media.width, height: u.media.height });
    byPath.set(u.media.preview, { exists: true, width: 512, height: 256 });
  }
  return async (path) => byPath.get(path) ?? { exists: false };
}

let checkRun = 0;

export const useDraft = create<DraftStore>((set, get) => {
  /** The checker after every change (the same rules as npm run scenes:check), latest run wins. */
  const recheck = () => {
    const { scenario, uploads, path } = get();
    if (!scenario) return;
    const run = ++checkRun;
    void checkScenario(scenario, { file: path ?? 'concept', mediaInfo: uploadMediaInfo(uploads) }).then((r) => {
      if (run === checkRun) set({ problems: r.problems });
    });
  };
  let unsubscribe: (() => void) | null = null;
  return {
    draftId: null,
    path: null,
    history: null,
    scenario: null,
    revision: 0,
    saveState: 'saved',
    conflict: null,
    editors: [],
    uploads: [],
    selection: { nodeId: null, hotspotId: null },
    problems: [],
    refusal: null,
    open(view, uploads) {
      unsubscribe?.();
      const history = new AuthoringHistory(readScenario(view.scenario));
      unsubscribe = history.subscribe(() => {
        set({ scenario: history.scenario, saveState: history.isDirty ? (get().saveState === 'saving' ? 'saving' : 'unsaved') : 'saved' });
        recheck();
      });
      const scenario = history.scenario;
      set({
        draftId: view.id,
        path: view.path,
        history,
        scenario,
        revision: view.revision,
        saveState: 'saved',
        conflict: null,
        editors: view.editors,
        uploads,
        selection: { nodeId: scenario.startNode || scenario.nodes[0]?.id || null, hotspotId: null },
        refusal: null,
      });
      recheck();
    },
    close() {
      unsubscribe?.();
      unsubscribe = null;
      set({ draftId: null, history: null, scenario: null, problems: [], conflict: null });
    },
    apply(outcome) {
      const { history } = get();
      if (!history) return null;
      if (!outcome.ok) {
        set({ refusal: outcome.error.message });
        return null;
      }
      const result = history.apply(outcome.edit);
      if (!result.ok) {
        // Made for a scenario that changed meanwhile (e.g. a double click): nothing happens.
        set({
          refusal: {
            nl: 'Dit kon niet: de scène was intussen veranderd. Probeer het opnieuw.',
            en: 'This could not be done: the scene had changed meanwhile. Try again.',
          },
        });
        return null;
      }
      set({ refusal: null });
      return outcome as Outcome<typeof outcome> & { ok: true };
    },
    undo: () => void get().history?.undo(),
    redo: () => void get().history?.redo(),
    endStep: () => get().history?.endStep(),
    select: (selection) => set({ selection: { ...get().selection, ...selection } }),
    setUploads(uploads) {
      set({ uploads });
      recheck();
    },
  };
});
