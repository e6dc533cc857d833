import { z } from 'zod';
import { VOLATILE_BLOCKS } from '../leerwerkplaats-schema.ts';

/**
 * The wire contract of an organisation's own leerwerkplaatsprofielen (issue 12): the beheerder's
 * overview and form, team links, and what a team sees and sends through its link. A profile
 * travels as the JSON of the file format (docs/leerwerkplaatsprofiel-format.md), `unknown` on the
 * wire and read with core/read-content (upgrade + schema), so an exported profile is a file the
 * checker checks. Answers are not strict: a server that adds a field must not break an open page.
 */

/** A profile id: lowercase letters, digits and hyphens, as the file name (scenes/leerwerkplaatsen/<id>.json). */
export const ProfileId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: 'a profile id uses lowercase letters, digits and hyphens, e.g. "chirurgie-3b"' });

export const VolatileBlockName = z.enum(VOLATILE_BLOCKS);

/** Six months: the seeds' "sommige informatie kan snel verouderen", and the checker's default. */
export const DEFAULT_PROFILE_MAX_AGE_DAYS = 183;
export const MAX_PROFILE_MAX_AGE_DAYS = 730;

/** Who last checked a volatile block: an account (its e-mail), the team through its link, or an imported file. */
export const BlockCheck = z.object({
  at: z.number(),
  by: z.object({ kind: z.enum(['account', 'team-link', 'import']), label: z.string() }),
});
export type BlockCheck = z.infer<typeof BlockCheck>;
export const BlockChecks = z.partialRecord(VolatileBlockName, BlockCheck);
export type BlockChecks = z.infer<typeof BlockChecks>;

/** Where a volatile block stands on the organisation's limit. */
export const BlockAgeView = z.object({
  block: VolatileBlockName,
  reviewedAt: z.string(),
  ageDays: z.number().int(),
  stale: z.boolean(),
  check: BlockCheck.nullable(),
});
export type BlockAgeView = z.infer<typeof BlockAgeView>;

export const ProposalStatus = z.enum(['pending', 'returned']);

/** One row of the beheerder's overview. */
export const ProfileSummary = z.object({
  id: z.string(),
  /** The team's name (the published profile's, else the name given when the team was added). */
  teamName: z.string(),
  location: z.string().nullable(),
  published: z.boolean(),
  revision: z.number().int(),
  updatedAt: z.number(),
  blocks: z.array(BlockAgeView),
  stale: z.boolean(),
  proposal: z.object({ status: ProposalStatus, submittedAt: z.number() }).nullable(),
  activeLinks: z.number().int(),
});
export type ProfileSummary = z.infer<typeof ProfileSummary>;

/** Answer of GET /api/profiles. */
export const ProfileOverview = z.object({
  organisation: z.string(),
  today: z.string(),
  maxAgeDays: z.number().int(),
  profiles: z.array(ProfileSummary),
  /** The read-only profiles shipped with the app (scenes/leerwerkplaatsen), for reference and to copy. */
  builtIn: z.array(z.object({ id: z.string(), teamName: z.string(), organisation: z.string(), shadowed: z.boolean() })),
});
export type ProfileOverview = z.infer<typeof ProfileOverview>;

export const TeamLinkView = z.object({
  id: z.string(),
  createdAt: z.number(),
  createdBy: z.string(),
  expiresAt: z.number(),
  revokedAt: z.number().nullable(),
});
export type TeamLinkView = z.infer<typeof TeamLinkView>;

export const ProposalView = z.object({
  status: ProposalStatus,
  profile: z.unknown(),
  submittedAt: z.number(),
  /** Blocks the team changed or said are still right. */
  checked: z.array(VolatileBlockName),
  note: z.string(),
  returnMessage: z.string().nullable(),
  /** The published revision the team started from: when it differs from `revision`, the beheerder changed the profile meanwhile. */
  baseRevision: z.number().int(),
});
export type ProposalView = z.infer<typeof ProposalView>;

