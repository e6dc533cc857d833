import { z } from 'zod';
import { ScenarioPath } from './api-ids.ts';

/** The three moments the app is used for (PRODUCT.md). */
export const SESSION_MODES = ['intake', 'sollicitatie', 'werkveldorientatie'] as const;
export const SessionMode = z.enum(SESSION_MODES);
export type SessionMode = z.infer<typeof SessionMode>;

/**
 * A beheerder manages accounts and settings, a begeleider runs sessions, a maker only makes
 * scenarios (the editor); beheerders and begeleiders may make scenarios too.
 */
export const ROLES = ['beheerder', 'begeleider', 'maker'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** Days a session's data is kept when the facilitator does not choose (sollicitatie: 28, as the issue asks). */
export const DEFAULT_RETENTION_DAYS: Record<SessionMode, number> = { intake: 28, sollicitatie: 28, werkveldorientatie: 7 };
export const MAX_RETENTION_DAYS = 365;

/** Join codes use characters nobody confuses when read aloud or off a projector (no 0/O, 1/I/L, 2/Z, 5/S, 8/B). */
export const JOIN_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const JOIN_CODE_LENGTH = 6;

export const LoginBody = z.strictObject({
  email: z.email({ error: 'email must be an e-mail address' }).max(254),
  password: z.string().min(1, { error: 'password is empty' }).max(1024),
});

export const CreateSessionBody = z.strictObject({
  mode: SessionMode,
  /** Optional label the facilitator chooses (e.g. "Open dag 12 maart"); not for candidate names. */
  title: z.string().trim().max(80, { error: 'title is at most 80 characters' }).optional(),
  scenarios: z.array(ScenarioPath).min(1, { error: 'choose at least one scenario' }).max(50),
  retentionDays: z.number().int().min(1).max(MAX_RETENTION_DAYS).optional(),
  /** Hours the join code stays valid (default 12). */
  joinHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 14)
    .optional(),
});
export type CreateSessionBody = z.infer<typeof CreateSessionBody>;

export const SessionStatus = z.enum(['open', 'ended', 'archived']);
export type SessionStatus = z.infer<typeof SessionStatus>;

export const SessionView = z.strictObject({
  id: z.string(),
  mode: SessionMode,
  title: z.string().nullable(),
  scenarios: z.array(z.string()),
  retentionDays: z.number().int(),
  status: SessionStatus,
  joinCode: z.string().nullable(),
  joinCodeExpiresAt: z.number().nullable(),
  createdAt: z.number(),
  /** When the session and everything in it is erased. */
  purgeAt: z.number(),
  participantCount: z.number().int(),
});
export type SessionView = z.infer<typeof SessionView>;

export const UpdateSessionBody = z.strictObject({ status: SessionStatus });

export const JoinBody = z.strictObject({
  code: z
    .string()
    .transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
    .pipe(z.string().length(JOIN_CODE_LENGTH, { error: `a join code has ${JOIN_CODE_LENGTH} characters` })),
});

/** What a device gets on joining: enough to show the notice and play, offline from then on. */
export const JoinResponse = z.strictObject({
  token: z.string(),
  participantCode: z.string(),
  session: z.strictObject({
    id: z.string(),
    mode: SessionMode,
    organisation: z.string(),
    scenarios: z.array(z.string()),
    retentionDays: z.number().int(),
    purgeAt: z.number(),
    /** The version of each scenario when the session was made: the device plays that one (/scenes/<path>/versions/<version>/scenario.json). */
    scenarioVersions: z.record(z.string(), z.string()).optional(),
  }),
});
export type JoinResponse = z.infer<typeof JoinResponse>;

export const OrganisationSettingsBody = z.strictObject({
  defaultRetentionDays: z.number().int().min(1).max(MAX_RETENTION_DAYS),
});

/** Answer of GET /api/sessions. Answers are not strict: a server that adds a field must not break an open dashboard. */
export const SessionList = z.object({ sessions: z.array(SessionView) });
export type SessionList = z.infer<typeof SessionList>;

export const ParticipantView = z.object({
  code: z.string(),
  joinedAt: z.number(),
  lastSeenAt: z.number(),
  consentedAt: z.number().nullable(),
});
export type ParticipantView = z.infer<typeof ParticipantView>;

/** Answer of GET /api/sessions/:id. */
export const SessionDetail = z.object({ session: SessionView, participants: z.array(ParticipantView) });
export type SessionDetail = z.infer<typeof SessionDetail>;
