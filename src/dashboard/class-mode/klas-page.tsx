import { useEffect, useMemo, useState } from 'react';
import { classPolls } from '../../core/class-poll.ts';
import { localize } from '../../core/localized-text.ts';
import type { ScenarioIndex } from '../../core/scenario-index.ts';
import { appUrl } from '../../facilitator-api/api-client.ts';
import { useDashboardT } from '../dashboard-strings.ts';
import { routeHash } from '../dashboard-route.ts';
import { loadScenarioIndex } from '../scenario-data.ts';
import { useSessionLive } from '../use-session-live.ts';
import { classStrings, type ClassKey } from './class-strings.ts';
import { PanoramaStrip } from './panorama-strip.tsx';
import { PollChart } from './poll-chart.tsx';
import { useClassState } from './use-class-state.ts';
import { PageHeading } from '../page-heading.tsx';
import { useHeatmap } from './use-heatmap.ts';

/**
 * Werkveldoriëntatie with a class: the docent's controls (not in projector mode) and what the
 * classroom screen shows — the scene, live anonymous answers as bars, the heatmap, the prompt.
 */
export function KlasPage({ sessionId, projector }: { sessionId: string; projector: boolean }) {
  const { lang } = useDashboardT();
  const tx = (key: ClassKey, values?: Record<string, string | number>) => classStrings.text(lang, key, values);
  const live = useSessionLive(sessionId);
  const { state, send, error } = useClassState(sessionId);
  const scenarios = live.session?.scenarios ?? [];
  const [chosenScenario, setChosenScenario] = useState<string | null>(null);
  const scenarioPath = state.follow?.scenario ?? chosenScenario ?? scenarios[0] ?? null;
  const [index, setIndex] = useState<ScenarioIndex | null>(null);
  useEffect(() => {
    if (!scenarioPath) return;
    let stale = false;
    loadScenarioIndex(scenarioPath).then(
      (i) => !stale && setIndex(i),
      () => undefined,
    );
    return () => {
      stale = true;
    };
  }, [scenarioPath]);
  const scenario = index?.scenario ?? null;
  const [chosenNode, setChosenNode] = useState<string | null>(null);
  const nodeId = state.follow?.nodeId ?? chosenNode ?? scenario?.startNode ?? null;
  const node = scenario?.nodes.find((n) => n.id === nodeId) ?? null;
  const heatmap = useHeatmap(sessionId, scenarioPath, nodeId, state.heatmap);
  const [promptText, setPromptText] = useState('');

  const polls = useMemo(
    () => (scenario && scenarioPath ? classPolls([...live.events.values()], scenarioPath, scenario) : []),
    [live.events, scenario, scenarioPath],
  );
  // The questions of the scene on screen first, then every question someone answered.
  const shown = polls.filter((p) => p.nodeId === nodeId || p.answered > 0);

  const mediaSrc = node && scenarioPath ? appUrl(`scenes/${scenarioPath}/${node.media.type === 'image' ? node.media.src : node.media.preview}`) : null;
  const sceneTitle = node ? localize(node.title, lang) : '';

  return (
    <div className={`klas${projector ? ' projector' : ''}`} data-class-version={state.version}>
      <PageHeading title={projector ? tx('projectorTitle') : tx('title')}>{projector ? tx('projectorTitle') : tx('title')}</PageHeading>
      {!projector && (
        <p>
          <a href={routeHash({ page: 'session', sessionId })}>{tx('back')}</a> ·{' '}
          <a href={`${routeHash({ page: 'class', sessionId })}/scherm`} target="_blank" rel="noopener">
            {tx('openProjector')}
          </a>{' '}
          · {tx('devices', { count: live.participants.size })}
        </p>
      )}
      <p role="status" aria-live="polite" className="class-status">
        {state.paused ? tx('paused') + ' ' : ''}
        {state.follow ? tx('following', { scene: sceneTitle }) : tx('freeNow')}
      </p>
      {state.prompt && (
        <p className="class-prompt-big" data-prompt>
          <strong>{tx('currentPrompt')}:</strong> {state.prompt}
        </p>
      )}
      <div className="klas-grid">
        <div>
          {mediaSrc && (
            <PanoramaStrip
              src={mediaSrc}
              alt={tx('sceneImage', { scene: sceneTitle })}
              heatmap={heatmap}
              turnLabel={{ left: tx('turnLeft'), right: tx('turnRight') }}
            />
          )}
          {!projector && scenario && (
            <div className="class-controls" aria-label={tx('title')}>
              <fieldset>
                <label>
                  {tx('scenario')}{' '}
                  <select value={scenarioPath ?? ''} onChange={(e) => (setChosenScenario(e.target.value), setChosenNode(null))}>
                    {scenarios.map((p) => (
                      <option key={p} value={p}>
                        {p}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {tx('scene')}{' '}
                  <select value={nodeId ?? ''} onChange={(e) => setChosenNode(e.target.value)}>
                    {scenario.nodes.map((n) => (
                      <option key={n.id} value={n.id}>
                        {localize(n.title, lang)}
                      </option>
                    ))}
                  </select>
                </label>
                <button
                  type="button"
                  className="big primary"
                  onClick={() => scenarioPath && nodeId && void send({ kind: 'follow', scenario: scenarioPath, nodeId })}
                >
                  {tx('followMe')}
                </button>
                <button type="button" className="big" onClick={() => void send({ kind: 'free' })} disabled={!state.follow}>
                  {tx('free')}
                </button>
              </fieldset>
              <fieldset>
                <button type="button" className="big" aria-pressed={state.paused} onClick={() => void send({ kind: 'pause', paused: !state.paused })}>
                  {state.paused ? tx('resumeAll') : tx('pauseAll')}
                </button>
                <label>
                  <input type="checkbox" checked={state.heatmap} onChange={(e) => void send({ kind: 'heatmap', enabled: e.target.checked })} /> {tx('heatmap')}
                </label>
                <small>{tx('heatmapNote')}</small>
              </fieldset>
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  void send({ kind: 'prompt', text: promptText.trim() || null });
                }}
              >
                <fieldset>
                  <label>
                    {tx('prompt')} <input type="text" value={promptText} maxLength={280} onChange={(e) => setPromptText(e.target.value)} />
                  </label>
                  <button type="submit" className="big">
                    {tx('sendPrompt')}
                  </button>
                  <button type="button" onClick={() => (setPromptText(''), void send({ kind: 'prompt', text: null }))} disabled={!state.prompt}>
                    {tx('clearPrompt')}
                  </button>
                </fieldset>
              </form>
              {error != null && (
                <p role="alert" className="error">
                  {String((error as Error).message ?? error)}
                </p>
              )}
            </div>
          )}
        </div>
        <section aria-labelledby="class-results">
          <h2 id="class-results">{tx('results')}</h2>
          {shown.length === 0 && <p>{tx('noAnswers')}</p>}
          {shown.map((poll) => (
            <div key={poll.questionId}>
              <PollChart poll={poll} lang={lang} answeredLabel={tx('answered', { count: poll.answered })} />
              {!projector && poll.discussion.length > 0 && (
                <details className="discussion">
                  <summary>{tx('discussion')}</summary>
                  <ul>
                    {[...new Map(poll.discussion.map((d) => [d.nl, d])).values()].map((d) => (
                      <li key={d.nl}>
                        {localize(d, lang)}{' '}
                        <button type="button" onClick={() => void send({ kind: 'prompt', text: localize(d, lang).slice(0, 280) })}>
                          {tx('usePrompt')}
                        </button>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </div>
          ))}
        </section>
      </div>
    </div>
  );
}
