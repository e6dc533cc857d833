import { NetworkError } from '../../facilitator-api/api-client.ts';
import { pingPresence, saveDraft } from '../editor-api.ts';
import { useDraft } from './draft-store.ts';

const SAVE_AFTER_MS = 800;
const PRESENCE_EVERY_MS = 15_000;

/**
 * Saves the draft shortly after each change, as a compare-and-set on the revision: when a
 * colleague saved in between, nothing is overwritten — the maker gets a choice instead. Also
 * tells the server every 15 s that this editor is open (who else is editing). Returns the stop.
 */
export function startAutosave(): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let saving = false;

  const save = async () => {
    const s = useDraft.getState();
    if (!s.history || !s.draftId || saving || s.conflict || !s.history.isDirty) return;
    saving = true;
    const scenario = s.history.scenario;
    useDraft.setState({ saveState: 'saving' });
    try {
      const result = await saveDraft(s.draftId, scenario, s.revision);
      if (result.ok) {
        useDraft.setState({ revision: result.revision });
        // Only what was sent counts as saved: edits made while saving stay unsaved.
        if (useDraft.getState().history?.scenario === scenario) useDraft.getState().history?.markSaved();
        useDraft.setState({ saveState: useDraft.getState().history?.isDirty ? 'unsaved' : 'saved' });
      } else useDraft.setState({ saveState: 'conflict', conflict: result.current, editors: result.current.editors });
    } catch (e) {
      useDraft.setState({ saveState: e instanceof NetworkError ? 'offline' : 'unsaved' });
    } finally {
      saving = false;
      if (useDraft.getState().history?.isDirty && !useDraft.getState().conflict) schedule();
    }
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void save(), SAVE_AFTER_MS);
  };
  const unsubscribe = useDraft.subscribe((s, prev) => {
    if (s.scenario !== prev.scenario && s.history?.isDirty) schedule();
  });
  const presence = setInterval(() => {
    const id = useDraft.getState().draftId;
    if (id)
      pingPresence(id).then(
        ({ editors }) => useDraft.setState({ editors }),
        () => undefined,
      );
  }, PRESENCE_EVERY_MS);
  const id = useDraft.getState().draftId;
  if (id)
    pingPresence(id).then(
      ({ editors }) => useDraft.setState({ editors }),
      () => undefined,
    );
  // Leaving the page with unsaved changes: the browser asks first.
  const beforeUnload = (e: BeforeUnloadEvent) => {
    if (useDraft.getState().history?.isDirty) e.preventDefault();
  };
  window.addEventListener('beforeunload', beforeUnload);
  return () => {
    if (timer) clearTimeout(timer);
    clearInterval(presence);
    unsubscribe();
    window.removeEventListener('beforeunload', beforeUnload);
    void save();
  };
}

/** After a conflict: keep the colleague's version (this editor's unsaved changes are dropped). */
export function takeTheirs(): void {
  const { conflict, uploads, open } = useDraft.getState();
  if (conflict) open(conflict, uploads);
}

/** After a conflict: save this editor's version on top of the colleague's (theirs is replaced). */
export async function keepMine(): Promise<void> {
  const { conflict } = useDraft.getState();
  if (!conflict) return;
  useDraft.setState({ revision: conflict.revision, conflict: null, saveState: 'unsaved' });
  const s = useDraft.getState();
  if (!s.draftId || !s.history) return;
  const result = await saveDraft(s.draftId, s.history.scenario, s.revision);
  if (result.ok) {
    useDraft.setState({ revision: result.revision });
    s.history.markSaved();
  } else useDraft.setState({ saveState: 'conflict', conflict: result.current });
}
