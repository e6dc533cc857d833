import type {} from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { TeamSubmitBody, type TeamProfileView } from '../../core/api/profiles.ts';
import { stampReviews } from '../../core/profiles/review-stamps.ts';
import { HttpError, parseInput } from '../http-error.ts';
import { bearerToken } from '../participant-auth.ts';
import { hashToken } from '../security/tokens.ts';
import type { ServerContext } from '../server-context.ts';
import { checkedProfileInput } from './profile-input.ts';
import { blockViews, checksOf, profileMaxAgeDays, readStoredProfile, today, type ProfileRow } from './profile-repository.ts';

/**
 * The team's side: a link from the beheerder opens one profile, without an account. The link's
 * token (in the page address after #, sent as a bearer token, never in a URL the server logs)
 * reaches only that profile; it expires and can be revoked. What the team sends waits for the
 * beheerder as a proposal; the published profile does not change.
 */
export function teamLinkRoutes(app: FastifyInstance, ctx: ServerContext, limit: { max: number; timeWindow: number }): void {
  const rateLimit = { config: { rateLimit: { ...limit, keyGenerator: (r: FastifyRequest) => r.ip } } };

  async function linkedProfile(request: FastifyRequest): Promise<{ row: ProfileRow; organisation: string; expiresAt: number }> {
    const token = bearerToken(request);
    if (!token) throw new HttpError(401, 'no-link', 'Open the page with the link you were sent.');
    const found = await ctx.db
      .selectFrom('profile_links as l')
      .innerJoin('organisation_profiles as p', 'p.id', 'l.profile_row_id')
      .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
      .selectAll('p')
      .select(['l.expires_at as link_expires_at', 'l.revoked_at as link_revoked_at', 'o.name as organisation_name'])
      .where('l.token_hash', '=', hashToken(token))
      .executeTakeFirst();
    if (!found)
      throw new HttpError(
        401,
        'unknown-link',
        'Deze link werkt niet (meer). Vraag de beheerder om een nieuwe. / This link does not work (any more); ask for a new one.',
      );
    if (found.link_revoked_at !== null)
      throw new HttpError(401, 'link-revoked', 'Deze link is ingetrokken. Vraag de beheerder om een nieuwe. / This link was revoked; ask for a new one.');
    if (found.link_expires_at <= ctx.now())
      throw new HttpError(401, 'link-expired', 'Deze link is verlopen. Vraag de beheerder om een nieuwe. / This link has expired; ask for a new one.');
    const { link_expires_at, link_revoked_at: _r, organisation_name, ...row } = found;
    return { row, organisation: organisation_name, expiresAt: link_expires_at };
  }

  async function view(row: ProfileRow, organisation: string, expiresAt: number): Promise<TeamProfileView> {
    const maxAgeDays = await profileMaxAgeDays(ctx, row.organisation_id);
    const day = today(ctx);
    const published = readStoredProfile(row.published);
    const base = row.proposal !== null ? 'proposal' : published ? 'published' : 'empty';
    return {
      organisation,
      id: row.profile_id,
      teamName: row.team_name,
      profile: row.proposal !== null ? (JSON.parse(row.proposal) as unknown) : row.published !== null ? (JSON.parse(row.published) as unknown) : null,
      base,
      proposal: row.proposal_status ? { status: row.proposal_status, submittedAt: row.proposal_at ?? row.updated_at, returnMessage: row.return_message } : null,
      blocks: blockViews(published, checksOf(row), day, maxAgeDays),
      expiresAt,
      today: day,
      maxAgeDays,
    };
  }

  app.get('/api/team/profile', rateLimit, async (request) => {
    const { row, organisation, expiresAt } = await linkedProfile(request);
    return view(row, organisation, expiresAt);
  });

  app.put('/api/team/profile', rateLimit, async (request) => {
    const { row, organisation, expiresAt } = await linkedProfile(request);
    const body = parseInput(TeamSubmitBody, request.body, 'profile');
    const maxAgeDays = await profileMaxAgeDays(ctx, row.organisation_id);
    const { profile } = await checkedProfileInput(ctx, body.profile, 'profile', maxAgeDays);
    // The link opens this one profile: it cannot write another.
    if (profile.id !== row.profile_id) throw new HttpError(403, 'other-profile', `This link is for profile "${row.profile_id}" only.`);
    const stamped = stampReviews(readStoredProfile(row.published), profile, today(ctx), body.confirmed);
    const now = ctx.now();
    await ctx.db
      .updateTable('organisation_profiles')
      .set({
        proposal: JSON.stringify(stamped.profile),
        proposal_status: 'pending',
        proposal_at: now,
        proposal_checked: JSON.stringify(stamped.checked),
        proposal_note: body.note,
        proposal_base_revision: row.revision,
        return_message: null,
        updated_at: now,
      })
      .where('id', '=', row.id)
      .execute();
    const fresh = await ctx.db.selectFrom('organisation_profiles').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
    return view(fresh, organisation, expiresAt);
  });
}
