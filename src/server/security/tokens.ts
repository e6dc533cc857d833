import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: for cookies and device tokens. */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored hashed: a copy of the database does not let anyone act as a device or facilitator. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
