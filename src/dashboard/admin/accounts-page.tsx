import { useId, useState, type FormEvent } from 'react';
import { AccountList } from '../../core/api/accounts.ts';
import { ROLES, type Role } from '../../core/api/sessions.ts';
import { apiFetch, apiGet } from '../../facilitator-api/api-client.ts';
import { useDashboardT } from '../dashboard-strings.ts';
import { errorText } from '../error-text.ts';
import { formatDate } from '../format-time.ts';
import { LoadFailed, LoadingNote } from '../load-status.tsx';
import { PageHeading } from '../page-heading.tsx';
import { useLoad } from '../use-load.ts';
import { useAdminT } from './admin-strings.ts';

/** The beheerder adds begeleiders and makers here (no API calls by hand). */
export default function AccountsPage() {
  const { t, lang } = useAdminT();
  const dash = useDashboardT().t;
  const loaded = useLoad(() => apiGet('api/organisation/facilitators', AccountList), 'accounts');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('begeleider');
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const ids = { email: useId(), password: useId(), role: useId() };

  async function add(e: FormEvent) {
    e.preventDefault();
    setNotice(null);
    try {
      await apiFetch('api/organisation/facilitators', { method: 'POST', body: { email: email.trim(), password, role } });
      setNotice({ kind: 'ok', text: t('accountsAdded', { email: email.trim().toLowerCase() }) });
      setEmail('');
      setPassword('');
      await loaded.reload();
    } catch (err) {
      setNotice({ kind: 'error', text: errorText(err, dash) });
    }
  }

  return (
    <>
      <PageHeading title={t('accountsTitle')}>{t('accountsTitle')}</PageHeading>
      <p>{t('accountsIntro')}</p>
      {loaded.state === 'loading' && <LoadingNote />}
      {loaded.state === 'error' && <LoadFailed error={loaded.error} onRetry={loaded.retry} />}
      {loaded.state === 'ready' && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{dash('email')}</th>
                <th scope="col">{t('accountsRole')}</th>
                <th scope="col">{t('accountsCreated')}</th>
              </tr>
            </thead>
            <tbody>
              {loaded.data.accounts.map((a) => (
                <tr key={a.email}>
                  <td>{a.email}</td>
                  <td>{t(`role_${a.role}`)}</td>
                  <td>{formatDate(a.createdAt, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="dash-form dash-narrow" onSubmit={add}>
        <h2>{t('accountsAdd')}</h2>
        <div className="field">
          <label htmlFor={ids.email}>{dash('email')}</label>
          <input id={ids.email} type="email" required autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />
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
        <div className="field">
          <label htmlFor={ids.role}>{t('accountsRole')}</label>
          <select id={ids.role} value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role_${r}`)}
              </option>
            ))}
          </select>
        </div>
        {notice && (
          <p className={notice.kind === 'error' ? 'error' : 'dash-notice'} role={notice.kind === 'error' ? 'alert' : 'status'}>
            {notice.text}
          </p>
        )}
        <button type="submit" className="big primary">
          {t('accountsAdd')}
        </button>
      </form>
    </>
  );
}
