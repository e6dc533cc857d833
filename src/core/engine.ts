import { evaluateCondition } from './conditions.ts';
import type { Action, PlayState, StepResult } from './engine-types.ts';
import type { EngineEvent, EnterVia, EventBody } from './events.ts';
import type { ScenarioIndex } from './scenario-index.ts';
import type { Hotspot, Option, Question, Scenario, ScenarioNode, VariableValue } from './scenario-schema.ts';

/**
 * The branching engine: a pure reducer `(state, action, now) → (state, events)`.
 *
 * Pure and framework-free on purpose: the player, the facilitator view and the server can all
 * run it, a run can be rebuilt from its actions (`replay`), and tests need no browser. The
 * caller passes the clock (`now`), so the same inputs always give the same output. States are
 * never mutated; every change builds new objects, so callers may keep old states around.
 */

export function initialState(scenario: Scenario): PlayState {
  return {
    scenarioId: scenario.id,
    status: 'idle',
    nodeId: null,
    startedAt: null,
    enteredAt: null,
    history: [],
    visited: [],
    variables: { ...scenario.variables },
    answers: {},
    openHotspots: {},
    seenHotspots: {},
  };
}

// ---------------------------------------------------------------------------------------------
// Queries the player uses to draw the current node.

export function currentNode(index: ScenarioIndex, state: PlayState): ScenarioNode | null {
  return state.nodeId === null ? null : (index.nodes.get(state.nodeId) ?? null);
}

export function isEnding(node: ScenarioNode): boolean {
  return node.ending !== undefined;
}

/** The current node's hotspots whose condition holds (the ones to show). */
export function availableHotspots(index: ScenarioIndex, state: PlayState): Hotspot[] {
  const node = currentNode(index, state);
  return node ? node.hotspots.filter((h) => evaluateCondition(h.condition, state)) : [];
}

/** The options of a choice/reflection question in the current node whose condition holds. */
export function availableOptions(index: ScenarioIndex, state: PlayState, questionId: string): Option[] {
  const node = currentNode(index, state);
  const found = node ? findQuestion(node, questionId) : null;
  if (!found || found.question.kind === 'scale') return [];
  return found.question.options.filter((o) => evaluateCondition(o.condition, state));
}

// ---------------------------------------------------------------------------------------------
// The reducer.

type Emit = (body: EventBody) => void;
type AnswerAction = Extract<Action, { type: 'answer' }>;

/** Never throws: anything not allowed comes back as `rejected` with the state untouched. */
export function step(index: ScenarioIndex, state: PlayState, action: Action, now: number): StepResult {
  const events: EngineEvent[] = [];
  const emit: Emit = (body) => events.push({ ...body, at: now });
  const outcome = reduce(index, state, action, now, emit);
  if (typeof outcome === 'string') return { state, events: [], rejected: outcome };
  return { state: outcome, events };
}

/** Folds `step` over actions from the initial state; stops at the first rejected action. */
export function replay(index: ScenarioIndex, actions: { action: Action; now: number }[]): StepResult {
  let state = initialState(index.scenario);
  const events: EngineEvent[] = [];
  for (const [i, { action, now }] of actions.entries()) {
    const result = step(index, state, action, now);
    if (result.rejected !== undefined) {
      return { state, events, rejected: `action ${i} (${action.type}) was rejected: ${result.rejected}` };
    }
    state = result.state;
    events.push(...result.events);
  }
  return { state, events };
}

/** Returns the new state, or a reason string when the action is rejected. */
function reduce(index: ScenarioIndex, state: PlayState, action: Action, now: number, emit: Emit): PlayState | string {
  // After the end only a fresh run is possible; before the start only `start`.
  if (action.type === 'restart' && action.scope === 'scenario') return restartScenario(index, state, now, emit);
  if (action.type === 'start') return start(index, state, now, emit);
  if (state.status !== 'playing') return notPlaying(state);

  const node = currentNode(index, state);
  if (!node) return `the current node "${state.nodeId}" is not in this scenario`;

  switch (action.type) {
    case 'enter': {
      if (!index.nodes.has(action.nodeId)) return `there is no node "${action.nodeId}" in this scenario`;
      return moveTo(state, action.nodeId, 'jump', now, emit);
    }
    case 'open-hotspot':
      return openHotspot(index, state, node, action.hotspotId, now, emit);
    case 'answer':
      return answer(index, state, node, action, now, emit);
    case 'timer-expired': {
      if (!node.timer) return `node "${node.id}" has no timer`;
      if (!index.nodes.has(node.timer.next)) return `the timer of node "${node.id}" leads to unknown node "${node.timer.next}"`;
      emit({ type: 'timer-expired', nodeId: node.id });
      return moveTo(state, node.timer.next, 'timer', now, emit);
    }
    case 'back': {
      const previous = state.history.at(-1);
      if (previous === undefined) return 'there is no previous node to go back to';
      if (!index.nodes.has(previous)) return `the previous node "${previous}" is not in this scenario`;
      emit({ type: 'back', fromNodeId: node.id, toNodeId: previous });
      // Back pops the history; the node we leave is not pushed, so repeated back walks further back.
      return moveTo(state, previous, 'back', now, emit, state.history.slice(0, -1));
    }
    case 'restart': {
      // Scope 'scenario' was handled above; this is a fresh look at the same node.
      if (action.scope !== 'scene') return `unknown restart scope "${action.scope}"`;
      emit({ type: 'restart', scope: 'scene', nodeId: node.id });
      return moveTo(state, node.id, 'restart', now, emit, state.history);
    }
    case 'finish': {
      if (!isEnding(node)) return `node "${node.id}" is not an ending, so the scenario cannot finish here`;
      emit({ type: 'scene-left', nodeId: node.id, dwellMs: elapsedMs(state.enteredAt, now) });
      emit({ type: 'completed', endingNodeId: node.id, durationMs: elapsedMs(state.startedAt, now) });
      return { ...state, status: 'completed' };
    }
    case 'abort': {
      emit({ type: 'aborted', nodeId: state.nodeId, durationMs: elapsedMs(state.startedAt, now) });
      return { ...state, status: 'aborted' };
    }
    default:
      return `unknown action type "${(action as { type: unknown }).type}"`;
  }
}

