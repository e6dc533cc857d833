import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CatalogEntry } from '../core/scenario-catalog.ts';
import type { Scenario } from '../core/scenario-schema.ts';
import { Loading, LoadError } from '../ui/status-message.tsx';
import { useNewViewerStore, ViewerProvider } from '../viewer/viewer-context.tsx';
import { loadScenario } from './load-scenario.ts';
import { NO_HOLD, usePlayer, type PlayerHold } from './play-store.ts';
import { createPlayerActions } from './player-actions.ts';
import { PlayerCanvas } from './player-canvas.tsx';
import { PlayerActionsContext } from './player-context.tsx';
import { PlayerControls } from './player-controls.tsx';
import { playerStrings } from './player-strings.ts';
import type { PlayRecorder } from './recording-queue.ts';
import type { VrEndOffer } from './vr-end-offer.ts';

export interface PlayerProps {
  entry: CatalogEntry;
  /** Play this version of the scenario (a session's), not the current one. */
  version?: string;
  /** Logs every step before it is shown, and continues from what it holds; none: nothing is logged (free play, a preview). */
  recorder?: PlayRecorder | null;
  /** "Stop" and "back to the overview": where the player was opened from. */
  onExit: () => void;
  /** Someone outside holds the player (e.g. a docent's "look at me"). */
  hold?: PlayerHold;
  /** Shown beside the player, e.g. whether a session's answers have been sent. */
  status?: ReactNode;
  /** The scenario as loaded (e.g. to keep its media for offline use). */
  onLoaded?: (scenario: Scenario) => void;
  /** Play this scenario as it is (e.g. an editor's draft) instead of fetching the entry's file. */
  scenario?: Scenario;
  /** Where the scenario's media paths point; default: the entry's pack folder. */
  mediaUrl?: (path: string) => string;
  /** Start at this node instead of the start node ("play from here"). */
  startAt?: string;
  /** Offered in VR on the last panel (e.g. a session's questionnaire). */
  vrEndOffer?: VrEndOffer | undefined;
}

/**
 * With a recorder, continue where its log left off: the state is rebuilt by replaying the
 * logged actions, which logs nothing new. A reload keeps where the candidate was, also on the
 * ending screen; a scenario left earlier (aborted) starts a fresh run.
 */
async function start(
  entry: CatalogEntry,
  scenario: Scenario,
  recorder: PlayRecorder | null,
  media?: (path: string) => string,
  startAt?: string,
): Promise<void> {
  const store = usePlayer.getState();
  store.load(entry, scenario, media);
  if (recorder) {
    const actions = await recorder.open();
    if (actions.length > 0 && !store.resume(actions)) await recorder.discard();
    store.setRecorder(recorder);
  }
  const status = usePlayer.getState().play?.status;
  if (status === 'idle') store.dispatch({ type: 'start' });
  else if (status === 'aborted') store.dispatch({ type: 'restart', scope: 'scenario' });
  if (startAt && startAt !== scenario.startNode) usePlayer.getState().dispatch({ type: 'enter', nodeId: startAt });
}

/** Loads one scenario and plays it on a 360° viewer: the canvas behind, accessible controls on top. */
export default function PlayerView({
  entry,
  version,
  recorder = null,
  onExit,
  hold = NO_HOLD,
  status,
  onLoaded,
  scenario: given,
  mediaUrl,
  startAt,
  vrEndOffer,
}: PlayerProps) {
  const { t } = playerStrings.useT();
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const loaded = usePlayer((s) => s.entry?.id === entry.id && s.play !== null && s.play.status !== 'idle');
  const recordError = usePlayer((s) => s.recordError);
  const viewer = useNewViewerStore();
  // The latest callbacks, without restarting play when a parent re-renders.
  const exitRef = useRef(onExit);
  exitRef.current = onExit;
  const loadedRef = useRef(onLoaded);
  loadedRef.current = onLoaded;
  const actions = useMemo(() => createPlayerActions(viewer, () => exitRef.current()), [viewer]);

  useEffect(() => {
    usePlayer.getState().setHold(hold);
  }, [hold.blank, hold.prompt]); // eslint-disable-line react-hooks/exhaustive-deps -- the fields, not the object
  useEffect(() => () => usePlayer.getState().setHold(NO_HOLD), []);
  useEffect(() => {
    usePlayer.setState({ viewer });
    return () => usePlayer.setState({ viewer: null });
  }, [viewer]);

  useEffect(() => {
    let cancelled = false;
    setError(null);
    (given ? Promise.resolve(given) : loadScenario(entry, version))
      .then(async (scenario) => {
        if (cancelled) return;
        await start(entry, scenario, recorder, mediaUrl, startAt);
        if (!cancelled) loadedRef.current?.(scenario);
      })
      .catch((e: Error) => !cancelled && setError(e.message));
    return () => {
      cancelled = true;
      const s = usePlayer.getState();
      if (s.play?.status === 'playing') s.dispatch({ type: 'abort' });
      s.setRecorder(null);
      s.unload();
      recorder?.close();
    };
  }, [entry, version, attempt, recorder, given, mediaUrl, startAt]);

  if (error) return <LoadError detail={error} onRetry={() => setAttempt((a) => a + 1)} />;
  if (!loaded) return <Loading />;
  return (
    <ViewerProvider store={viewer}>
      <PlayerActionsContext.Provider value={actions}>
        <main className="player">
          <div className="canvas-wrap">
            <PlayerCanvas vrEndOffer={vrEndOffer} />
          </div>
          <PlayerControls />
          {(status || recordError) && (
            <div className="player-status">
              {status}
              {recordError && (
                <p role="alert" className="error">
                  {t('recordFailed', { reason: recordError })}
                </p>
              )}
            </div>
          )}
        </main>
      </PlayerActionsContext.Provider>
    </ViewerProvider>
  );
}
