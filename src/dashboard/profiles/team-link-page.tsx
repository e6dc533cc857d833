import { useId, useState, type FormEvent } from 'react';
import type { TeamProfileView } from '../../core/api/profiles.ts';
import type { LeerwerkplaatsInput, VolatileBlock } from '../../core/leerwerkplaats-schema.ts';
import { ApiRequestError } from '../../facilitator-api/api-client.ts';
import { useAdminT } from '../admin/admin-strings.ts';
import { useDashboardT } from '../dashboard-strings.ts';
import { errorText } from '../error-text.ts';
import { formatDate } from '../format-time.ts';
import { LoadFailed, LoadingNote } from '../load-status.tsx';
import { PageHeading } from '../page-heading.tsx';
import { useLoad } from '../use-load.ts';
import { teamApi } from './profile-api.ts';
import { VolatileForm } from './volatile-form.tsx';

/**
 * A team fills in or checks its own profile through the link the beheerder sent: no account, only
 * this one profile. What it sends waits for the beheerder, who publishes it or sends it back.
 */
export default function TeamLinkPage({ token }: { token: string }) {
  const { t } = useAdminT();
  const loaded = useLoad(() => teamApi.load(token), token);
  if (loaded.state === 'loading') return <LoadingNote />;
  if (loaded.state === 'error') {
    if (loaded.error instanceof ApiRequestError && (loaded.error.status === 401 || loaded.error.status === 404)) {
      return (
        <>
          <PageHeading title={t('teamLinkBroken')}>{t('teamLinkBroken')}</PageHeading>
        </>
      );
    }
    return <LoadFailed error={loaded.error} onRetry={loaded.retry} />;
  }
  return <TeamForm key={loaded.data.proposal?.submittedAt ?? 0} view={loaded.data} token={token} onSent={loaded.reload} />;
}

function TeamForm({ view, token, onSent }: { view: TeamProfileView; token: string; onSent: () => Promise<void> }) {
  const { t, lang } = useAdminT();
  const dash = useDashboardT().t;
  const [draft, setDraft] = useState(() => structuredClone(view.profile) as LeerwerkplaatsInput | null);
  const [confirmed, setConfirmed] = useState<VolatileBlock[]>([]);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const noteId = useId();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!draft) return;
    setBusy(true);
    setMessage(null);
    try {
      await teamApi.submit(token, draft, confirmed, note.trim());
      setMessage({ kind: 'ok', text: t('teamSubmitted') });
      await onSent();
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err, dash) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeading title={t('teamTitle', { team: view.teamName })}>{t('teamTitle', { team: view.teamName })}</PageHeading>
      <p>{t('teamIntro', { organisation: view.organisation })}</p>
      <p className="hint">{t('teamLinkValid', { date: formatDate(view.expiresAt, lang) })}</p>
      {view.proposal?.status === 'returned' && <p className="dash-notice warn">{t('teamReturned', { message: view.proposal.returnMessage ?? '' })}</p>}
      {view.proposal?.status === 'pending' && (
        <p className="dash-notice" role="status">
          {t('teamWaiting')}
        </p>
      )}
      {draft === null ? (
        <p>{t('teamEmpty')}</p>
      ) : (
        <form className="dash-form profile-form" onSubmit={submit}>
          <section className="volatile-part">
            <h2>{t('profileVolatile')}</h2>
            <VolatileForm
              value={draft.volatile}
              onChange={(volatile) => setDraft({ ...draft, volatile })}
              ages={view.blocks}
              action={(block) =>
                view.blocks.some((b) => b.block === block) ? (
                  <label className="check still-correct">
                    <input
                      type="checkbox"
                      checked={confirmed.includes(block)}
                      onChange={(e) => setConfirmed(e.target.checked ? [...confirmed, block] : confirmed.filter((b) => b !== block))}
                    />{' '}
                    {t('teamStillCorrect')}
                  </label>
                ) : null
              }
            />
          </section>
          <div className="field">
            <label htmlFor={noteId}>{t('teamNote')}</label>
            <textarea id={noteId} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          {message && (
            <p className={message.kind === 'error' ? 'error' : 'dash-notice'} role={message.kind === 'error' ? 'alert' : 'status'}>
              {message.text}
            </p>
          )}
          <button type="submit" className="big primary" disabled={busy}>
            {t('teamSubmit')}
          </button>
        </form>
      )}
    </>
  );
}
