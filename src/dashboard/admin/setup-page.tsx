import { useId, useState, type FormEvent } from 'react';
import type { SetupState } from '../../core/api/setup.ts';
import { apiFetch } from '../../facilitator-api/api-client.ts';
import { useAuth } from '../../facilitator-api/auth-store.ts';
import { useDashboardT } from '../dashboard-strings.ts';
import { errorText } from '../error-text.ts';
import { PageHeading } from '../page-heading.tsx';
import { useAdminT } from './admin-strings.ts';

/**
 * First run without a terminal: while the database has no account, the first beheerder and the
 * organisation are made here. From another computer the one-time code `npm start` printed is
 * asked for; the server decides, this page only shows the field.
 */
export function SetupPage({ state }: { state: SetupState }) {
  const { t } = useAdminT();
  const dash = useDashboardT().t;
  const [organisation, setOrganisation] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ids = { organisation: useId(), email: useId(), password: useId(), code: useId(), error: useId() };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await apiFetch('api/setup', {
        method: 'POST',
        own401: true,
        body: { organisation: organisation.trim(), email: email.trim(), password, ...(state.codeRequired ? { code: code.trim().toUpperCase() } : {}) },
      });
      // The server logged the new beheerder in.
      await useAuth.getState().check(true);
    } catch (err) {
      setError(errorText(err, dash));
      setBusy(false);
    }
  }

  return (
    <div className="dash-narrow">
      <PageHeading title={t('setupTitle')} focus={false}>
        {t('setupTitle')}
      </PageHeading>
      <p>{t('setupIntro')}</p>
      {state.codeRequired && <p className="dash-notice warn">{t('setupCodeNeeded')}</p>}
      <form className="dash-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={ids.organisation}>{t('setupOrganisation')}</label>
          <input id={ids.organisation} type="text" required autoFocus value={organisation} onChange={(e) => setOrganisation(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.email}>{dash('email')}</label>
          <input id={ids.email} type="email" required autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.password}>{dash('password')}</label>
          <input
            id={ids.password}
            type="password"
            required
            minLength={12}
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <span className="hint">{t('setupPasswordHint')}</span>
        </div>
        {state.codeRequired && (
          <div className="field">
            <label htmlFor={ids.code}>{t('setupCode')}</label>
            <input id={ids.code} type="text" required autoComplete="one-time-code" value={code} onChange={(e) => setCode(e.target.value)} />
          </div>
        )}
        {error && (
          <p id={ids.error} className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="big primary" disabled={busy}>
          {busy ? t('setupBusy') : t('setupButton')}
        </button>
      </form>
    </div>
  );
}
