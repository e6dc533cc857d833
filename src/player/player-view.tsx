import { useEffect, useState } from 'react';
import { Loading, LoadError } from '../app/status-message.tsx';
import type { CatalogEntry } from '../core/scenario-catalog.ts';
import { loadScenario } from './load-scenario.ts';
import { PlayerCanvas } from './player-canvas.tsx';
import { PlayerControls } from './player-controls.tsx';
import { usePlayer } from './play-store.ts';

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
export default function PlayerView({ entry }: { entry: CatalogEntry }) {
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const loaded = usePlayer((s) => s.entry?.id === entry.id && s.play !== null);
  const vrSupported = useVrSupported();

  useEffect(() => {
    let cancelled = false;
    setError(null);
    loadScenario(entry).then(
      (scenario) => {
        if (cancelled) return;
        usePlayer.getState().load(entry, scenario);
        usePlayer.getState().dispatch({ type: 'start' });
      },
      (e: Error) => !cancelled && setError(e.message),
    );
    return () => {
      cancelled = true;
      const s = usePlayer.getState();
      if (s.play?.status === 'playing') s.dispatch({ type: 'abort' });
      s.unload();
    };
  }, [entry, attempt]);

  if (error) return <LoadError detail={error} onRetry={() => setAttempt((a) => a + 1)} />;
  if (!loaded) return <Loading />;
  return (
    <main className="player">
      <div className="canvas-wrap">
        <PlayerCanvas />
      </div>
      <PlayerControls vrSupported={vrSupported} />
    </main>
  );
}
