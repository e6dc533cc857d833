import type { PlayState } from './engine-types.ts';
import type { Condition, VariableValue } from './scenario-schema.ts';

type Comparison = NonNullable<Condition['variables']>[number];

/**
 * True when every clause of the condition holds in this state; a missing condition always holds.
 * Conditions are flat (no or/not) so content makers can read them; see scenario-schema.ts.
 */
export function evaluateCondition(cond: Condition | undefined, state: PlayState): boolean {
  if (!cond) return true;
  if (cond.visited && !cond.visited.every((id) => state.visited.includes(id))) return false;
  if (cond.notVisited && cond.notVisited.some((id) => state.visited.includes(id))) return false;
  if (cond.variables && !cond.variables.every((c) => compare(state.variables[c.name], c))) return false;
  return true;
}

/**
 * An unset variable is `undefined`: never equal to anything, so `eq` fails and `ne` holds.
 * Ordering only makes sense between numbers; comparing strings or booleans with gt/lt is
 * almost always a content mistake, so it is false rather than JavaScript's coercion.
 */
function compare(actual: VariableValue | undefined, { op, value }: Comparison): boolean {
  switch (op) {
    case 'eq':
      return actual === value;
    case 'ne':
      return actual !== value;
  }
  if (typeof actual !== 'number' || typeof value !== 'number') return false;
  switch (op) {
    case 'gt':
      return actual > value;
    case 'gte':
      return actual >= value;
    case 'lt':
      return actual < value;
    case 'lte':
      return actual <= value;
  }
}
