import { randomInt, timingSafeEqual } from 'node:crypto';
import { SETUP_CODE_LENGTH } from '../../core/api/setup.ts';
import { JOIN_CODE_ALPHABET } from '../../core/api/sessions.ts';

/**
 * The one-time code `npm start` prints while the database has no account: with it, the first
 * beheerder can be made from another computer than the server (a headless server, a laptop
 * opened over the LAN). 10 characters of 25: about 46 bits, and the setup is rate-limited.
 */
export function newFirstRunCode(): string {
  return Array.from({ length: SETUP_CODE_LENGTH }, () => JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)]).join('');
}

/** As typed: case and spaces or dashes between groups do not matter. */
export function firstRunCodeMatches(typed: string | undefined, code: string | undefined): boolean {
  if (!typed || !code) return false;
  const a = Buffer.from(typed.toUpperCase().replace(/[\s-]/g, ''));
  const b = Buffer.from(code);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** "ACDE-FGHJ-KM": easier to read off a terminal and type. */
export function formatFirstRunCode(code: string): string {
  return code.match(/.{1,4}/g)!.join('-');
}
