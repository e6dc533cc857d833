import type { Selectable } from 'kysely';
import {
  BlockChecks,
  DEFAULT_PROFILE_MAX_AGE_DAYS,
  type BlockAgeView,
  type BlockCheck,
  type ProfileDetail,
  type ProposalView,
} from '../../core/api/profiles.ts';
import type { Leerwerkplaats, VolatileBlock } from '../../core/leerwerkplaats-schema.ts';
import { dutchDate } from '../../core/profiles/dutch-date.ts';
import { blockAges } from '../../core/profiles/review-stamps.ts';
import { readLeerwerkplaats } from '../../core/read-leerwerkplaats.ts';
import type { Database } from '../db/schema.ts';
import { HttpError } from '../http-error.ts';
import type { ServerContext } from '../server-context.ts';

export type ProfileRow = Selectable<Database['organisation_profiles']>;

const PROFILE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** A profile of this organisation, or 404: also when it belongs to another one, so ids cannot be probed. */
export async function ownProfileRow(ctx: ServerContext, organisationId: string, profileId: string): Promise<ProfileRow> {
  if (!PROFILE_ID.test(profileId)) throw new HttpError(404, 'not-found', 'No such profile.');
  const row = await ctx.db
    .selectFrom('organisation_profiles')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('profile_id', '=', profileId)
    .executeTakeFirst();
  if (!row) throw new HttpError(404, 'not-found', 'No such profile.');
  return row;
}

/** Stored JSON read the way every reader reads a profile (format upgrade, then schema); null when absent or unreadable. */
export function readStoredProfile(json: string | null): Leerwerkplaats | null {
  if (json === null) return null;
  const read = readLeerwerkplaats(JSON.parse(json) as unknown);
  return read.ok ? read.value : null;
}

export function checksOf(row: Pick<ProfileRow, 'checks'>): BlockChecks {
  const parsed = BlockChecks.safeParse(JSON.parse(row.checks));
  return parsed.success ? parsed.data : {};
}

export function withChecks(checks: BlockChecks, blocks: readonly VolatileBlock[], check: BlockCheck): string {
  const next: BlockChecks = { ...checks };
  for (const b of blocks) next[b] = check;
  return JSON.stringify(next);
}

/** The organisation's limit in days for "checked recently" (six months unless the beheerder set another). */
export async function profileMaxAgeDays(ctx: ServerContext, organisationId: string): Promise<number> {
  const org = await ctx.db.selectFrom('organisations').select('profile_max_age_days').where('id', '=', organisationId).executeTakeFirst();
  return org?.profile_max_age_days ?? DEFAULT_PROFILE_MAX_AGE_DAYS;
}

export function today(ctx: ServerContext): string {
  return dutchDate(ctx.now());
}

export function blockViews(profile: Leerwerkplaats | null, checks: BlockChecks, day: string, maxAgeDays: number): BlockAgeView[] {
  if (!profile) return [];
  return blockAges(profile, day, maxAgeDays).map((a) => ({ ...a, check: checks[a.block] ?? null }));
}

/** Blocks a proposal says were checked, as stored (a JSON list). */
export function proposalChecked(row: Pick<ProfileRow, 'proposal_checked'>): VolatileBlock[] {
  return row.proposal_checked ? (JSON.parse(row.proposal_checked) as VolatileBlock[]) : [];
}

export function proposalView(row: ProfileRow): ProposalView | null {
  if (row.proposal === null || row.proposal_status === null) return null;
  return {
    status: row.proposal_status,
    profile: JSON.parse(row.proposal) as unknown,
    submittedAt: row.proposal_at ?? row.updated_at,
    checked: proposalChecked(row),
    note: row.proposal_note ?? '',
    returnMessage: row.return_message,
    baseRevision: row.proposal_base_revision ?? row.revision,
  };
}

/** Everything the beheerder's form page shows about one profile. */
export async function profileDetail(ctx: ServerContext, row: ProfileRow, organisation: string): Promise<ProfileDetail> {
  const maxAgeDays = await profileMaxAgeDays(ctx, row.organisation_id);
  const day = today(ctx);
  const links = await ctx.db
    .selectFrom('profile_links')
    .select(['id', 'created_at', 'created_by', 'expires_at', 'revoked_at'])
    .where('profile_row_id', '=', row.id)
    .orderBy('created_at', 'desc')
    .execute();
  const published = row.published === null ? null : (JSON.parse(row.published) as unknown);
  return {
    id: row.profile_id,
    teamName: row.team_name,
    organisation,
    profile: published,
    revision: row.revision,
    blocks: blockViews(readStoredProfile(row.published), checksOf(row), day, maxAgeDays),
    proposal: proposalView(row),
    links: links.map((l) => ({ id: l.id, createdAt: l.created_at, createdBy: l.created_by, expiresAt: l.expires_at, revokedAt: l.revoked_at })),
    today: day,
    maxAgeDays,
  };
}

/** The profile as a file: the format's JSON with the schema line first, as under scenes/leerwerkplaatsen. */
export function profileFileText(profile: Leerwerkplaats): string {
  const { formatVersion, id, stable, volatile } = profile;
  return `${JSON.stringify({ $schema: './leerwerkplaats.schema.json', formatVersion, id, stable, volatile }, null, 2)}\n`;
}
