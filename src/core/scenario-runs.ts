import type { StoredEvent } from './api/stored-event.ts';
import type { DeviceEventBody } from './api/device-event.ts';

/**
 * Runs of a scenario, read from one participant's log: the one reading of "a run" that the
 * gesprekskaart, the live participant list and the exports share.
 *
 * A run starts at `started` or at a restart of the whole scenario ("Nog een keer" after
 * completing, or trying again after an abort; the engine logs `restart` with scope `scenario`,
 * not a second `started`). It ends at `completed` or `aborted`. Each scenario has its own runs,
 * so switching to another scenario and back continues the run that was open there.
 */
export interface ScenarioRun {
  /** Catalog path ("zorgcategorie/id"). */
  scenario: string;
  /** What began the run; null when the log begins mid-run (events before any start). */
  start: 'started' | 'restart' | null;
  /** How the run ended; null while it is unfinished (or the device has not delivered the end yet). */
  end: 'completed' | 'aborted' | null;
  /** The run's events in seq order, from its start. */
  events: StoredEvent[];
}

export function startsRun(body: DeviceEventBody): boolean {
  return body.type === 'started' || (body.type === 'restart' && body.scope === 'scenario');
}

/**
 * The runs in one participant's events (any order; read in seq order, since a device that was
 * offline delivers late), ordered by their first event. Consent has no scenario and is in no run.
 */
export function scenarioRuns(events: readonly StoredEvent[]): ScenarioRun[] {
  const sorted = events.filter((e) => e.scenario !== null).sort((a, b) => a.seq - b.seq);
  const runs: ScenarioRun[] = [];
  const byScenario = new Map<string, ScenarioRun[]>();
  for (const e of sorted) {
    const scenario = e.scenario!;
    const own = byScenario.get(scenario) ?? [];
    byScenario.set(scenario, own);
    const current = own.at(-1);
    // A restart mid-run logs `restart` first and then leaves the old scene: that dwell is the old run's.
    const previous = own.at(-2);
    if (e.body.type === 'scene-left' && current?.start === 'restart' && current.events.length === 1 && previous) {
      previous.events.push(e);
      continue;
    }
    if (startsRun(e.body) || !current) {
      const run: ScenarioRun = { scenario, start: startsRun(e.body) ? (e.body.type === 'started' ? 'started' : 'restart') : null, end: null, events: [e] };
      own.push(run);
      runs.push(run);
    } else current.events.push(e);
    const run = own.at(-1)!;
    if (run.end === null && (e.body.type === 'completed' || e.body.type === 'aborted')) run.end = e.body.type;
  }
  return runs;
}

/** The run now open or last played of `scenario`, or undefined when it was never played. */
export function latestRun(runs: readonly ScenarioRun[], scenario: string): ScenarioRun | undefined {
  return runs.findLast((r) => r.scenario === scenario);
}

/** Distinct scenes entered in a run. */
export function scenesEntered(run: ScenarioRun): Set<string> {
  return new Set(run.events.flatMap((e) => (e.body.type === 'scene-entered' ? [e.body.nodeId] : [])));
}

/** A `started` as the version reading needs it. */
export interface RunStart {
  seq: number;
  scenario: string;
  version: string;
}

/** The `started` events among `events`, for `versionPlayedAt`. */
export function runStarts(events: Iterable<{ seq: number; scenario: string | null; body: DeviceEventBody }>): RunStart[] {
  const out: RunStart[] = [];
  for (const e of events) if (e.body.type === 'started' && e.scenario !== null) out.push({ seq: e.seq, scenario: e.scenario, version: e.body.scenarioVersion });
  return out;
}

/**
 * The scenario version an event of one participant was played with: that of the latest `started`
 * of the same scenario at or before it. Only `started` carries a version; a restart of the whole
 * scenario replays the file already loaded, so a run begun by a restart has the version of the
 * run before it. Null when no such start is among `starts`.
 */
export function versionPlayedAt(starts: readonly RunStart[], event: { seq: number; scenario: string | null }): string | null {
  let found: RunStart | null = null;
  for (const s of starts) if (s.scenario === event.scenario && s.seq <= event.seq && (!found || s.seq > found.seq)) found = s;
  return found?.version ?? null;
}
