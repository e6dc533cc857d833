import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { OrganisationSettingsBody, Role } from '../../core/api/sessions.ts';
import { addFacilitator } from '../accounts.ts';
import { requireAccount, requireFacilitator } from '../facilitator-auth.ts';
import { HttpError, parseInput } from '../http-error.ts';
import { MIN_PASSWORD_LENGTH } from '../security/password.ts';
import type { ServerContext } from '../server-context.ts';
import type { AccountView, Organisation } from '../../core/api/accounts.ts';
import { DEFAULT_PROFILE_MAX_AGE_DAYS } from '../../core/api/profiles.ts';

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
    return {
      name: org.name,
      defaultRetentionDays: org.default_retention_days,
      profileMaxAgeDays: org.profile_max_age_days ?? DEFAULT_PROFILE_MAX_AGE_DAYS,
    } satisfies Organisation;
  });

  /**
   * The beheerder sets how long sessions keep their data unless a session says otherwise, and
   * after how many days a profile's volatile block counts as not checked recently.
   */
  app.put('/api/organisation/settings', async (request) => {
    const f = await requireFacilitator(ctx, request, 'beheerder');
    const body = parseInput(OrganisationSettingsBody, request.body, 'settings');
    await ctx.db
      .updateTable('organisations')
      .set({
        ...(body.defaultRetentionDays !== undefined ? { default_retention_days: body.defaultRetentionDays } : {}),
        ...(body.profileMaxAgeDays !== undefined ? { profile_max_age_days: body.profileMaxAgeDays } : {}),
      })
      .where('id', '=', f.organisationId)
      .execute();
    return body;
  });

  /** The organisation's accounts, for the beheerder who adds begeleiders and makers. */
  app.get('/api/organisation/facilitators', async (request) => {
    const f = await requireFacilitator(ctx, request, 'beheerder');
    const rows = await ctx.db
      .selectFrom('facilitators')
      .select(['email', 'role', 'created_at'])
      .where('organisation_id', '=', f.organisationId)
      .orderBy('created_at')
      .execute();
    return { accounts: rows.map((r) => ({ email: r.email, role: r.role, createdAt: r.created_at }) satisfies AccountView) };
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
