import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import type { ProfileSummary } from '../../core/api/profiles.ts';
import { useAdminT } from '../admin/admin-strings.ts';
import { useDashboardT } from '../dashboard-strings.ts';
import { routeHash } from '../dashboard-route.ts';
import { errorText } from '../error-text.ts';
import { LoadFailed, LoadingNote } from '../load-status.tsx';
import { navigate } from '../navigate.ts';
import { PageHeading } from '../page-heading.tsx';
import { useLoad } from '../use-load.ts';
import { profileApi } from './profile-api.ts';
import { formatDay } from './volatile-form.tsx';

/**
 * The beheerder's overview: every team, which changing facts are older than the organisation's
 * limit, "nog steeds juist" in one click. Printable (the print style hides the buttons).
 */
export default function ProfilesPage() {
  const { t } = useAdminT();
  const dash = useDashboardT().t;
  const loaded = useLoad(() => profileApi.overview(), 'overview');
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  if (loaded.state === 'loading') return <LoadingNote />;
  if (loaded.state === 'error') return <LoadFailed error={loaded.error} onRetry={loaded.retry} />;
  const overview = loaded.data;
  const staleCount = overview.profiles.filter((p) => p.stale).length;

  async function run(action: () => Promise<unknown>, ok: string) {
    setNotice(null);
    try {
      await action();
      setNotice({ kind: 'ok', text: ok });
      await loaded.reload();
    } catch (err) {
      setNotice({ kind: 'error', text: errorText(err, dash) });
    }
  }

  return (
    <>
      <PageHeading title={t('profilesTitle')}>
        {t('profilesTitle')} · {overview.organisation}
      </PageHeading>
      <p>{t('profilesIntro')}</p>
      <p>
        {t('profilesLimit', { days: overview.maxAgeDays })}{' '}
        <strong className={staleCount ? 'stale-text' : undefined}>{staleCount ? t('profilesStaleCount', { count: staleCount }) : t('profilesAllFresh')}</strong>
      </p>
      <div className="row no-print">
        <button type="button" onClick={() => window.print()}>
          {t('print')}
        </button>
        <a className="button" href={profileApi.exportUrl()} download="leerwerkplaatsen.json">
          {t('exportAll')}
        </a>
      </div>
      {notice && (
        <p className={notice.kind === 'error' ? 'error' : 'dash-notice'} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
      {overview.profiles.length === 0 ? (
        <p>{t('profilesNone')}</p>
      ) : (
        <div className="table-wrap">
          <table className="profiles-table">
            <thead>
              <tr>
                <th scope="col">{t('colTeam')}</th>
                <th scope="col">{t('colFacts')}</th>
                <th scope="col">{t('colStatus')}</th>
                <th scope="col" className="no-print">
                  <span className="visually-hidden">{t('stillCorrect')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {overview.profiles.map((p) => (
                <ProfileRow key={p.id} profile={p} onConfirm={() => run(() => profileApi.confirm(p.id), t('stillCorrectDone', { team: p.teamName }))} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="no-print">
        <NewTeamForm onMade={(id) => navigate({ page: 'profile', profileId: id })} />
        <ImportForm onImported={(n) => run(async () => undefined, t('imported', { count: n }))} onError={(text) => setNotice({ kind: 'error', text })} />
        <h2>{t('builtInTitle')}</h2>
        <ul>
          {overview.builtIn.map((b) => (
            <li key={b.id}>
              {b.teamName} ({b.organisation}){b.shadowed && <em> · {t('builtInShadowed')}</em>}
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}

function ProfileRow({ profile, onConfirm }: { profile: ProfileSummary; onConfirm: () => void }) {
  const { t, lang } = useAdminT();
  const status = profile.proposal
    ? profile.proposal.status === 'pending'
      ? t('statusProposal')
      : t('statusReturned')
    : profile.published
      ? t('statusPublished')
      : t('statusDraft');
  return (
    <tr className={profile.stale ? 'stale-row' : undefined} data-profile={profile.id}>
      <th scope="row">
        <a href={routeHash({ page: 'profile', profileId: profile.id })}>{profile.teamName}</a>
        {profile.location && <div className="sub">{profile.location}</div>}
      </th>
      <td>
        <ul className="block-ages">
          {profile.blocks.map((b) => (
            <li key={b.block} className={b.stale ? 'stale-text' : undefined}>
              {t(`block_${b.block}`)}: {formatDay(b.reviewedAt, lang)} {b.stale ? `(${t('stale')})` : ''}
            </li>
          ))}
        </ul>
      </td>
      <td>{status}</td>
      <td className="no-print">
        {profile.published && (
          <button type="button" onClick={onConfirm} aria-label={`${t('stillCorrect')}: ${profile.teamName}`}>
            {t('stillCorrect')}
          </button>
        )}
      </td>
    </tr>
  );
}

function NewTeamForm({ onMade }: { onMade: (id: string) => void }) {
  const { t } = useAdminT();
  const dash = useDashboardT().t;
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const idId = useId();
  const nameId = useId();
  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      await profileApi.create(id.trim(), name.trim());
      onMade(id.trim());
    } catch (err) {
      setError(errorText(err, dash));
    }
  }
  return (
    <form className="dash-form" onSubmit={submit}>
      <h2>{t('newTeam')}</h2>
      <div className="field">
        <label htmlFor={nameId}>{t('newTeamName')}</label>
        <input
          id={nameId}
          type="text"
          required
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            if (!id || id === slug(name)) setId(slug(e.target.value));
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={idId}>{t('newTeamId')}</label>
        <input id={idId} type="text" required pattern="[a-z0-9][a-z0-9-]{0,63}" value={id} onChange={(e) => setId(e.target.value)} />
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary">
        {t('newTeam')}
      </button>
    </form>
  );
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);

function ImportForm({ onImported, onError }: { onImported: (n: number) => void; onError: (text: string) => void }) {
  const { t } = useAdminT();
  const dash = useDashboardT().t;
  const [replace, setReplace] = useState(false);
  const fileId = useId();
  async function choose(e: ChangeEvent<HTMLInputElement>) {
    const files = [...(e.target.files ?? [])];
    e.target.value = '';
    const profiles: unknown[] = [];
    for (const file of files) {
      try {
        const parsed = JSON.parse(await file.text()) as unknown;
        // An export holds { profiles: [...] }; a single file is one profile.
        if (parsed && typeof parsed === 'object' && Array.isArray((parsed as { profiles?: unknown }).profiles))
          profiles.push(...(parsed as { profiles: unknown[] }).profiles);
        else profiles.push(parsed);
      } catch (err) {
        onError(t('importBadFile', { file: file.name, detail: (err as Error).message }));
        return;
      }
    }
    if (profiles.length === 0) return;
    try {
      await profileApi.importProfiles(profiles, replace);
      onImported(profiles.length);
    } catch (err) {
      onError(errorText(err, dash));
    }
  }
  return (
    <div className="dash-form">
      <h2>{t('importFiles')}</h2>
      <label className="check">
        <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} /> {t('importReplace')}
      </label>
      <div className="field">
        <label htmlFor={fileId}>{t('importFiles')}</label>
        <input id={fileId} type="file" accept="application/json,.json" multiple onChange={(e) => void choose(e)} />
      </div>
    </div>
  );
}