function notPlaying(state: PlayState): string {
  switch (state.status) {
    case 'idle':
      return 'the scenario has not been started yet';
    case 'completed':
      return 'the scenario is completed; only a restart of the whole scenario is possible';
    default:
      return 'the scenario was aborted; only a restart of the whole scenario is possible';
  }
}

function start(index: ScenarioIndex, state: PlayState, now: number, emit: Emit): PlayState | string {
  if (state.status !== 'idle') return 'the scenario has already been started';
  const { scenario } = index;
  if (!index.nodes.has(scenario.startNode)) return `the start node "${scenario.startNode}" is not in this scenario`;
  emit({ type: 'started', scenarioId: scenario.id, scenarioVersion: scenario.version });
  return moveTo({ ...state, status: 'playing', startedAt: now }, scenario.startNode, 'start', now, emit);
}

/**
 * A fresh run from the start node: variables back to their initial values, answers, history
 * and what was visited or seen forgotten (conditions must not see the previous run). The log
 * keeps the previous run. Allowed after completion or abort, so a candidate can try again.
 */
function restartScenario(index: ScenarioIndex, state: PlayState, now: number, emit: Emit): PlayState | string {
  if (state.status === 'idle') return 'the scenario has not been started yet';
  const { scenario } = index;
  if (!index.nodes.has(scenario.startNode)) return `the start node "${scenario.startNode}" is not in this scenario`;
  emit({ type: 'restart', scope: 'scenario', nodeId: scenario.startNode });
  const moved = moveTo(state, scenario.startNode, 'restart', now, emit, []);
  return {
    ...moved,
    status: 'playing',
    // The new run's duration counts from the restart, so `completed.durationMs` describes this run.
    startedAt: now,
    visited: [scenario.startNode],
    variables: { ...scenario.variables },
    answers: {},
    seenHotspots: {},
  };
}

function openHotspot(index: ScenarioIndex, state: PlayState, node: ScenarioNode, hotspotId: string, now: number, emit: Emit): PlayState | string {
  const hotspot = node.hotspots.find((h) => h.id === hotspotId);
  if (!hotspot) return `there is no hotspot "${hotspotId}" in node "${node.id}"`;
  if (!evaluateCondition(hotspot.condition, state)) return `hotspot "${hotspotId}" is not available now (its condition does not hold)`;
  if (hotspot.kind === 'goto' && !index.nodes.has(hotspot.target)) {
    return `hotspot "${hotspotId}" leads to unknown node "${hotspot.target}"`;
  }

  emit({ type: 'hotspot-opened', nodeId: node.id, hotspotId, hotspotKind: hotspot.kind });
  const seen = state.seenHotspots[node.id] ?? [];
  const opened: PlayState = {
    ...state,
    // Re-opening restarts the clock: time to answer counts from the last time it was opened.
    openHotspots: { ...state.openHotspots, [hotspotId]: now },
    seenHotspots: { ...state.seenHotspots, [node.id]: seen.includes(hotspotId) ? seen : [...seen, hotspotId] },
  };
  return hotspot.kind === 'goto' ? moveTo(opened, hotspot.target, 'hotspot', now, emit) : opened;
}

/** What an answer amounts to, independent of the question kind. */
interface ResolvedAnswer {
  optionId: string | null;
  value: number | null;
  assignments: Record<string, VariableValue>;
  next: string | undefined;
  via: EnterVia;
}

