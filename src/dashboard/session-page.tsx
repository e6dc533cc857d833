import { useEffect, useId, useMemo, useState } from 'react';
import type { StoredEvent } from '../core/api/stored-event.ts';
import type { ScenarioIndex } from '../core/scenario-index.ts';
import { appUrl, sessionPath } from '../facilitator-api/api-client.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { useDashboardT } from './dashboard-strings.ts';
import { routeHash } from './dashboard-route.ts';
import { errorText } from './error-text.ts';
import { formatDate } from './format-time.ts';
import { JoinPanel } from './join-panel.tsx';
import { LoadFailed, LoadingNote } from './load-status.tsx';
import { PageHeading } from './page-heading.tsx';
import { participantProgress } from './participant-progress.ts';
import { ParticipantTable } from './participant-table.tsx';
import { loadScenarioIndex } from './scenario-data.ts';
import { endSession } from './session-actions.ts';
import { QuestionnaireSwitch } from './questionnaire-switch.tsx';
import { sessionLabel } from './session-label.ts';
import { useNow } from './use-now.ts';
import { useSessionLive } from './use-session-live.ts';

/** Relative times and online/offline are re-read this often; events themselves show at once. */
const TICK_MS = 3_000;

/** The scenario files of a session, loaded once each, for titles and labels. */
function useScenarioIndexes(paths: readonly string[]): ReadonlyMap<string, ScenarioIndex> {
  const [indexes, setIndexes] = useState<ReadonlyMap<string, ScenarioIndex>>(new Map());
  const key = paths.join('|');
  useEffect(() => {
    let live = true;
    for (const path of paths) {
      loadScenarioIndex(path).then(
        (index) => live && setIndexes((m) => (m.has(path) ? m : new Map(m).set(path, index))),
        // Without the file the list still works, with ids instead of titles.
        () => undefined,
      );
    }
    return () => {
      live = false;
    };
    // `key` stands for `paths` (a new array each render).
  }, [key]);
  return indexes;
}

/** One session while it runs: how to join, who is where, exports, and ending it. */
export function SessionPage({ sessionId }: { sessionId: string }) {
  const { t, lang } = useDashboardT();
  const live = useSessionLive(sessionId);
  const now = useNow(TICK_MS);
  const indexes = useScenarioIndexes(live.session?.scenarios ?? []);
  const participantsHeadingId = useId();
  const [confirmEnd, setConfirmEnd] = useState(false);
  const [ending, setEnding] = useState(false);
  const [endError, setEndError] = useState<string | null>(null);

  const progress = useMemo(() => {
    const byCode = new Map<string, StoredEvent[]>();
    for (const e of live.events.values()) byCode.set(e.participantCode, [...(byCode.get(e.participantCode) ?? []), e]);
    return [...live.participants.values()].map((p) => participantProgress(p, byCode.get(p.code) ?? []));
  }, [live.participants, live.events]);

  const session = live.session;
  const label = session ? sessionLabel(session, t, lang) : t('loading');

  async function end() {
    setEnding(true);
    setEndError(null);
    try {
      await endSession(sessionId);
      await live.refresh();
      setConfirmEnd(false);
    } catch (e) {
      setEndError(errorText(e, t));
    } finally {
      setEnding(false);
    }
  }

  if (live.status === 'erased') {
    return (
      <>
        <PageHeading title={t('sessionErased')}>{t('sessionErased')}</PageHeading>
        <p>
          <a className="button" href={routeHash({ page: 'sessions' })}>
            {t('toSessions')}
          </a>
        </p>
      </>
    );
  }
  if (!session) {
    return (
      <>
        <PageHeading title={label}>{label}</PageHeading>
        {live.status === 'error' ? <LoadFailed error={live.error} onRetry={() => void live.refresh()} /> : <LoadingNote />}
      </>
    );
  }

  const purgeDate = formatDate(session.purgeAt, lang);
  return (
    <div className="session-page" data-session-id={session.id} data-status={session.status}>
      <PageHeading title={label}>{label}</PageHeading>
      <p className="session-meta">
        <span className={`badge status-${session.status}`}>{t(`status_${session.status}`)}</span>
        <span className="badge">{t(`mode_${session.mode}`)}</span>
        <span className="retention" data-purge-at={session.purgeAt}>
          {t('retentionNotice', { date: purgeDate })}
        </span>
      </p>

      {session.status === 'open' && session.joinCode ? (
        <JoinPanel session={{ ...session, joinCode: session.joinCode }} />
      ) : (
        <p className="dash-notice">{t('joinClosed')}</p>
      )}

      {session.mode !== 'werkveldorientatie' && session.status === 'open' && (
        <QuestionnaireSwitch sessionId={session.id} on={session.questionnaire} onChanged={() => void live.refresh()} />
      )}

      {session.mode === 'werkveldorientatie' && (
        // The class view (volg mij, pause, prompt, heatmap) is its own page: src/dashboard/class-page.tsx.
        <section className="class-slot" aria-labelledby="class-slot-title" data-slot="klasweergave">
          <h2 id="class-slot-title">{t('classTitle')}</h2>
          <p>{t('classIntro')}</p>
          <a className="button big" href={routeHash({ page: 'class', sessionId: session.id })}>
            {t('classOpen')}
          </a>
        </section>
      )}

      <section aria-labelledby={participantsHeadingId}>
        <h2 id={participantsHeadingId}>{t('participantsTitle', { count: progress.length })}</h2>
        {live.connection !== 'open' && (
          <p className="hint" role="status">
            {live.connection === 'connecting' ? t('liveConnecting') : t('liveLost')}
          </p>
        )}
        <ParticipantTable sessionId={session.id} progress={progress} indexes={indexes} now={now} />
      </section>

      <section aria-labelledby="session-data-title" className="session-data">
        <h2 id="session-data-title">{t('exportTitle')}</h2>
        <div className="row">
          <a className="button" href={appUrl(sessionPath(session.id, '/xapi'))} download>
            {t('exportXapi')}
          </a>
          <a className="button" href={appUrl(sessionPath(session.id, `/events.csv?lang=${lang}`))} download>
            {t('exportCsv')}
          </a>
          {session.status === 'open' && (
            <button type="button" className="danger" onClick={() => setConfirmEnd(true)}>
              {t('endSession')}
            </button>
          )}
        </div>
        <p>
          <a href={routeHash({ page: 'sessions' })}>{t('toSessions')}</a>
        </p>
      </section>

      {confirmEnd && (
        <ConfirmDialog
          title={t('endConfirmTitle')}
          confirmLabel={t('endConfirmYes')}
          busy={ending}
          error={endError}
          onConfirm={() => void end()}
          onCancel={() => (setConfirmEnd(false), setEndError(null))}
        >
          <p>{t('endConfirmBody', { code: session.joinCode ?? '', date: purgeDate })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
