import type { Language } from '../core/localized-text.ts';
import { useEffect, useId, useRef, useState } from 'react';
import { useDashboardT, type DashboardT } from './dashboard-strings.ts';
import { routeHash } from './dashboard-route.ts';
import { formatAgo, formatDuration } from './format-time.ts';
import { isOnline, type ParticipantProgress } from './participant-progress.ts';
import { choiceLabel, nodeCount, sceneTitle, scenarioTitle, type ScenarioIndexes } from './scenario-labels.ts';

/**
 * The live list: per participant code where they are, how far, what they chose last, whether
 * the device is still heard from. Changes that matter (a join, a new scene, an ending) are also
 * spoken by a polite live region, one at a time, so the table itself can update quietly.
 */
export function ParticipantTable({
  sessionId,
  progress,
  indexes,
  now,
}: {
  sessionId: string;
  progress: ParticipantProgress[];
  indexes: ScenarioIndexes;
  now: number;
}) {
  const { t, lang } = useDashboardT();
  const captionId = useId();
  const announcement = useAnnouncement(progress, indexes, t, lang);
  return (
    <>
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {progress.length === 0 ? (
        <p className="dash-notice">{t('participantsNone')}</p>
      ) : (
        <div className="table-wrap">
          <table className="participants" aria-describedby={captionId}>
            <caption id={captionId} className="sr-only">
              {t('participantsCaption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('colParticipant')}</th>
                <th scope="col">{t('colStatus')}</th>
                <th scope="col">{t('colScenario')}</th>
                <th scope="col">{t('colProgress')}</th>
                <th scope="col">{t('colLastChoice')}</th>
                <th scope="col">{t('colTime')}</th>
              </tr>
            </thead>
            <tbody>
              {progress.map((p) => (
                <ParticipantRow key={p.code} sessionId={sessionId} p={p} indexes={indexes} now={now} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function ParticipantRow({ sessionId, p, indexes, now }: { sessionId: string; p: ParticipantProgress; indexes: ScenarioIndexes; now: number }) {
  const { t, lang } = useDashboardT();
  const online = isOnline(p, now);
  const total = p.scenario ? nodeCount(indexes, p.scenario) : null;
  const choice = p.lastChoice ? choiceLabel(indexes, p.lastChoice, lang) : null;
  return (
    <tr
      data-participant={p.code}
      data-state={p.state}
      data-online={online ? 'true' : 'false'}
      data-scenario={p.scenario ?? ''}
      data-current-node={p.nodeId ?? ''}
      data-last-option={p.lastChoice?.optionId ?? (p.lastChoice?.value != null ? String(p.lastChoice.value) : '')}
    >
      <th scope="row">
        <a
          className="button code-link"
          href={routeHash({ page: 'gesprekskaart', sessionId, participantCode: p.code })}
          aria-label={t('openCard', { code: p.code })}
        >
          {p.code}
        </a>
      </th>
      <td data-label={t('colStatus')}>
        <span className={online ? 'presence on' : 'presence off'}>
          <span className="dot" aria-hidden="true" />
          {online ? t('online') : t('offline')}
        </span>
        <span className="sub">{t('lastContact', { ago: formatAgo(p.lastContactAt, now, lang) })}</span>
      </td>
      <td data-label={t('colScenario')}>
        {p.state === 'notice' && <span className="sub">{t('readingNotice')}</span>}
        {p.scenario === null && p.state === 'choosing' && <span className="sub">{t('notStarted')}</span>}
        {p.scenario !== null && (
          <>
            <span className="scenario-name">{scenarioTitle(indexes, p.scenario, lang)}</span>
            {p.nodeId && <span className="scene-name">{sceneTitle(indexes, p.scenario, p.nodeId, lang)}</span>}
          </>
        )}
      </td>
      <td data-label={t('colProgress')}>
        {p.state === 'completed' ? (
          <span className="done">✓ {t('completed')}</span>
        ) : p.state === 'aborted' ? (
          <span className="sub">{t('aborted')}</span>
        ) : null}
        {p.scenario !== null && total !== null && (
          <span className="progress-line">
            <progress max={total} value={Math.min(p.visited, total)} aria-hidden="true" />
            <span>{t('progress', { visited: p.visited, total })}</span>
          </span>
        )}
      </td>
      <td data-label={t('colLastChoice')}>
        {choice ? (
          <span className="last-choice">{choice.scale ? t('scaleChoice', { value: choice.label }) : choice.label}</span>
        ) : (
          <span className="sub">{t('noChoiceYet')}</span>
        )}
      </td>
      <td data-label={t('colTime')}>{formatDuration(now - p.joinedAt)}</td>
    </tr>
  );
}

/** The latest change worth saying out loud; the first load says nothing (it is all "new"). */
function useAnnouncement(progress: ParticipantProgress[], indexes: ScenarioIndexes, t: DashboardT, lang: Language): string {
  const previous = useRef<Map<string, ParticipantProgress> | null>(null);
  const [text, setText] = useState('');
  useEffect(() => {
    const before = previous.current;
    previous.current = new Map(progress.map((p) => [p.code, p]));
    if (!before) return;
    const lines: string[] = [];
    for (const p of progress) {
      const was = before.get(p.code);
      if (!was) lines.push(t('announceJoined', { code: p.code }));
      else if (p.state === 'completed' && was.state !== 'completed' && p.scenario)
        lines.push(t('announceCompleted', { code: p.code, scenario: scenarioTitle(indexes, p.scenario, lang) }));
      else if (p.nodeId && p.scenario && p.nodeId !== was.nodeId)
        lines.push(t('announceScene', { code: p.code, scene: sceneTitle(indexes, p.scenario, p.nodeId, lang) }));
    }
    if (lines.length) setText(lines.join(' '));
  }, [progress, indexes, t, lang]);
  return text;
}
