import { useEffect, useState } from 'react';
import { Loading, LoadError } from '../app/status-message.tsx';
import type { CatalogEntry } from '../core/scenario-catalog.ts';
import { loadScenario } from './load-scenario.ts';
import { PlayerCanvas } from './player-canvas.tsx';
import { PlayerControls } from './player-controls.tsx';
import { usePlayer } from './play-store.ts';
import { SyncBadge } from '../app/sync-badge.tsx';
import type { Participation } from '../sync/outbox-db.ts';
import { deviceOutbox, syncClient } from '../sync/device-session.ts';
import type { Scenario } from '../core/scenario-schema.ts';
import { cacheScenarioForOffline } from './offline-media.ts';

function useVrSupported(): boolean {
  const [ok, setOk] = useState(false);
  useEffect(() => {
    navigator.xr
      ?.isSessionSupported('immersive-vr')
      .then(setOk)
      .catch(() => setOk(false));
  }, []);
  return ok;
}

/** Loads one scenario and plays it: the canvas behind, accessible controls on top. */
/**
 * In a session: log every step to the outbox (awaited before the screen moves on), and continue
 * where the log left off after a reload — the state is rebuilt by replaying the logged actions,
 * which logs nothing new.
 */
async function startLogged(entry: CatalogEntry, scenario: Scenario, participation: Participation): Promise<void> {
  const outbox = deviceOutbox();
  const store = usePlayer.getState();
  store.load(entry, scenario);
  await outbox.setScenario(participation.id, entry.path);
  const actions = await outbox.journalFor(participation.id, entry.path);
  if (actions.length > 0 && !store.resume(actions)) await outbox.clearJournal(participation.id, entry.path);
  store.setRecorder({
    async record(action, now, events) {
      await outbox.recordStep(participation.id, entry.path, action, now, events);
      // Live progress for the facilitator; when offline this just schedules a retry.
      void syncClient().flush();
    },
  });
  // A reload keeps where the candidate was, also on the ending screen; a scenario left
  // earlier (aborted) starts a fresh run.
  void cacheScenarioForOffline(entry, scenario).then((ok) => {
    if (ok) document.documentElement.dataset.offlineReady = entry.path;
  });
  const status = usePlayer.getState().play?.status;
  if (status === 'idle') store.dispatch({ type: 'start' });
  else if (status === 'aborted') store.dispatch({ type: 'restart', scope: 'scenario' });
}

export default function PlayerView({ entry, participation = null }: { entry: CatalogEntry; participation?: Participation | null }) {
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const loaded = usePlayer((s) => s.entry?.id === entry.id && s.play !== null && s.play.status !== 'idle');
  const recordError = usePlayer((s) => s.recordError);
  const vrSupported = useVrSupported();

  useEffect(() => {
    let cancelled = false;
    setError(null);
    loadScenario(entry).then(
      (scenario) => {
        if (cancelled) return;
        if (participation) {
          startLogged(entry, scenario, participation).catch((e: Error) => !cancelled && setError(e.message));
          return;
        }
        usePlayer.getState().load(entry, scenario);
        usePlayer.getState().dispatch({ type: 'start' });
      },
      (e: Error) => !cancelled && setError(e.message),
    );
    return () => {
      cancelled = true;
      const s = usePlayer.getState();
      if (s.play?.status === 'playing') s.dispatch({ type: 'abort' });
      s.setRecorder(null);
      s.unload();
      if (participation) void deviceOutbox().setScenario(participation.id, null);
    };
    // The participation's id, not the object: a re-read of the same participation must not restart play.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [entry, attempt, participation?.id]);

  if (error) return <LoadError detail={error} onRetry={() => setAttempt((a) => a + 1)} />;
  if (!loaded) return <Loading />;
  return (
    <main className="player">
      <div className="canvas-wrap">
        <PlayerCanvas />
      </div>
      <PlayerControls vrSupported={vrSupported} />
      {participation && (
        <div className="player-status">
          <SyncBadge compact />
          {recordError && (
            <p role="alert" className="error">
              {recordError}
            </p>
          )}
        </div>
      )}
    </main>
  );
}
