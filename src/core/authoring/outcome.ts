/**
 * What an operation returns: the edit, or an error a content maker can read. Operations never
 * throw on what a user (or a stale screen) asks for, e.g. an id that no longer exists.
 */
import { bilingual, type BilingualText } from './bilingual-text.ts';
import type { Edit } from './edit.ts';

export type AuthoringErrorCode =
  | 'duplicate-node-id'
  | 'unknown-node'
  | 'unknown-hotspot'
  | 'unknown-option'
  | 'no-question'
  | 'wrong-hotspot-kind'
  | 'wrong-question-kind'
  | 'unknown-kind'
  | 'invalid-number'
  | 'invalid-place'
  | 'unknown-work-aspect'
  | 'unknown-zorgcategorie'
  | 'unknown-niveau'
  | 'unknown-stance';

export interface AuthoringError {
  code: AuthoringErrorCode;
  message: BilingualText;
}

export interface Failure {
  ok: false;
  error: AuthoringError;
}

/** `Extra` carries what the editor needs next, e.g. the id of a new node to select it. */
export type Outcome<Extra extends object = object> = ({ ok: true; edit: Edit } & Extra) | Failure;

export function fail(code: AuthoringErrorCode, nl: string, en: string): Failure {
  return { ok: false, error: { code, message: bilingual(nl, en) } };
}

export function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}
