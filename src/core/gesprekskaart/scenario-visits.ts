import type { StoredEvent } from '../api/stored-event.ts';
import type { ScenarioVisit } from './gesprekskaart-types.ts';
import { scenarioRuns, scenesEntered, type ScenarioRun } from '../scenario-runs.ts';
import type { LoggedScenario, ResolveLogged } from '../logged-content.ts';
import { scenarioTitle } from './text-format.ts';

/**
 * Time and progress per scenario.
 *
 * Runs are read by `scenarioRuns` (src/core/scenario-runs.ts). A run's time is:
 * - the `durationMs` of its `completed` or `aborted` event when it has one (the engine's own
 *   clock for the run, so the most exact figure);
 * - otherwise (the headset slept, the candidate switched scenario without stopping) the sum of
 *   the `scene-left` dwell times, plus, for a scene that was entered but never left, the time
 *   from entering it to the next event of that scenario. That part is marked `timeEstimated`.
 */
export function scenarioVisits(events: readonly StoredEvent[], resolve: ResolveLogged): ScenarioVisit[] {
  const byScenario = new Map<string, ScenarioRun[]>();
  for (const run of scenarioRuns(events)) byScenario.set(run.scenario, [...(byScenario.get(run.scenario) ?? []), run]);
  // The version the (last) run was played at, as the server recorded it with its events.
  const versionOf = (runs: ScenarioRun[]) => runs.flatMap((r) => r.events).findLast((e) => e.scenarioVersion)?.scenarioVersion;
  return [...byScenario].map(([path, runs]) => visit(resolve(path, versionOf(runs)), runs));
}

interface RunTally {
  timeMs: number;
  estimated: boolean;
  end: 'completed' | 'aborted' | 'unfinished';
}

function visit(s: LoggedScenario, runs: ScenarioRun[]): ScenarioVisit {
  const tallies = runs.map(runTime);
  const started = runs.flatMap((r) => r.events).find((e) => e.body.type === 'started');
  const seen = new Set(runs.flatMap((r) => [...scenesEntered(r)]));
  return {
    scenario: s.path,
    scenarioId: s.id,
    title: scenarioTitle(s),
    zorgcategorie: s.zorgcategorie,
    known: s.index !== null,
    versionPlayed: started?.body.type === 'started' ? started.body.scenarioVersion : null,
    versionNow: s.index?.scenario.version ?? null,
    timeMs: tallies.reduce((sum, t) => sum + t.timeMs, 0),
    timeEstimated: tallies.some((t) => t.estimated),
    runs: runs.length,
    completed: tallies.some((t) => t.end === 'completed'),
    lastRun: tallies.at(-1)?.end ?? 'unfinished',
    scenesSeen: seen.size,
    scenesTotal: s.index?.nodes.size ?? null,
  };
}

function runTime({ events: run }: ScenarioRun): RunTally {
  const end = run.find((e) => e.body.type === 'completed' || e.body.type === 'aborted');
  if (end && (end.body.type === 'completed' || end.body.type === 'aborted')) {
    return { timeMs: end.body.durationMs, estimated: false, end: end.body.type };
  }
  let timeMs = 0;
  let estimated = false;
  let open: number | null = null; // when the scene now open was entered
  for (const e of run) {
    if (e.body.type === 'scene-left') {
      timeMs += e.body.dwellMs;
      open = null;
    } else if (e.body.type === 'scene-entered') {
      if (open !== null) {
        // Entered a new scene without leaving the previous one in the log.
        timeMs += Math.max(0, e.at - open);
        estimated = true;
      }
      open = e.at;
    }
  }
  const last = run.at(-1);
  if (open !== null && last) {
    timeMs += Math.max(0, last.at - open);
    estimated = true;
  }
  return { timeMs, estimated, end: 'unfinished' };
}
