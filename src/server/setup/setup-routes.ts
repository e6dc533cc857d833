import type {} from '@fastify/rate-limit';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Me } from '../../core/api/accounts.ts';
import { SetupBody, type SetupState } from '../../core/api/setup.ts';
import { startFacilitatorSession } from '../facilitator-auth.ts';
import { HttpError, parseInput } from '../http-error.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../security/password.ts';
import type { ServerContext } from '../server-context.ts';
import { firstRunCodeMatches } from './first-run-code.ts';

/**
 * Whether the request comes from the computer the server runs on. A request a proxy forwarded
 * arrives from loopback too, so any forwarding header makes it "not from here".
 */
export function fromLoopback(request: FastifyRequest): boolean {
  const address = request.socket.remoteAddress ?? '';
  const forwarded = request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined || request.headers['x-real-ip'] !== undefined;
  return !forwarded && (address.startsWith('127.') || address === '::1' || address.startsWith('::ffff:127.'));
}

const done = () => new HttpError(404, 'not-found', 'There are accounts already: log in. (The first-run page is gone.)');

async function accountsExist(ctx: ServerContext): Promise<boolean> {
  const any = await ctx.db.selectFrom('facilitators').select('id').limit(1).executeTakeFirst();
  const ran = await ctx.db.selectFrom('first_run').select('id').executeTakeFirst();
  return any !== undefined || ran !== undefined;
}

/**
 * First run without a terminal (issue 12): while there is no account at all, the first
 * beheerder and organisation can be made in the browser, from the server's own computer or with
 * the one-time code `npm start` printed. Once there is an account, both routes answer 404.
 */
export function setupRoutes(app: FastifyInstance, ctx: ServerContext, code: string | undefined, limit: { max: number; timeWindow: number }): void {
  app.get('/api/setup', async (request) => {
    // Says only whether the page is offered, and whether this computer needs the code.
    return { needed: !(await accountsExist(ctx)), codeRequired: !fromLoopback(request) } satisfies SetupState;
  });

  app.post('/api/setup', { config: { rateLimit: { ...limit, keyGenerator: (r) => r.ip } } }, async (request, reply) => {
    const body = parseInput(SetupBody, request.body, 'setup');
    if (await accountsExist(ctx)) throw done();
    if (!fromLoopback(request) && !firstRunCodeMatches(body.code, code)) {
      throw new HttpError(
        403,
        'setup-code',
        'Vul de code in die npm start op de server liet zien, of open deze pagina op die computer zelf. / Enter the code npm start showed on the server, or open this page on that computer.',
      );
    }
    if (body.password.length < MIN_PASSWORD_LENGTH) {
      const message = `a password has at least ${MIN_PASSWORD_LENGTH} characters`;
      throw new HttpError(422, 'invalid-input', `setup: password: ${message}`, { issues: [{ path: 'password', message }] });
    }
    const email = body.email.trim().toLowerCase();
    const passwordHash = await hashPassword(body.password);
    const now = ctx.now();
    const facilitatorId = randomUUID();
    try {
      await ctx.db.transaction().execute(async (trx) => {
        const organisationId = randomUUID();
        // The one row of first_run: a second setup at the same moment fails on its primary key.
        await trx.insertInto('first_run').values({ id: 1, organisation_id: organisationId, done_at: now }).execute();
        if (await trx.selectFrom('facilitators').select('id').limit(1).executeTakeFirst()) throw done();
        await trx
          .insertInto('organisations')
          .values({ id: organisationId, name: body.organisation, default_retention_days: null, created_at: now, profile_max_age_days: null })
          .execute();
        await trx
          .insertInto('facilitators')
          .values({ id: facilitatorId, organisation_id: organisationId, email, password_hash: passwordHash, role: 'beheerder', created_at: now })
          .execute();
      });
    } catch (e) {
      if (e instanceof HttpError) throw e;
      if (await accountsExist(ctx)) throw done();
      throw e;
    }
    await startFacilitatorSession(ctx, reply, facilitatorId);
    reply.code(201);
    return { email, role: 'beheerder', organisation: body.organisation } satisfies Me;
  });
}
