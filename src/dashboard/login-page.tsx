import { useId, useState, type FormEvent } from 'react';
import { ApiRequestError } from '../facilitator-api/api-client.ts';
import { useAuth, type LoggedOutReason } from '../facilitator-api/auth-store.ts';
import { useDashboardT } from './dashboard-strings.ts';
import { errorText } from './error-text.ts';
import { PageHeading } from './page-heading.tsx';

/**
 * E-mail and password. Shown in place of any dashboard page while nobody is logged in, so after
 * logging in the facilitator is back on the page they asked for (also after a login expired).
 */
export function LoginPage({ reason }: { reason: LoggedOutReason }) {
  const { t } = useDashboardT();
  const login = useAuth((s) => s.login);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const emailId = useId();
  const passwordId = useId();
  const errorId = useId();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(email.trim(), password);
    } catch (err) {
      if (err instanceof ApiRequestError && err.status === 401) setError(t('loginBadCredentials'));
      else if (err instanceof ApiRequestError && err.status === 429) setError(t('loginRateLimited', { seconds: err.retryAfterSeconds ?? 60 }));
      else if (err instanceof ApiRequestError && err.status === 422) setError(t('loginBadCredentials'));
      else setError(errorText(err, t));
      setPassword('');
      setBusy(false);
    }
  }

  const notice = reason === 'expired' ? t('loginExpired') : reason === 'logged-out' ? t('loggedOut') : null;
  return (
    <div className="dash-narrow">
      <PageHeading title={t('loginTitle')} focus={false}>
        {t('loginTitle')}
      </PageHeading>
      {notice && (
        <p className={reason === 'expired' ? 'dash-notice warn' : 'dash-notice'} role="status">
          {notice}
        </p>
      )}
      <p>{t('loginIntro')}</p>
      <form className="dash-form" onSubmit={submit} noValidate={false}>
        <div className="field">
          <label htmlFor={emailId}>{t('email')}</label>
          <input
            id={emailId}
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-describedby={error ? errorId : undefined}
            autoFocus
          />
        </div>
        <div className="field">
          <label htmlFor={passwordId}>{t('password')}</label>
          <input
            id={passwordId}
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-describedby={error ? errorId : undefined}
          />
        </div>
        {error && (
          <p id={errorId} className="error" role="alert">
            {error}
          </p>
        )}
        <div className="row">
          <button type="submit" className="big primary" disabled={busy}>
            {busy ? t('loginBusy') : t('loginButton')}
          </button>
        </div>
      </form>
      <p className="hint">{t('loginNoAccount')}</p>
    </div>
  );
}
