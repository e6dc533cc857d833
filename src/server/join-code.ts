import { randomInt } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../core/api/sessions.ts';

/** A join code: 6 characters from an alphabet without look-alikes (25^6 ≈ 244 million codes). */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** A pseudonymous participant code shown to facilitator and candidate, e.g. "P-7KQ4": no name needed. */
export function newParticipantCode(): string {
  let code = 'P-';
  for (let i = 0; i < 4; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}
