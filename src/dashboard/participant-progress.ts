import type { StoredEvent } from '../core/api/stored-event.ts';
import { latestRun, scenarioRuns, scenesEntered } from '../core/scenario-runs.ts';
import type { ParticipantView } from '../core/api/sessions.ts';

/** Where a participant is, read from their log (ids only; titles are looked up when shown). */
export interface ParticipantProgress {
  code: string;
  joinedAt: number;
  consented: boolean;
  /** The latest sign of the device: joining, or the server time of its latest event. */
  lastContactAt: number;
  /** Catalog path of the scenario played last, null before the first. */
  scenario: string | null;
  nodeId: string | null;
  /** Distinct scenes entered in the latest run of `scenario` (a restart of the whole scenario counts from zero). */
  visited: number;
  state: 'notice' | 'choosing' | 'playing' | 'completed' | 'aborted';
  lastChoice: { scenario: string; nodeId: string; questionId: string; optionId: string | null; value: number | null } | null;
  eventCount: number;
}

/**
 * Folds one participant's events (any order; sorted here by seq, since a device that was
 * offline delivers late) into what the live list shows.
 */
export function participantProgress(participant: ParticipantView, events: readonly StoredEvent[]): ParticipantProgress {
  const sorted = [...events].sort((a, b) => a.seq - b.seq);
  const p: ParticipantProgress = {
    code: participant.code,
    joinedAt: participant.joinedAt,
    consented: participant.consentedAt !== null,
    lastContactAt: Math.max(participant.joinedAt, participant.lastSeenAt),
    scenario: null,
    nodeId: null,
    visited: 0,
    state: 'notice',
    lastChoice: null,
    eventCount: sorted.length,
  };
  for (const e of sorted) {
    p.lastContactAt = Math.max(p.lastContactAt, e.serverAt);
    const b = e.body;
    if (b.type === 'consent-given') {
      p.consented = true;
      continue;
    }
    if (e.scenario && e.scenario !== p.scenario) {
      p.scenario = e.scenario;
      p.nodeId = null;
    }
    const scenario = e.scenario ?? p.scenario;
    switch (b.type) {
      case 'started':
        p.state = 'playing';
        break;
      case 'scene-entered':
        p.nodeId = b.nodeId;
        p.state = 'playing';
        break;
      case 'back':
        p.nodeId = b.toNodeId;
        break;
      case 'completed':
        p.nodeId = b.endingNodeId;
        p.state = 'completed';
        break;
      case 'aborted':
        p.state = 'aborted';
        break;
      case 'question-answered':
        if (scenario) p.lastChoice = { scenario, nodeId: b.nodeId, questionId: b.questionId, optionId: b.optionId, value: null };
        break;
      case 'reflection-answered':
        if (scenario) p.lastChoice = { scenario, nodeId: b.nodeId, questionId: b.questionId, optionId: b.optionId, value: b.value };
        break;
      default:
        break;
    }
  }
  if (p.consented && p.state === 'notice') p.state = 'choosing';
  const run = p.scenario ? latestRun(scenarioRuns(sorted), p.scenario) : undefined;
  p.visited = run ? scenesEntered(run).size : 0;
  return p;
}

/** Online: the device was heard from in the last minute. */
export const ONLINE_WINDOW_MS = 60_000;

export function isOnline(p: ParticipantProgress, now: number): boolean {
  return now - p.lastContactAt < ONLINE_WINDOW_MS;
}
