import { describe, expect, it } from 'vitest';
import { evaluateCondition } from '../../src/core/conditions.ts';
import type { PlayState } from '../../src/core/engine-types.ts';
import type { Condition } from '../../src/core/scenario-schema.ts';

function stateWith(visited: string[], variables: PlayState['variables'] = {}): PlayState {
  return {
    scenarioId: 's',
    status: 'playing',
    nodeId: visited.at(-1) ?? null,
    startedAt: 0,
    enteredAt: 0,
    history: [],
    visited,
    variables,
    answers: {},
    openHotspots: {},
    seenHotspots: {},
  };
}

const varCond = (op: NonNullable<Condition['variables']>[number]['op'], value: number | string | boolean, name = 'x'): Condition => ({
  variables: [{ name, op, value }],
});

describe('evaluateCondition', () => {
  it('holds when there is no condition or an empty one', () => {
    expect(evaluateCondition(undefined, stateWith([]))).toBe(true);
    expect(evaluateCondition({}, stateWith([]))).toBe(true);
  });

  it('visited: all listed nodes must have been visited', () => {
    const s = stateWith(['a', 'b']);
    expect(evaluateCondition({ visited: ['a'] }, s)).toBe(true);
    expect(evaluateCondition({ visited: ['a', 'b'] }, s)).toBe(true);
    expect(evaluateCondition({ visited: ['a', 'c'] }, s)).toBe(false);
  });

  it('notVisited: none of the listed nodes may have been visited', () => {
    const s = stateWith(['a', 'b']);
    expect(evaluateCondition({ notVisited: ['c'] }, s)).toBe(true);
    expect(evaluateCondition({ notVisited: ['c', 'b'] }, s)).toBe(false);
  });

  it('numbers compare with every operator', () => {
    const s = stateWith([], { x: 3 });
    const table: [Parameters<typeof varCond>[0], number, boolean][] = [
      ['eq', 3, true],
      ['eq', 4, false],
      ['ne', 4, true],
      ['ne', 3, false],
      ['gt', 2, true],
      ['gt', 3, false],
      ['gte', 3, true],
      ['gte', 4, false],
      ['lt', 4, true],
      ['lt', 3, false],
      ['lte', 3, true],
      ['lte', 2, false],
    ];
    for (const [op, value, expected] of table) {
      expect(evaluateCondition(varCond(op, value), s), `x ${op} ${value}`).toBe(expected);
    }
  });

  it('strings and booleans compare only for (in)equality, strictly typed', () => {
    const s = stateWith([], { mood: 'boos', helped: true, n: 1 });
    expect(evaluateCondition(varCond('eq', 'boos', 'mood'), s)).toBe(true);
    expect(evaluateCondition(varCond('ne', 'blij', 'mood'), s)).toBe(true);
    expect(evaluateCondition(varCond('eq', true, 'helped'), s)).toBe(true);
    expect(evaluateCondition(varCond('eq', false, 'helped'), s)).toBe(false);
    // No JavaScript coercion: 1 is not true, "1" is not 1.
    expect(evaluateCondition(varCond('eq', true, 'n'), s)).toBe(false);
    expect(evaluateCondition(varCond('eq', '1', 'n'), s)).toBe(false);
    // Ordering needs numbers on both sides.
    expect(evaluateCondition(varCond('gt', 'a', 'mood'), s)).toBe(false);
    expect(evaluateCondition(varCond('lte', 'zzz', 'mood'), s)).toBe(false);
    expect(evaluateCondition(varCond('gte', 0, 'helped'), s)).toBe(false);
    expect(evaluateCondition(varCond('lt', '5', 'n'), s)).toBe(false);
  });

  it('an unset variable is never equal, always unequal, never ordered', () => {
    const s = stateWith([]);
    expect(evaluateCondition(varCond('eq', 0), s)).toBe(false);
    expect(evaluateCondition(varCond('eq', false), s)).toBe(false);
    expect(evaluateCondition(varCond('ne', 0), s)).toBe(true);
    for (const op of ['gt', 'gte', 'lt', 'lte'] as const) {
      expect(evaluateCondition(varCond(op, 0), s), op).toBe(false);
    }
  });

  it('all clauses must hold together', () => {
    const s = stateWith(['a'], { x: 2, y: 'ja' });
    const cond: Condition = {
      visited: ['a'],
      notVisited: ['b'],
      variables: [
        { name: 'x', op: 'gte', value: 2 },
        { name: 'y', op: 'eq', value: 'ja' },
      ],
    };
    expect(evaluateCondition(cond, s)).toBe(true);
    expect(evaluateCondition(cond, stateWith(['a', 'b'], { x: 2, y: 'ja' }))).toBe(false);
    expect(evaluateCondition(cond, stateWith([], { x: 2, y: 'ja' }))).toBe(false);
    expect(evaluateCondition(cond, stateWith(['a'], { x: 1, y: 'ja' }))).toBe(false);
    expect(evaluateCondition(cond, stateWith(['a'], { x: 2, y: 'nee' }))).toBe(false);
  });
});
