import { useId, useState, type FormEvent } from 'react';
import type { ProfileDetail, ProfileWarning } from '../../core/api/profiles.ts';
import type { LeerwerkplaatsInput, VolatileBlock } from '../../core/leerwerkplaats-schema.ts';
import { readLeerwerkplaats } from '../../core/read-leerwerkplaats.ts';
import { ApiRequestError } from '../../facilitator-api/api-client.ts';
import { useAdminT } from '../admin/admin-strings.ts';
import { useDashboardT } from '../dashboard-strings.ts';
import { routeHash } from '../dashboard-route.ts';
import { errorText } from '../error-text.ts';
import { LoadFailed, LoadingNote } from '../load-status.tsx';
import { PageHeading } from '../page-heading.tsx';
import { useLoad } from '../use-load.ts';
import { profileApi } from './profile-api.ts';
import { ProposalBox } from './proposal-box.tsx';
import { TeamLinksBox } from './team-links-box.tsx';
import { TextArea, TextField, VolatileForm } from './volatile-form.tsx';

/** The beheerder's form for one team: stable facts apart from the changing ones, links, the team's change. */
export default function ProfilePage({ profileId }: { profileId: string }) {
  const loaded = useLoad(() => profileApi.detail(profileId), profileId);
  const { t } = useAdminT();
  if (loaded.state === 'loading') return <LoadingNote />;
  if (loaded.state === 'error') return <LoadFailed error={loaded.error} onRetry={loaded.retry} />;
  const detail = loaded.data;
  return (
    <>
      <PageHeading title={detail.teamName}>{detail.teamName}</PageHeading>
      <p>
        <a href={routeHash({ page: 'profiles' })}>← {t('profilesTitle')}</a>
        {detail.profile !== null && (
          <>
            {' · '}
            <a href={profileApi.fileUrl(detail.id)} download={`${detail.id}.json`}>
              {t('downloadFile')}
            </a>
          </>
        )}
      </p>
      {detail.proposal && <ProposalBox detail={detail} onDone={loaded.reload} />}
      {detail.profile === null ? (
        <EmptyProfile detail={detail} onDone={loaded.reload} />
      ) : (
        <ProfileForm key={detail.revision} detail={detail} onSaved={loaded.reload} />
      )}
      <TeamLinksBox detail={detail} onChanged={loaded.reload} />
    </>
  );
}

function ProfileForm({ detail, onSaved }: { detail: ProfileDetail; onSaved: () => Promise<void> }) {
  const { t, lang } = useAdminT();
  const dash = useDashboardT().t;
  const [draft, setDraft] = useState(() => structuredClone(detail.profile) as LeerwerkplaatsInput);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string; warnings?: ProfileWarning[] } | null>(null);
  const stable = draft.stable;
  const setStable = (s: Partial<LeerwerkplaatsInput['stable']>) => setDraft({ ...draft, stable: { ...stable, ...s } });

  async function save(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const result = await profileApi.save(detail.id, draft, detail.revision);
      setMessage({ kind: 'ok', text: result.warnings.length ? t('savedWarnings') : t('saved'), warnings: result.warnings });
      await onSaved();
    } catch (err) {
      setMessage({ kind: 'error', text: err instanceof ApiRequestError && err.status === 409 ? t('saveConflict') : errorText(err, dash) });
    } finally {
      setBusy(false);
    }
  }

  async function confirm(block: VolatileBlock) {
    try {
      await profileApi.confirm(detail.id, [block]);
      await onSaved();
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err, dash) });
    }
  }

  return (
    <form className="dash-form profile-form" onSubmit={save}>
      <section className="stable-part" aria-labelledby="stable-title">
        <h2 id="stable-title">{t('profileStable')}</h2>
        <p className="hint">{t('profileStableHint')}</p>
        <div className="field-grid">
          <TextField
            label={t('teamNameNl')}
            value={stable.team.name.nl}
            onChange={(nl) => setStable({ team: { ...stable.team, name: { ...stable.team.name, nl } } })}
          />
          <TextField
            label={t('teamNameEn')}
            value={stable.team.name.en ?? ''}
            onChange={(en) => setStable({ team: { ...stable.team, name: { ...stable.team.name, en } } })}
          />
          <TextField label={t('locationName')} value={stable.location.name} onChange={(name) => setStable({ location: { ...stable.location, name } })} />
          <TextField label={t('locationPlace')} value={stable.location.plaats} onChange={(plaats) => setStable({ location: { ...stable.location, plaats } })} />
        </div>
        <TextArea label={t('doelgroepNl')} value={stable.doelgroep.nl} onChange={(nl) => setStable({ doelgroep: { ...stable.doelgroep, nl } })} />
        <TextArea label={t('doelgroepEn')} value={stable.doelgroep.en ?? ''} onChange={(en) => setStable({ doelgroep: { ...stable.doelgroep, en } })} />
      </section>
      <section className="volatile-part" aria-labelledby="volatile-title">
        <h2 id="volatile-title">{t('profileVolatile')}</h2>
        <p className="hint">{t('profileVolatileHint')}</p>
        <VolatileForm
          value={draft.volatile}
          onChange={(volatile) => setDraft({ ...draft, volatile })}
          ages={detail.blocks}
          action={(block) =>
            detail.blocks.some((b) => b.block === block) ? (
              <button type="button" onClick={() => void confirm(block)}>
                {t('stillCorrect')}
              </button>
            ) : null
          }
        />
      </section>
      {message && (
        <div className={message.kind === 'error' ? 'error' : 'dash-notice'} role={message.kind === 'error' ? 'alert' : 'status'}>
          <p>{message.text}</p>
          {message.warnings && message.warnings.length > 0 && (
            <ul>
              {message.warnings.map((w) => (
                <li key={w.pointer + w.message.en}>
                  {w.pointer}: {w.message[lang]}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="row">
        <button type="submit" className="big primary" disabled={busy}>
          {t('save')}
        </button>
      </div>
    </form>
  );
}

/** A team added without facts: start from one of the app's profiles as an example. */
function EmptyProfile({ detail, onDone }: { detail: ProfileDetail; onDone: () => Promise<void> }) {
  const { t } = useAdminT();
  const dash = useDashboardT().t;
  const examples = useLoad(() => profileApi.examples(), 'examples');
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const selectId = useId();
  if (examples.state !== 'ready') return examples.state === 'loading' ? <LoadingNote /> : <LoadFailed error={examples.error} onRetry={examples.retry} />;
  const list = examples.data.flatMap((e) => {
    const read = readLeerwerkplaats(e.profile);
    return read.ok ? [read.value] : [];
  });
  const chosen = list.find((p) => p.id === choice) ?? list[0];

  async function copy() {
    if (!chosen) return;
    setError(null);
    const copyOf = { ...structuredClone(chosen), id: detail.id };
    copyOf.stable = { ...copyOf.stable, organisation: { name: detail.organisation }, team: { ...copyOf.stable.team, name: { nl: detail.teamName } } };
    try {
      await profileApi.save(detail.id, copyOf, detail.revision);
      await onDone();
    } catch (err) {
      setError(errorText(err, dash));
    }
  }

  return (
    <section className="dash-notice">
      <p>{t('emptyProfile')}</p>
      <div className="field">
        <label htmlFor={selectId}>{t('copyFrom')}</label>
        <select id={selectId} value={chosen?.id ?? ''} onChange={(e) => setChoice(e.target.value)}>
          {list.map((p) => (
            <option key={p.id} value={p.id}>
              {p.stable.team.name.nl} ({p.stable.organisation.name})
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="primary" onClick={() => void copy()} disabled={!chosen}>
        {t('copyButton')}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
