import type { StoredEvent } from '../api/stored-event.ts';
import type { ScenarioVisit } from './gesprekskaart-types.ts';
import type { ResolvedScenario } from './scenario-lookup.ts';

/**
 * Time and progress per scenario.
 *
 * A run starts at `started` or at a restart of the whole scenario. Its time is:
 * - the `durationMs` of its `completed` or `aborted` event when it has one (the engine's own
 *   clock for the run, so the most exact figure);
 * - otherwise (the headset slept, the candidate switched scenario without stopping) the sum of
 *   the `scene-left` dwell times, plus, for a scene that was entered but never left, the time
 *   from entering it to the next event of that scenario. That part is marked `timeEstimated`.
 */
export function scenarioVisits(events: readonly StoredEvent[], resolve: (path: string) => ResolvedScenario): ScenarioVisit[] {
  const byScenario = new Map<string, StoredEvent[]>();
  for (const e of events) {
    if (e.scenario === null) continue;
    const list = byScenario.get(e.scenario) ?? [];
    list.push(e);
    byScenario.set(e.scenario, list);
  }
  return [...byScenario].map(([path, list]) => visit(resolve(path), list));
}

interface RunTally {
  timeMs: number;
  estimated: boolean;
  end: 'completed' | 'aborted' | 'unfinished';
}

function visit(s: ResolvedScenario, events: StoredEvent[]): ScenarioVisit {
  const runs: StoredEvent[][] = [];
  for (const e of events) {
    const startsRun = e.body.type === 'started' || (e.body.type === 'restart' && e.body.scope === 'scenario');
    const current = runs.at(-1);
    // A restart mid-run logs `restart` first and then leaves the old scene: that dwell is the old run's.
    if (e.body.type === 'scene-left' && current?.length === 1 && current[0]!.body.type === 'restart' && runs.length > 1) {
      runs.at(-2)!.push(e);
      continue;
    }
    // Events before any start (a log that begins mid-run) form a run of their own.
    if (startsRun || !current) runs.push([e]);
    else current.push(e);
  }
  const tallies = runs.map(runTime);
  const started = events.find((e) => e.body.type === 'started');
  const seen = new Set(events.flatMap((e) => (e.body.type === 'scene-entered' ? [e.body.nodeId] : [])));
  return {
    scenario: s.path,
    scenarioId: s.id,
    title: s.title,
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

function runTime(run: StoredEvent[]): RunTally {
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
