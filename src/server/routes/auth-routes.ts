import type {} from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { LoginBody } from '../../core/api/sessions.ts';
import { endFacilitatorSession, requireAccount, startFacilitatorSession } from '../facilitator-auth.ts';
import { HttpError, parseInput } from '../http-error.ts';
import { dummyHash, verifyPassword } from '../security/password.ts';
import type { ServerContext } from '../server-context.ts';
import type { Me } from '../../core/api/accounts.ts';

export function authRoutes(app: FastifyInstance, ctx: ServerContext, loginLimit: { max: number; timeWindow: number }): void {
  app.post('/api/auth/login', { config: { rateLimit: { ...loginLimit, keyGenerator: (r) => r.ip } } }, async (request, reply) => {
    const body = parseInput(LoginBody, request.body, 'login');
    const row = await ctx.db.selectFrom('facilitators').select(['id', 'password_hash']).where('email', '=', body.email.toLowerCase()).executeTakeFirst();
    // Always hash, also for an unknown e-mail, so the answer time does not tell which accounts exist.
    const ok = await verifyPassword(body.password, row?.password_hash ?? (await dummyHash()));
    if (!row || !ok) throw new HttpError(401, 'bad-credentials', 'E-mail or password is not right.');
    await startFacilitatorSession(ctx, reply, row.id);
    const me = await ctx.db
      .selectFrom('facilitators as f')
      .innerJoin('organisations as o', 'o.id', 'f.organisation_id')
      .select(['f.email', 'f.role', 'o.name'])
      .where('f.id', '=', row.id)
      .executeTakeFirstOrThrow();
    return { email: me.email, role: me.role, organisation: me.name };
  });

  app.post('/api/auth/logout', async (request, reply) => {
    await endFacilitatorSession(ctx, request, reply);
    return { ok: true };
  });

  app.get('/api/auth/me', async (request) => {
    const f = await requireAccount(ctx, request);
    return { email: f.email, role: f.role, organisation: f.organisationName } satisfies Me;
  });
}