function answer(index: ScenarioIndex, state: PlayState, node: ScenarioNode, action: AnswerAction, now: number, emit: Emit): PlayState | string {
  const found = findQuestion(node, action.questionId);
  if (!found) return `question "${action.questionId}" is not asked in node "${node.id}"`;
  const { question, hotspotId } = found;
  const openedAt = hotspotId === null ? state.enteredAt : state.openHotspots[hotspotId];
  if (openedAt === undefined) return `open hotspot "${hotspotId}" before answering question "${question.id}"`;

  const resolved = resolveAnswer(question, action, state);
  if (typeof resolved === 'string') return resolved;
  if (resolved.next !== undefined && !index.nodes.has(resolved.next)) {
    return `answering question "${question.id}" leads to unknown node "${resolved.next}"`;
  }

  const msToAnswer = elapsedMs(openedAt, now);
  const previous = state.answers[question.id];
  if (question.kind === 'choice') {
    // resolveAnswer always gives a choice question an option, never a value.
    const optionId = resolved.optionId!;
    const before = previous?.optionId ?? null;
    const changedFrom = previous && before !== optionId ? before : null;
    emit({ type: 'question-answered', nodeId: node.id, questionId: question.id, optionId, msToAnswer, changedFrom });
  } else {
    const before = previous ? (previous.optionId ?? previous.value) : null;
    const changedFrom = previous && before !== (resolved.optionId ?? resolved.value) ? before : null;
    emit({
      type: 'reflection-answered',
      nodeId: node.id,
      questionId: question.id,
      optionId: resolved.optionId,
      value: resolved.value,
      msToAnswer,
      changedFrom,
    });
  }

  let variables = state.variables;
  const assigned = Object.entries(resolved.assignments);
  if (assigned.some(([name, value]) => state.variables[name] !== value)) {
    variables = { ...state.variables, ...resolved.assignments };
    emit({ type: 'variables-set', values: { ...resolved.assignments } });
  }

  const answered: PlayState = {
    ...state,
    variables,
    answers: { ...state.answers, [question.id]: { optionId: resolved.optionId, value: resolved.value, at: now } },
  };
  return resolved.next === undefined ? answered : moveTo(answered, resolved.next, resolved.via, now, emit);
}

function resolveAnswer(question: Question, action: AnswerAction, state: PlayState): ResolvedAnswer | string {
  if (question.kind === 'scale') {
    if (!('value' in action)) return `question "${question.id}" is a scale; answer it with a value, not an option`;
    const { value } = action;
    if (!Number.isInteger(value) || value < question.min || value > question.max) {
      return `${value} is not a whole number from ${question.min} to ${question.max} for scale "${question.id}"`;
    }
    return {
      optionId: null,
      value,
      assignments: question.variable ? { [question.variable]: value } : {},
      next: question.next,
      via: 'scale',
    };
  }
  if (!('optionId' in action)) return `question "${question.id}" has options; answer it with an option, not a value`;
  const option = question.options.find((o) => o.id === action.optionId);
  if (!option) return `question "${question.id}" has no option "${action.optionId}"`;
  if (!evaluateCondition(option.condition, state)) {
    return `option "${option.id}" of question "${question.id}" is not available now (its condition does not hold)`;
  }
  return { optionId: option.id, value: null, assignments: option.set ?? {}, next: option.next, via: 'option' };
}

/** The node's own question first, then those behind question hotspots (hotspotId says which). */
function findQuestion(node: ScenarioNode, questionId: string): { question: Question; hotspotId: string | null } | null {
  if (node.question?.id === questionId) return { question: node.question, hotspotId: null };
  for (const h of node.hotspots) {
    if (h.kind === 'question' && h.question.id === questionId) return { question: h.question, hotspotId: h.id };
  }
  return null;
}

/**
 * Leaves the current node and enters `target`. Every navigation goes through here so the log
 * always has a matching scene-left/scene-entered pair. `history` defaults to pushing the node
 * being left; back and restart pass their own.
 */
function moveTo(
  state: PlayState,
  target: string,
  via: EnterVia,
  now: number,
  emit: Emit,
  history: string[] = state.nodeId === null ? state.history : [...state.history, state.nodeId],
): PlayState {
  // After finish/abort the node was already left (or the run stopped), so its dwell is not
  // logged a second time when a scenario restart moves on from it.
  if (state.nodeId !== null && state.status === 'playing') {
    emit({ type: 'scene-left', nodeId: state.nodeId, dwellMs: elapsedMs(state.enteredAt, now) });
  }
  emit({ type: 'scene-entered', nodeId: target, via, fromNodeId: state.nodeId });
  return {
    ...state,
    nodeId: target,
    enteredAt: now,
    history,
    visited: state.visited.includes(target) ? state.visited : [...state.visited, target],
    openHotspots: {},
  };
}

/** Whole, non-negative milliseconds: the log schema wants integers, and clocks can step back. */
function elapsedMs(from: number | null | undefined, now: number): number {
  return from == null ? 0 : Math.max(0, Math.round(now - from));
}
