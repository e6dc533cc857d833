import type { EngineEvent } from './events.ts';
import type { VariableValue } from './scenario-schema.ts';

/** An answer as remembered in the state (last answer per question). */
export interface RememberedAnswer {
  optionId: string | null;
  value: number | null;
  at: number;
}

/**
 * The whole play state. Plain JSON (no Maps, no class instances) so it can be stored,
 * compared and rebuilt from the event log.
 */
export interface PlayState {
  scenarioId: string;
  status: 'idle' | 'playing' | 'completed' | 'aborted';
  /** Current node, null before start. */
  nodeId: string | null;
  startedAt: number | null;
  /** When the current node was entered (for dwell time, time to answer of the node's question). */
  enteredAt: number | null;
  /** Nodes entered before the current one, oldest first; `back` pops from here. */
  history: string[];
  /** Every node ever entered in this run, in first-visit order. */
  visited: string[];
  variables: Record<string, VariableValue>;
  /** Last answer per question id. */
  answers: Record<string, RememberedAnswer>;
  /** Hotspots opened in the current node visit → time opened (starts time to answer of a question hotspot). */
  openHotspots: Record<string, number>;
  /** Every hotspot id ever opened, per node, for "unvisited hotspot" hints. */
  seenHotspots: Record<string, string[]>;
}

export type Action =
  | { type: 'start' }
  /** Direct navigation to any node (facilitator "volg mij", deep link). */
  | { type: 'enter'; nodeId: string }
  | { type: 'open-hotspot'; hotspotId: string }
  | { type: 'answer'; questionId: string; optionId: string }
  | { type: 'answer'; questionId: string; value: number }
  | { type: 'timer-expired' }
  | { type: 'back' }
  | { type: 'restart'; scope: 'scene' | 'scenario' }
  | { type: 'finish' }
  | { type: 'abort' };

export interface StepResult {
  state: PlayState;
  events: EngineEvent[];
  /** Set when the action was not allowed in this state; state and events are then unchanged/empty. */
  rejected?: string;
}
