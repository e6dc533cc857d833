import { useId, useState, type FormEvent } from 'react';
import { appStrings } from './app-strings.ts';
import { JOIN_CODE_LENGTH } from '../core/api/sessions.ts';
import { joinSession } from '../sync/device-session.ts';

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
