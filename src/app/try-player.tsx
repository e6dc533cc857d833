import { lazy, Suspense, useEffect, useState } from 'react';
import { previewEntry } from '../player/preview-entry.ts';
import { Loading, LoadError } from '../ui/status-message.tsx';
import { appStrings } from './app-strings.ts';
import { fetchTryDraft, type TryDraft } from './try-draft.ts';

const PlayerView = lazy(() => import('../player/player-view.tsx'));

/**
 * "Try on a headset": a maker's draft, played through a code without logging in. Nothing is
 * logged (no recorder); leaving goes back to the start screen.
 */
export default function TryPlayer({ code }: { code: string }) {
  const { t } = appStrings.useT();
  const [draft, setDraft] = useState<TryDraft | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    setError(null);
    fetchTryDraft(code).then(
      (d) => !cancelled && setDraft(d),
      (e: Error) => !cancelled && setError(e.message),
    );
    return () => {
      cancelled = true;
    };
  }, [code, attempt]);

  if (error) return <LoadError detail={error} onRetry={() => setAttempt((a) => a + 1)} />;
  if (!draft) return <Loading />;
  if (!draft.ok) {
    const message =
      draft.reason === 'unknown' ? t('tryUnknown') : draft.reason === 'expired' ? t('tryExpired') : t('tryUnfinished', { reason: draft.detail ?? '' });
    return (
      <main className="message" role="alert">
        <p>{message}</p>
        <p>
          <a href="#/join">{t('joinWithCode')}</a>
        </p>
      </main>
    );
  }
  const { answer, scenario } = draft;
  const base = `${import.meta.env.BASE_URL}${answer.mediaBase}`;
  return (
    <Suspense fallback={<Loading />}>
      <PlayerView
        entry={previewEntry(scenario, answer.path)}
        scenario={scenario}
        mediaUrl={(path) => base + path}
        onExit={() => (location.hash = '#/')}
        status={<span className="try-badge">{t('tryBadge')}</span>}
      />
    </Suspense>
  );
}
