import { useId, useState, type FormEvent } from 'react';
import { appStrings } from './app-strings.ts';
import { JOIN_CODE_LENGTH } from '../core/api/sessions.ts';
import { JoinError, joinSession } from '../sync/device-session.ts';

async function isTryCode(code: string): Promise<boolean> {
  const res = await fetch(`${import.meta.env.BASE_URL}api/try/${encodeURIComponent(code)}`, { method: 'GET' }).catch(() => null);
  return res?.ok === true || res?.status === 410;
}

/** Entering the join code (also reached from the QR code, with the code filled in). */
export function JoinScreen({ initialCode, onJoined }: { initialCode: string; onJoined: () => void }) {
  const { t } = appStrings.useT();
  const [code, setCode] = useState(initialCode);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();
  const clean = code.toUpperCase().replace(/[\s-]/g, '');

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await joinSession(clean);
      onJoined();
    } catch (err) {
      // Not a session's code: perhaps a maker's try code ("Try on a headset"), typed in the same field.
      if (err instanceof JoinError && err.status === 404 && (await isTryCode(clean))) {
        location.hash = `#/try/${clean}`;
        return;
      }
      setError(navigator.onLine === false || err instanceof TypeError ? t('joinOffline') : t('joinFailed', { reason: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="message join">
      <h1>{t('joinTitle')}</h1>
      <p>{t('joinIntro')}</p>
      <form onSubmit={submit}>
        <label htmlFor={inputId}>{t('joinCode')}</label>
        <input
          id={inputId}
          className="code-input"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={JOIN_CODE_LENGTH + 3}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          autoFocus
        />
        <button type="submit" className="big" disabled={busy || clean.length !== JOIN_CODE_LENGTH}>
          {busy ? t('joinBusy') : t('joinButton')}
        </button>
      </form>
      {error && (
        <p id={errorId} role="alert" className="error">
          {error}
        </p>
      )}
      <p>
        <a href="#/">{t('toOverview')}</a>
      </p>
    </main>
  );
}
