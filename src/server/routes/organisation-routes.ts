import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { OrganisationSettingsBody, Role } from '../../core/api/sessions.ts';
import { addFacilitator } from '../accounts.ts';
import { requireAccount, requireFacilitator } from '../facilitator-auth.ts';
import { HttpError, parseInput } from '../http-error.ts';
import { MIN_PASSWORD_LENGTH } from '../security/password.ts';
import type { ServerContext } from '../server-context.ts';
import type { Organisation } from '../../core/api/accounts.ts';

const NewFacilitatorBody = z.strictObject({
  email: z.email().max(254),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, { error: `a password has at least ${MIN_PASSWORD_LENGTH} characters` })
    .max(1024),
  role: Role,
});

export function organisationRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get('/api/organisation', async (request) => {
    const f = await requireAccount(ctx, request);
    const org = await ctx.db.selectFrom('organisations').selectAll().where('id', '=', f.organisationId).executeTakeFirstOrThrow();
    return { name: org.name, defaultRetentionDays: org.default_retention_days } satisfies Organisation;
  });

  /** The beheerder sets how long sessions keep their data unless a session says otherwise. */
  app.put('/api/organisation/settings', async (request) => {
    const f = await requireFacilitator(ctx, request, 'beheerder');
    const body = parseInput(OrganisationSettingsBody, request.body, 'settings');
    await ctx.db.updateTable('organisations').set({ default_retention_days: body.defaultRetentionDays }).where('id', '=', f.organisationId).execute();
    return { defaultRetentionDays: body.defaultRetentionDays };
  });

  app.post('/api/organisation/facilitators', async (request, reply) => {
    const f = await requireFacilitator(ctx, request, 'beheerder');
    const body = parseInput(NewFacilitatorBody, request.body, 'facilitator');
    try {
      await addFacilitator(ctx.db, { ...body, organisation: f.organisationName }, ctx.now());
    } catch (e) {
      throw new HttpError(409, 'cannot-add', (e as Error).message);
    }
    reply.code(201);
    return { email: body.email.toLowerCase(), role: body.role };
  });
}
