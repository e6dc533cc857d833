import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import {
  ConfirmBody,
  ImportProfilesBody,
  NewProfileBody,
  NewTeamLinkBody,
  PublishProposalBody,
  ReturnProposalBody,
  SaveProfileBody,
  type BlockCheck,
  type ProfileOverview,
  type ProfileSaved,
} from '../../core/api/profiles.ts';
import { VOLATILE_BLOCKS } from '../../core/leerwerkplaats-schema.ts';
import { confirmBlocks, stampReviews } from '../../core/profiles/review-stamps.ts';
import { requireFacilitator, type Facilitator } from '../facilitator-auth.ts';
import { HttpError, parseInput } from '../http-error.ts';
import { hashToken, randomToken } from '../security/tokens.ts';
import type { ServerContext } from '../server-context.ts';
import { checkedProfileInput, profileWarnings } from './profile-input.ts';
import {
  blockViews,
  checksOf,
  ownProfileRow,
  profileDetail,
  profileFileText,
  profileMaxAgeDays,
  proposalChecked,
  readStoredProfile,
  today,
  withChecks,
  type ProfileRow,
} from './profile-repository.ts';

const DAY_MS = 24 * 60 * 60_000;

type Params = { Params: { id: string } };

/**
 * The beheerder's side of the organisation's own profiles: overview, form, import and export,
 * "nog steeds juist", the team's proposals and team links. Only a beheerder (403 otherwise), and
 * only the own organisation's profiles (404 for another's, as if it did not exist).
 */
