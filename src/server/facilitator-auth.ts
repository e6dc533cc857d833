import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../core/api/sessions.ts';
import { HttpError } from './http-error.ts';
import { streamTag } from './live-hub.ts';
import { hashToken, randomToken } from './security/tokens.ts';
import type { ServerContext } from './server-context.ts';

/** Logged out after 30 minutes without activity, and after 12 hours whatever happens. */
export const IDLE_TIMEOUT_MS = 30 * 60_000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60_000;

export interface Facilitator {
  id: string;
  email: string;
  role: Role;
  organisationId: string;
  organisationName: string;
}

/** `__Host-` binds the cookie to this host and path and demands Secure, so only over HTTPS. */
export function cookieName(ctx: ServerContext): string {
  return ctx.secureCookies ? '__Host-bbvr-session' : 'bbvr-session';
}

export async function startFacilitatorSession(ctx: ServerContext, reply: FastifyReply, facilitatorId: string): Promise<void> {
  const token = randomToken();
  const now = ctx.now();
  await ctx.db
    .insertInto('auth_sessions')
    .values({ id_hash: hashToken(token), facilitator_id: facilitatorId, created_at: now, last_seen_at: now })
    .execute();
  reply.setCookie(cookieName(ctx), token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.secureCookies,
    maxAge: ABSOLUTE_TIMEOUT_MS / 1000,
  });
}

export async function endFacilitatorSession(ctx: ServerContext, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const token = request.cookies[cookieName(ctx)];
  if (token) await endLogin(ctx, hashToken(token));
  reply.clearCookie(cookieName(ctx), { path: '/', secure: ctx.secureCookies, httpOnly: true, sameSite: 'strict' });
}

/** Logged out or expired: the login goes, and so does every live stream opened with it. */
async function endLogin(ctx: ServerContext, idHash: string): Promise<void> {
  await ctx.db.deleteFrom('auth_sessions').where('id_hash', '=', idHash).execute();
  ctx.hub.closeTagged(streamTag.login(idHash));
}

/** The hash under which this request's login is stored (and its streams are tagged), if it has a cookie. */
export function loginIdHash(ctx: ServerContext, request: FastifyRequest): string | undefined {
  const token = request.cookies[cookieName(ctx)];
  return token ? hashToken(token) : undefined;
}

/**
 * The facilitator of a login that is still valid, or null. Changes nothing: a live stream asks
 * this again and again, and watching must not keep a login alive (the dashboard's own reloads do).
 */
export async function validLogin(ctx: ServerContext, idHash: string): Promise<Facilitator | null> {
  const row = await loginRow(ctx, idHash);
  return row && !expired(ctx, row) ? toFacilitator(row) : null;
}

function loginRow(ctx: ServerContext, idHash: string) {
  return ctx.db
    .selectFrom('auth_sessions as a')
    .innerJoin('facilitators as f', 'f.id', 'a.facilitator_id')
    .innerJoin('organisations as o', 'o.id', 'f.organisation_id')
    .select(['a.created_at', 'a.last_seen_at', 'f.id', 'f.email', 'f.role', 'f.organisation_id', 'o.name'])
    .where('a.id_hash', '=', idHash)
    .executeTakeFirst();
}
type LoginRow = NonNullable<Awaited<ReturnType<typeof loginRow>>>;

const expired = (ctx: ServerContext, row: LoginRow) => {
  const now = ctx.now();
  return now - row.last_seen_at > IDLE_TIMEOUT_MS || now - row.created_at > ABSOLUTE_TIMEOUT_MS;
};
const toFacilitator = (row: LoginRow): Facilitator => ({
  id: row.id,
  email: row.email,
  role: row.role,
  organisationId: row.organisation_id,
  organisationName: row.name,
});

/**
 * The logged-in facilitator, or a 401. Slides the idle timeout. A maker account only makes
 * scenarios: it gets 403 here (sessions, exports, profiles); its routes use requireAccount.
 */
export async function requireFacilitator(ctx: ServerContext, request: FastifyRequest, role?: Role): Promise<Facilitator> {
  const account = await requireAccount(ctx, request, role);
  if (account.role === 'maker')
    throw new HttpError(403, 'forbidden', 'A maker account makes scenarios; running sessions needs a begeleider or beheerder account.');
  return account;
}

/** Any logged-in account, makers included (their own account, authoring), or a 401. Slides the idle timeout. */
export async function requireAccount(ctx: ServerContext, request: FastifyRequest, role?: Role): Promise<Facilitator> {
  const idHash = loginIdHash(ctx, request);
  if (!idHash) throw new HttpError(401, 'not-logged-in', 'Log in first (POST /api/auth/login).');
  const row = await loginRow(ctx, idHash);
  if (!row || expired(ctx, row)) {
    if (row) await endLogin(ctx, idHash);
    throw new HttpError(401, 'session-expired', 'Your login has expired. Log in again.');
  }
  const now = ctx.now();
  // Write at most once a minute: the dashboard polls and streams, the database need not hear each one.
  if (now - row.last_seen_at > 60_000) await ctx.db.updateTable('auth_sessions').set({ last_seen_at: now }).where('id_hash', '=', idHash).execute();
  const facilitator = toFacilitator(row);
  if (role && facilitator.role !== role) throw new HttpError(403, 'forbidden', `Only a ${role} can do this.`);
  return facilitator;
}
