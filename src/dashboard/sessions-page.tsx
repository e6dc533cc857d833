import { useState } from 'react';
import type { SessionView } from '../core/api/sessions.ts';
import { apiGet } from '../facilitator-api/api-client.ts';
import { useAuth } from '../facilitator-api/auth-store.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { SessionList } from '../core/api/sessions.ts';
import { useDashboardT } from './dashboard-strings.ts';
import { routeHash } from './dashboard-route.ts';
import { errorText } from './error-text.ts';
import { formatDate, formatDateTime } from './format-time.ts';
import { LoadFailed, LoadingNote } from './load-status.tsx';
import { PageHeading } from './page-heading.tsx';
import { archiveSession, endSession, eraseSession } from './session-actions.ts';
import { sessionLabel } from './session-label.ts';
import { useLoad } from './use-load.ts';

type Pending = { kind: 'end' | 'erase'; session: SessionView } | null;

async function loadSessions(): Promise<SessionView[]> {
  return (await apiGet('api/sessions', SessionList)).sessions;
}

/** The organisation's sessions with what happens to their data, and end / archive / erase. */
export function SessionsPage() {
  const { t, lang } = useDashboardT();
  const organisation = useAuth((s) => (s.auth.status === 'logged-in' ? s.auth.me.organisation : ''));
  const list = useLoad(loadSessions, 'sessions');
  const [pending, setPending] = useState<Pending>(null);
  const [busy, setBusy] = useState(false);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [rowError, setRowError] = useState<string | null>(null);

  async function act(kind: 'end' | 'archive' | 'erase', session: SessionView) {
    const label = sessionLabel(session, t, lang);
    setBusy(true);
    setDialogError(null);
    setRowError(null);
    try {
      if (kind === 'end') await endSession(session.id);
      else if (kind === 'archive') await archiveSession(session.id);
      else await eraseSession(session.id);
      await list.reload();
      setPending(null);
      setMessage(t(kind === 'end' ? 'ended' : kind === 'archive' ? 'archived' : 'erased', { title: label }));
    } catch (e) {
      if (kind === 'archive') setRowError(errorText(e, t));
      else setDialogError(errorText(e, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeading title={t('sessionsTitle')}>{t('sessionsTitle')}</PageHeading>
      <p>{t('sessionsIntro')}</p>
      <p className={message ? 'dash-notice' : 'sr-only'} role="status">
        {message}
      </p>
      {rowError && (
        <p className="error" role="alert">
          {rowError}
        </p>
      )}
      {list.state === 'loading' && <LoadingNote />}
      {list.state === 'error' && <LoadFailed error={list.error} onRetry={list.retry} />}
      {list.state === 'ready' && list.data.length === 0 && (
        <p>
          {t('sessionsNone')} <a href={routeHash({ page: 'start' })}>{t('navStart')}</a>
        </p>
      )}
      {list.state === 'ready' && list.data.length > 0 && (
        <div className="table-wrap">
          <table className="sessions">
            <caption className="sr-only">{t('sessionsCaption', { organisation })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colSession')}</th>
                <th scope="col">{t('colSessionStatus')}</th>
                <th scope="col">{t('colCreated')}</th>
                <th scope="col">{t('colParticipants')}</th>
                <th scope="col">{t('colPurge')}</th>
                <th scope="col">{t('colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((s) => {
                const label = sessionLabel(s, t, lang);
                return (
                  <tr key={s.id} data-session-id={s.id} data-status={s.status}>
                    <th scope="row">
                      <a href={routeHash({ page: 'session', sessionId: s.id })}>{label}</a>
                      <span className="sub">{t(`mode_${s.mode}`)}</span>
                    </th>
                    <td>
                      <span className={`badge status-${s.status}`}>{t(`status_${s.status}`)}</span>
                    </td>
                    <td>{formatDateTime(s.createdAt, lang)}</td>
                    <td>{s.participantCount}</td>
                    <td>{formatDate(s.purgeAt, lang)}</td>
                    <td>
                      <div className="row actions">
                        {s.status === 'open' && (
                          <button
                            type="button"
                            onClick={() => setPending({ kind: 'end', session: s })}
                            aria-label={`${t('endSession')}: ${label}`}
                            disabled={busy}
                          >
                            {t('endSession')}
                          </button>
                        )}
                        {s.status !== 'archived' && (
                          <button type="button" onClick={() => void act('archive', s)} aria-label={`${t('archive')}: ${label}`} disabled={busy}>
                            {t('archive')}
                          </button>
                        )}
                        <button
                          type="button"
                          className="danger"
                          onClick={() => setPending({ kind: 'erase', session: s })}
                          aria-label={`${t('erase')}: ${label}`}
                          disabled={busy}
                        >
                          {t('erase')}
                        </button>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      {pending?.kind === 'end' && (
        <ConfirmDialog
          title={t('endConfirmTitle')}
          confirmLabel={t('endConfirmYes')}
          busy={busy}
          error={dialogError}
          onConfirm={() => void act('end', pending.session)}
          onCancel={() => (setPending(null), setDialogError(null))}
        >
          <p>{t('endConfirmBody', { code: pending.session.joinCode ?? '', date: formatDate(pending.session.purgeAt, lang) })}</p>
        </ConfirmDialog>
      )}
      {pending?.kind === 'erase' && (
        <ConfirmDialog
          title={t('eraseConfirmTitle', { title: sessionLabel(pending.session, t, lang) })}
          confirmLabel={t('eraseConfirmYes')}
          danger
          busy={busy}
          error={dialogError}
          onConfirm={() => void act('erase', pending.session)}
          onCancel={() => (setPending(null), setDialogError(null))}
        >
          <p>{t('eraseConfirmBody')}</p>
          <ul>
            <li>
              {pending.session.participantCount === 1 ? t('eraseLostParticipant') : t('eraseLostParticipants', { count: pending.session.participantCount })}
            </li>
            <li>{t('eraseLostEvents')}</li>
            <li>{t('eraseLostNotes')}</li>
            {pending.session.mode === 'werkveldorientatie' && <li>{t('eraseLostClass')}</li>}
          </ul>
          <p>{t('eraseExportFirst')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
