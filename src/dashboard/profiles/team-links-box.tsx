import { useId, useState } from 'react';
import type { ProfileDetail } from '../../core/api/profiles.ts';
import { serverNow } from '../../facilitator-api/api-client.ts';
import { useAdminT } from '../admin/admin-strings.ts';
import { useDashboardT } from '../dashboard-strings.ts';
import { routeHash } from '../dashboard-route.ts';
import { errorText } from '../error-text.ts';
import { formatDate } from '../format-time.ts';
import { profileApi } from './profile-api.ts';

/** Links a team opens its own profile with (no account); the address is shown once, when made. */
export function TeamLinksBox({ detail, onChanged }: { detail: ProfileDetail; onChanged: () => Promise<void> }) {
  const { t, lang } = useAdminT();
  const dash = useDashboardT().t;
  const [days, setDays] = useState(14);
  const [made, setMade] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const daysId = useId();
  const now = serverNow();

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      await onChanged();
    } catch (err) {
      setError(errorText(err, dash));
    }
  }

  return (
    <section className="links-box" aria-labelledby="links-title">
      <h2 id="links-title">{t('linksTitle')}</h2>
      <p className="hint">{t('linksIntro')}</p>
      <div className="row">
        <div className="field">
          <label htmlFor={daysId}>{t('linkDays')}</label>
          <input
            id={daysId}
            type="number"
            min={1}
            max={60}
            className="days-input"
            value={days}
            onChange={(e) => setDays(Math.min(60, Math.max(1, Number(e.target.value) || 1)))}
          />
        </div>
        <button
          type="button"
          className="primary"
          onClick={() =>
            void run(async () => {
              const answer = await profileApi.makeLink(detail.id, days);
              setMade(`${location.origin}${location.pathname}${routeHash({ page: 'team', token: answer.token })}`);
            })
          }
        >
          {t('linkMake')}
        </button>
      </div>
      {made && (
        <div className="dash-notice" role="status">
          <p>{t('linkMade')}</p>
          <input className="team-link-url" type="text" readOnly value={made} aria-label={t('linksTitle')} onFocus={(e) => e.target.select()} />
        </div>
      )}
      {detail.links.length > 0 && (
        <ul className="link-list">
          {detail.links.map((l) => (
            <li key={l.id}>
              {formatDate(l.createdAt, lang)} · {l.createdBy} ·{' '}
              {l.revokedAt !== null ? t('linkRevoked') : l.expiresAt <= now ? t('linkExpired') : t('linkValidUntil', { date: formatDate(l.expiresAt, lang) })}
              {l.revokedAt === null && l.expiresAt > now && (
                <>
                  {' '}
                  <button type="button" onClick={() => void run(() => profileApi.revokeLink(detail.id, l.id))}>
                    {t('linkRevoke')}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
