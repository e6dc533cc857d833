import { useId, useState, type FormEvent } from 'react';
import { DEFAULT_RETENTION_DAYS, MAX_RETENTION_DAYS, SessionView, type SessionMode } from '../core/api/sessions.ts';
import { localize } from '../core/localized-text.ts';
import type { Catalog } from '../core/scenario-catalog.ts';
import { apiFetch, apiGet } from '../facilitator-api/api-client.ts';
import { useAuth } from '../facilitator-api/auth-store.ts';
import { readLeerwerkplaatsList } from '../core/api/leerwerkplaatsen.ts';
import { Organisation } from '../core/api/accounts.ts';
import { useDashboardT } from './dashboard-strings.ts';
import { routeHash } from './dashboard-route.ts';
import { errorText } from './error-text.ts';
import { DAY_MS, formatDate } from './format-time.ts';
import { LoadFailed, LoadingNote } from './load-status.tsx';
import { navigate } from './navigate.ts';
import { ownTeams, type OwnTeam } from './own-teams.ts';
import { PageHeading } from './page-heading.tsx';
import { loadCatalog } from './scenario-data.ts';
import { ScenarioPicker } from './scenario-picker.tsx';
import { useLoad } from './use-load.ts';

interface FormData {
  catalog: Catalog;
  teams: OwnTeam[];
  teamsByScenario: Map<string, OwnTeam[]>;
  retentionDays: number;
}

async function loadFormData(mode: SessionMode): Promise<FormData> {
  const [catalog, organisation, profiles] = await Promise.all([
    loadCatalog(),
    apiGet('api/organisation', Organisation),
    // Only a sollicitatie links to the organisation's own teams; a failure here must not block the form.
    mode === 'sollicitatie' ? apiFetch('api/leerwerkplaatsen').then(readLeerwerkplaatsList, () => []) : Promise.resolve([]),
  ]);
  const own = ownTeams(profiles);
  // The same order the server applies: the organisation's default, else the moment's.
  return { catalog, teams: own.teams, teamsByScenario: own.byScenario, retentionDays: organisation.defaultRetentionDays ?? DEFAULT_RETENTION_DAYS[mode] };
}

/** One screen, sensible defaults: choose scenarios (preselected), maybe a label, and start. */
export function CreateSessionPage({ mode }: { mode: SessionMode }) {
  const { t } = useDashboardT();
  const loaded = useLoad(() => loadFormData(mode), mode);
  const title = t('createTitle', { mode: t(`mode_${mode}`) });
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>
        <a href={routeHash({ page: 'start' })}>{t('otherMoment')}</a>
      </p>
      {loaded.state === 'loading' && <LoadingNote />}
      {loaded.state === 'error' && <LoadFailed error={loaded.error} onRetry={loaded.retry} />}
      {loaded.state === 'ready' && <CreateSessionForm mode={mode} data={loaded.data} />}
    </>
  );
}

function initialSelection(mode: SessionMode, data: FormData): Set<string> {
  const all = data.catalog.scenarios.map((s) => s.path);
  if (mode === 'sollicitatie') {
    const own = all.filter((p) => data.teamsByScenario.has(p));
    if (own.length) return new Set(own);
  }
  return new Set(all);
}

function CreateSessionForm({ mode, data }: { mode: SessionMode; data: FormData }) {
  const { t, lang } = useDashboardT();
  const organisation = useAuth((s) => (s.auth.status === 'logged-in' ? s.auth.me.organisation : ''));
  const [selected, setSelected] = useState(() => initialSelection(mode, data));
  const [label, setLabel] = useState('');
  const [days, setDays] = useState(String(data.retentionDays));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const titleHintId = useId();
  const daysId = useId();
  const daysHintId = useId();
  const errorId = useId();

  const dayCount = Number(days);
  const daysValid = Number.isInteger(dayCount) && dayCount >= 1 && dayCount <= MAX_RETENTION_DAYS;
  const purgeDate = formatDate(Date.now() + (daysValid ? dayCount : data.retentionDays) * DAY_MS, lang);
  const ownScenarioPaths = data.catalog.scenarios.map((s) => s.path).filter((p) => data.teamsByScenario.has(p));
  const catalogTitle = (path: string) => {
    const entry = data.catalog.scenarios.find((s) => s.path === path);
    return entry ? localize(entry.title, lang) : path;
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (selected.size === 0) return setError(t('chooseOne'));
    if (!daysValid) return setError(t('errorInput', { detail: `${t('retentionLabel')}: 1–${MAX_RETENTION_DAYS}` }));
    setBusy(true);
    setError(null);
    try {
      const body = {
        mode,
        // In catalog order, as the participant will see them.
        scenarios: data.catalog.scenarios.map((s) => s.path).filter((p) => selected.has(p)),
        retentionDays: dayCount,
        ...(label.trim() ? { title: label.trim() } : {}),
      };
      const session = SessionView.parse(await apiFetch('api/sessions', { method: 'POST', body }));
      navigate({ page: 'session', sessionId: session.id });
    } catch (err) {
      setError(errorText(err, t));
      setBusy(false);
    }
  }

  return (
    <form className="dash-form create-form" onSubmit={submit} aria-describedby={error ? errorId : undefined}>
      {mode === 'sollicitatie' && (
        <section className="own-teams" aria-labelledby={`${titleId}-teams`}>
          <h2 id={`${titleId}-teams`}>{t('ownTeamsTitle')}</h2>
          {data.teams.length === 0 ? (
            <p>{t('ownTeamsNone', { organisation })}</p>
          ) : (
            <>
              <p>{t('ownTeamsIntro')}</p>
              <ul>
                {data.teams.map((team) => (
                  <li key={team.id}>
                    <strong>{localize(team.team, lang)}</strong> — {team.location} · {t('ownTeamScenario', { scenario: catalogTitle(team.scenario) })}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      <ScenarioPicker
        catalog={data.catalog}
        selected={selected}
        onChange={setSelected}
        teamsByScenario={data.teamsByScenario}
        ownScenarioPaths={mode === 'sollicitatie' ? ownScenarioPaths : []}
      />

      <div className="field">
        <label htmlFor={titleId}>{t('titleLabel')}</label>
        <input
          id={titleId}
          type="text"
          maxLength={80}
          value={label}
          onChange={(e) => setLabel(e.target.value)}
          aria-describedby={titleHintId}
          autoComplete="off"
        />
        <p id={titleHintId} className="hint">
          {t('titleHint')}
        </p>
      </div>

      <div className="field">
        <label htmlFor={daysId}>{t('retentionLabel')}</label>
        <input
          id={daysId}
          className="days-input"
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_RETENTION_DAYS}
          step={1}
          required
          value={days}
          onChange={(e) => setDays(e.target.value)}
          aria-describedby={daysHintId}
          aria-invalid={daysValid ? undefined : true}
        />
        <p id={daysHintId} className="hint" aria-live="polite">
          {t('retentionHint', { date: purgeDate })}
        </p>
      </div>

      {error && (
        <p id={errorId} className="error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" className="big primary" disabled={busy}>
          {busy ? t('starting') : t('startSession')}
        </button>
      </div>
    </form>
  );
}