/** Answer of GET /api/profiles/:id. */
export const ProfileDetail = z.object({
  id: z.string(),
  teamName: z.string(),
  organisation: z.string(),
  profile: z.unknown().nullable(),
  revision: z.number().int(),
  blocks: z.array(BlockAgeView),
  proposal: ProposalView.nullable(),
  links: z.array(TeamLinkView),
  today: z.string(),
  maxAgeDays: z.number().int(),
});
export type ProfileDetail = z.infer<typeof ProfileDetail>;

/** A problem the checker found in a saved profile that does not block saving (a stale block, missing English). */
export const ProfileWarning = z.object({ pointer: z.string(), message: z.object({ nl: z.string(), en: z.string() }) });
export type ProfileWarning = z.infer<typeof ProfileWarning>;

/** Answer of every write that stores a profile. */
export const ProfileSaved = z.object({ detail: ProfileDetail, warnings: z.array(ProfileWarning) });
export type ProfileSaved = z.infer<typeof ProfileSaved>;

const TeamName = z
  .string()
  .trim()
  .min(1, { error: 'give the team a name' })
  .max(120)
  .regex(/^[^\u0000-\u001f\u007f]*$/, { error: 'a name is one line without control characters' });

/** POST /api/profiles: a new team, to fill in here or through a team link. */
export const NewProfileBody = z.strictObject({ id: ProfileId, teamName: TeamName });

/** PUT /api/profiles/:id: the beheerder saves (publishes) the form. `revision` is the one the form started from. */
export const SaveProfileBody = z.strictObject({ profile: z.unknown(), revision: z.number().int().nonnegative() });

/** POST /api/profiles/import: profiles as files (any format version this app reads). */
export const ImportProfilesBody = z.strictObject({
  profiles: z.array(z.unknown()).min(1, { error: 'choose at least one profile' }).max(200),
  /** Replace profiles with the same id; without it, an existing id is a 409. */
  replace: z.boolean().default(false),
});

/** POST /api/profiles/:id/confirm: "nog steeds juist" for these blocks (default: all the profile has). */
export const ConfirmBody = z.strictObject({ blocks: z.array(VolatileBlockName).min(1).max(VOLATILE_BLOCKS.length).optional() });

export const PublishProposalBody = z.strictObject({});

const Message = z
  .string()
  .trim()
  .max(1000)
  .regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, { error: 'no control characters' });

/** POST /api/profiles/:id/proposal/return: send the team's change back, saying why. */
export const ReturnProposalBody = z.strictObject({ message: Message.min(1, { error: 'say what the team should change' }) });

/** POST /api/profiles/:id/links: a link for the team, valid this many days. */
export const NewTeamLinkBody = z.strictObject({ days: z.number().int().min(1).max(60) });
export const NewTeamLinkAnswer = z.object({ link: TeamLinkView, token: z.string() });

// ---- the team's side (Authorization: Bearer <link token>) ----------------------------------

/** Answer of GET /api/team/profile. */
export const TeamProfileView = z.object({
  organisation: z.string(),
  id: z.string(),
  teamName: z.string(),
  /** What the form starts from: the team's own proposal when there is one, else the published profile, else null (fill it in). */
  profile: z.unknown().nullable(),
  base: z.enum(['proposal', 'published', 'empty']),
  proposal: z.object({ status: ProposalStatus, submittedAt: z.number(), returnMessage: z.string().nullable() }).nullable(),
  blocks: z.array(BlockAgeView),
  expiresAt: z.number(),
  today: z.string(),
  maxAgeDays: z.number().int(),
});
export type TeamProfileView = z.infer<typeof TeamProfileView>;

/** PUT /api/team/profile: the team's version, waiting for the beheerder. */
export const TeamSubmitBody = z.strictObject({
  profile: z.unknown(),
  /** Blocks the team says are still right without changing them. */
  confirmed: z.array(VolatileBlockName).max(VOLATILE_BLOCKS.length).default([]),
  note: Message.default(''),
});
