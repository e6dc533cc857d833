import { expect } from 'vitest';
import { applyEdit } from '../../../src/core/authoring/apply-edit.ts';
import type { Edit } from '../../../src/core/authoring/edit.ts';
import { invertEdit } from '../../../src/core/authoring/invert-edit.ts';
import type { AuthoringError, AuthoringErrorCode, Failure } from '../../../src/core/authoring/outcome.ts';
import { Scenario } from '../../../src/core/scenario-schema.ts';
import { validScenario } from '../fixtures/scenarios.ts';

/** The checker fixture, parsed: four nodes using every feature of the format. */
export const sample = (): Scenario => Scenario.parse(validScenario());

export function applied(scenario: Scenario, edit: Edit): Scenario {
  const result = applyEdit(scenario, edit);
  if (!result.ok) throw new Error(`edit refused: ${JSON.stringify(result.conflict.mismatches)}`);
  return result.scenario;
}

/**
 * Applies an operation's edit and checks what every edit must do: leave the input alone,
 * carry a Dutch and English label, undo to a deep-equal copy of the input and redo to the
 * same result again. Returns the edited scenario.
 */
export function edited(scenario: Scenario, outcome: { ok: true; edit: Edit } | Failure): Scenario {
  if (!outcome.ok) throw new Error(`operation refused: ${JSON.stringify(outcome.error)}`);
  const copy = structuredClone(scenario);
  expect(outcome.edit.label.nl).not.toBe('');
  expect(outcome.edit.label.en).not.toBe('');
  const after = applied(scenario, outcome.edit);
  expect(scenario).toEqual(copy);
  const undone = applied(after, invertEdit(outcome.edit));
  expect(undone).toEqual(copy);
  expect(applied(undone, outcome.edit)).toEqual(after);
  return after;
}

/** The operation refused with this code and a message in both languages. */
export function refused(outcome: { ok: boolean } | Failure, code: AuthoringErrorCode): AuthoringError {
  expect(outcome.ok).toBe(false);
  const { error } = outcome as Failure;
  expect(error.code).toBe(code);
  expect(error.message.nl).not.toBe('');
  expect(error.message.en).not.toBe('');
  return error;
}

export const nodeOf = (s: Scenario, id: string) => {
  const node = s.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no node ${id}`);
  return node;
};
