import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation();
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

  if (error)
    return (
      <main className="message" role="alert">
        <p>{t('loadFailed')}</p>
        <p className="detail">{error}</p>
        <button type="button" className="big" onClick={() => setAttempt((a) => a + 1)}>
          {t('retry')}
        </button>
      </main>
    );
  if (!loaded)
    return (
      <main className="message" aria-busy="true">
        <p>{t('loading')}</p>
      </main>
    );
  return (
    <main className="player">
      <div className="canvas-wrap">
        <PlayerCanvas />
      </div>
      <PlayerControls vrSupported={vrSupported} />
    </main>
  );
}