export function profileRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const beheerder = (request: Parameters<typeof requireFacilitator>[1]) => requireFacilitator(ctx, request, 'beheerder');
  const byAccount = (f: Facilitator): BlockCheck => ({ at: ctx.now(), by: { kind: 'account', label: f.email } });

  async function saved(f: Facilitator, profileId: string): Promise<ProfileSaved> {
    const row = await ownProfileRow(ctx, f.organisationId, profileId);
    const published = readStoredProfile(row.published);
    const maxAgeDays = await profileMaxAgeDays(ctx, f.organisationId);
    return {
      detail: await profileDetail(ctx, row, f.organisationName),
      warnings: published ? profileWarnings(ctx, published, await ctx.scenarios.paths(), maxAgeDays) : [],
    };
  }

  /** Writes only when the row is still at `revision`: two beheerders saving at once cannot overwrite each other unseen. */
  async function update(row: ProfileRow, revision: number, values: Partial<ProfileRow>, f: Facilitator): Promise<void> {
    const result = await ctx.db
      .updateTable('organisation_profiles')
      .set({ ...values, revision: revision + 1, updated_at: ctx.now(), updated_by: f.email })
      .where('id', '=', row.id)
      .where('revision', '=', revision)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) {
      throw new HttpError(409, 'revision-conflict', 'Someone else saved this profile meanwhile; open it again to see their version.');
    }
  }

  app.get('/api/profiles', async (request) => {
    const f = await beheerder(request);
    const maxAgeDays = await profileMaxAgeDays(ctx, f.organisationId);
    const day = today(ctx);
    const rows = await ctx.db.selectFrom('organisation_profiles').selectAll().where('organisation_id', '=', f.organisationId).orderBy('team_name').execute();
    const links = await ctx.db
      .selectFrom('profile_links as l')
      .innerJoin('organisation_profiles as p', 'p.id', 'l.profile_row_id')
      .select('l.profile_row_id')
      .where('p.organisation_id', '=', f.organisationId)
      .where('l.revoked_at', 'is', null)
      .where('l.expires_at', '>', ctx.now())
      .execute();
    const builtIn = await ctx.scenarios.profiles();
    const ownIds = new Set(rows.map((r) => r.profile_id));
    return {
      organisation: f.organisationName,
      today: day,
      maxAgeDays,
      profiles: rows.map((row) => {
        const profile = readStoredProfile(row.published);
        const blocks = blockViews(profile, checksOf(row), day, maxAgeDays);
        return {
          id: row.profile_id,
          teamName: row.team_name,
          location: profile ? `${profile.stable.location.name}, ${profile.stable.location.plaats}` : null,
          published: profile !== null,
          revision: row.revision,
          updatedAt: row.updated_at,
          blocks,
          stale: blocks.some((b) => b.stale),
          proposal: row.proposal_status ? { status: row.proposal_status, submittedAt: row.proposal_at ?? row.updated_at } : null,
          activeLinks: links.filter((l) => l.profile_row_id === row.id).length,
        };
      }),
      builtIn: builtIn.map((p) => ({ id: p.id, teamName: p.stable.team.name.nl, organisation: p.stable.organisation.name, shadowed: ownIds.has(p.id) })),
    } satisfies ProfileOverview;
  });

  app.post('/api/profiles', async (request, reply) => {
    const f = await beheerder(request);
    const body = parseInput(NewProfileBody, request.body, 'profile');
    await insertProfile(f, body.id, body.teamName, null, '{}');
    reply.code(201);
    return saved(f, body.id);
  });

  async function insertProfile(f: Facilitator, profileId: string, teamName: string, published: string | null, checks: string): Promise<void> {
    const exists = await ctx.db
      .selectFrom('organisation_profiles')
      .select('id')
      .where('organisation_id', '=', f.organisationId)
      .where('profile_id', '=', profileId)
      .executeTakeFirst();
    if (exists) throw new HttpError(409, 'profile-exists', `There is already a profile "${profileId}"; choose another id.`, { conflicts: [profileId] });
    const now = ctx.now();
    await ctx.db
      .insertInto('organisation_profiles')
      .values({
        id: randomUUID(),
        organisation_id: f.organisationId,
        profile_id: profileId,
        team_name: teamName,
        published,
        checks,
        revision: 1,
        proposal: null,
        proposal_status: null,
        proposal_at: null,
        proposal_checked: null,
        proposal_note: null,
        proposal_base_revision: null,
        return_message: null,
        created_at: now,
        created_by: f.email,
        updated_at: now,
        updated_by: f.email,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  app.get<Params>('/api/profiles/:id', async (request) => {
    const f = await beheerder(request);
    const row = await ownProfileRow(ctx, f.organisationId, request.params.id);
    return profileDetail(ctx, row, f.organisationName);
  });

  /** The beheerder's form: saving publishes. Changed blocks are checked today, by this account. */
  app.put<Params>('/api/profiles/:id', async (request) => {
    const f = await beheerder(request);
    const row = await ownProfileRow(ctx, f.organisationId, request.params.id);
    const body = parseInput(SaveProfileBody, request.body, 'profile');
    const maxAgeDays = await profileMaxAgeDays(ctx, f.organisationId);
    const { profile } = await checkedProfileInput(ctx, body.profile, 'profile', maxAgeDays);
    if (profile.id !== row.profile_id) {
      throw new HttpError(422, 'invalid-profile', `profile/id: is "${profile.id}", but this is profile "${row.profile_id}"`, {
        issues: [{ path: 'profile/id', message: `must be "${row.profile_id}"` }],
      });
    }
    if (body.revision !== row.revision)
      throw new HttpError(409, 'revision-conflict', 'Someone else saved this profile meanwhile; open it again to see their version.');
    const stamped = stampReviews(readStoredProfile(row.published), profile, today(ctx));
    await update(
      row,
      body.revision,
      { published: JSON.stringify(stamped.profile), team_name: profile.stable.team.name.nl, checks: withChecks(checksOf(row), stamped.checked, byAccount(f)) },
      f,
    );
    return saved(f, row.profile_id);
  });

  app.delete<Params>('/api/profiles/:id', async (request) => {
    const f = await beheerder(request);
    const row = await ownProfileRow(ctx, f.organisationId, request.params.id);
    await ctx.db.deleteFrom('organisation_profiles').where('id', '=', row.id).execute();
    return { deleted: row.profile_id };
  });

  /** "Nog steeds juist": the blocks are checked today, by this account; no fact changes. */
  app.post<Params>('/api/profiles/:id/confirm', async (request) => {
    const f = await beheerder(request);
    const row = await ownProfileRow(ctx, f.organisationId, request.params.id);
    const body = parseInput(ConfirmBody, request.body ?? {}, 'confirm');
    const published = readStoredProfile(row.published);
    if (!published) throw new HttpError(409, 'not-published', 'This profile has not been filled in yet; there is nothing to confirm.');
    const confirmed = confirmBlocks(published, body.blocks ?? VOLATILE_BLOCKS, today(ctx));
    await update(row, row.revision, { published: JSON.stringify(confirmed.profile), checks: withChecks(checksOf(row), confirmed.checked, byAccount(f)) }, f);
    return saved(f, row.profile_id);
  });

  /** The team's version becomes the published profile; the blocks the team checked count as checked by the team. */
  app.post<Params>('/api/profiles/:id/proposal/publish', async (request) => {
    const f = await beheerder(request);
    const row = await ownProfileRow(ctx, f.organisationId, request.params.id);
    parseInput(PublishProposalBody, request.body ?? {}, 'publish');
    if (row.proposal === null || row.proposal_status !== 'pending')
      throw new HttpError(409, 'no-proposal', 'There is no change from the team waiting for you.');
    const maxAgeDays = await profileMaxAgeDays(ctx, f.organisationId);
    // Checked again: the scenario it links may have gone since the team sent it.
    const { profile } = await checkedProfileInput(ctx, JSON.parse(row.proposal) as unknown, 'proposal', maxAgeDays);
    const team: BlockCheck = { at: row.proposal_at ?? ctx.now(), by: { kind: 'team-link', label: 'team' } };
    await update(
      row,
      row.revision,
      {
        published: JSON.stringify(profile),
        team_name: profile.stable.team.name.nl,
        checks: withChecks(checksOf(row), proposalChecked(row), team),
        proposal: null,
        proposal_status: null,
        proposal_at: null,
        proposal_checked: null,
        proposal_note: null,
        proposal_base_revision: null,
        return_message: null,
      },
      f,
    );
    return saved(f, row.profile_id);
  });

  /** Sends the team's version back with a message; the team sees it through its link and can send it again. */
  app.post<Params>('/api/profiles/:id/proposal/return', async (request) => {
    const f = await beheerder(request);
    const row = await ownProfileRow(ctx, f.organisationId, request.params.id);
    const { message } = parseInput(ReturnProposalBody, request.body, 'return');
    if (row.proposal === null || row.proposal_status !== 'pending')
      throw new HttpError(409, 'no-proposal', 'There is no change from the team waiting for you.');
    await ctx.db
      .updateTable('organisation_profiles')
      .set({ proposal_status: 'returned', return_message: message, updated_at: ctx.now(), updated_by: f.email })
      .where('id', '=', row.id)
      .execute();
    return saved(f, row.profile_id);
  });

  app.post<Params>('/api/profiles/:id/links', async (request, reply) => {
    const f = await beheerder(request);
    const row = await ownProfileRow(ctx, f.organisationId, request.params.id);
    const { days } = parseInput(NewTeamLinkBody, request.body, 'link');
    const token = randomToken();
    const now = ctx.now();
    const link = { id: randomUUID(), created_by: f.email, created_at: now, expires_at: now + days * DAY_MS, revoked_at: null };
    await ctx.db
      .insertInto('profile_links')
      .values({ ...link, token_hash: hashToken(token), profile_row_id: row.id })
      .execute();
    reply.code(201);
    // The token is shown once; only its hash is kept.
    return { link: { id: link.id, createdAt: now, createdBy: f.email, expiresAt: link.expires_at, revokedAt: null }, token };
  });

  app.delete<{ Params: { id: string; linkId: string } }>('/api/profiles/:id/links/:linkId', async (request) => {
    const f = await beheerder(request);
    const row = await ownProfileRow(ctx, f.organisationId, request.params.id);
    // Link ids are UUIDs; anything else is no link (and PostgreSQL cannot compare text holding NUL).
    if (!/^[0-9a-f-]{36}$/.test(request.params.linkId)) throw new HttpError(404, 'not-found', 'No such link.');
    const result = await ctx.db
      .updateTable('profile_links')
      .set({ revoked_at: ctx.now() })
      .where('id', '=', request.params.linkId)
      .where('profile_row_id', '=', row.id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new HttpError(404, 'not-found', 'No such link (or it was revoked already).');
    return { revoked: request.params.linkId };
  });

  /** One profile as a file (`<id>.json`), exactly the format `scenes:check` checks. */
  app.get<Params>('/api/profiles/:id/file', async (request, reply) => {
    const f = await beheerder(request);
    const row = await ownProfileRow(ctx, f.organisationId, request.params.id);
    const profile = readStoredProfile(row.published);
    if (!profile) throw new HttpError(404, 'not-found', 'This profile has not been filled in yet.');
    reply.type('application/json; charset=utf-8').header('Content-Disposition', `attachment; filename="${row.profile_id}.json"`);
    return profileFileText(profile);
  });

  /** Every published profile at once: `{ profiles: [...] }`, which the import takes as well. */
  // A profile id has no dot, so this address never hides a profile.
  app.get('/api/profiles/export.json', async (request, reply) => {
    const f = await beheerder(request);
    const rows = await ctx.db
      .selectFrom('organisation_profiles')
      .select(['published'])
      .where('organisation_id', '=', f.organisationId)
      .orderBy('profile_id')
      .execute();
    const profiles = rows.flatMap((r) => {
      const p = readStoredProfile(r.published);
      return p ? [JSON.parse(profileFileText(p)) as unknown] : [];
    });
    reply.header('Content-Disposition', 'attachment; filename="leerwerkplaatsprofielen.json"');
    return { profiles };
  });

  /**
   * Profiles as files (any format version this app reads). All or nothing: one profile with an
   * error stores none. Their `reviewedAt` dates are kept as the files say; who checked is "import".
   */
  app.post('/api/profiles/import', async (request) => {
    const f = await beheerder(request);
    const body = parseInput(ImportProfilesBody, request.body, 'import');
    const maxAgeDays = await profileMaxAgeDays(ctx, f.organisationId);
    const checked: Awaited<ReturnType<typeof checkedProfileInput>>[] = [];
    for (const [i, raw] of body.profiles.entries()) checked.push(await checkedProfileInput(ctx, raw, `profiles/${i}`, maxAgeDays));
    const ids = checked.map((c) => c.profile.id);
    const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (twice.length)
      throw new HttpError(422, 'invalid-input', `import: the id "${twice[0]}" is in the import more than once`, { conflicts: [...new Set(twice)] });
    const existing = await ctx.db
      .selectFrom('organisation_profiles')
      .selectAll()
      .where('organisation_id', '=', f.organisationId)
      .where('profile_id', 'in', ids)
      .execute();
    if (existing.length && !body.replace) {
      throw new HttpError(409, 'profile-exists', `${existing.length} profile(s) exist already; import again with replace to overwrite them.`, {
        conflicts: existing.map((r) => r.profile_id),
      });
    }
    const imported: { id: string; created: boolean }[] = [];
    const check: BlockCheck = { at: ctx.now(), by: { kind: 'import', label: f.email } };
    await ctx.db.transaction().execute(async (trx) => {
      for (const { profile } of checked) {
        const row = existing.find((r) => r.profile_id === profile.id);
        const blocks = VOLATILE_BLOCKS.filter((b) => profile.volatile[b] !== undefined);
        const values = { published: JSON.stringify(profile), team_name: profile.stable.team.name.nl, updated_at: ctx.now(), updated_by: f.email };
        if (row) {
          await trx
            .updateTable('organisation_profiles')
            .set({ ...values, checks: withChecks({}, blocks, check), revision: row.revision + 1 })
            .where('id', '=', row.id)
            .execute();
        } else {
          await trx
            .insertInto('organisation_profiles')
            .values({
              ...values,
              id: randomUUID(),
              organisation_id: f.organisationId,
              profile_id: profile.id,
              checks: withChecks({}, blocks, check),
              revision: 1,
              proposal: null,
              proposal_status: null,
              proposal_at: null,
              proposal_checked: null,
              proposal_note: null,
              proposal_base_revision: null,
              return_message: null,
              created_at: ctx.now(),
              created_by: f.email,
            })
            .execute();
        }
        imported.push({ id: profile.id, created: !row });
      }
    });
    return { imported, warnings: checked.flatMap((c) => c.warnings.map((w) => ({ ...w, pointer: `${c.profile.id}${w.pointer}` }))) };
  });
}
