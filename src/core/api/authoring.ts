import { z } from 'zod';
import { LocalizedText } from '../localized-text.ts';
import { Zorgcategorie } from '../zorgcategorie.ts';
import { ScenarioPath } from './api-ids.ts';

/**
 * The wire contract between the editor (src/editor) and the server's authoring routes. Content
 * makers (role `maker`, and beheerders and begeleiders) edit their organisation's drafts; the
 * built-in packs in scenes/ are read-only and can be copied. See docs/api.md.
 *
 * Draft scenarios are plain scenario JSON (src/core/scenario-schema.ts) whose media paths point
 * at the organisation's uploads as `media/<uploadId>.jpg` and `media/<uploadId>-preview.jpg`,
 * so a draft is a scene pack like any other: the checker, the player and publishing read it as is.
 */

export const UploadId = z.string().regex(/^[a-z0-9]{8,40}$/, { error: 'an upload id is 8–40 lowercase letters and digits' });
export const DraftId = z.string().regex(/^[a-z0-9]{8,40}$/, { error: 'a draft id is 8–40 lowercase letters and digits' });

/** A problem with an uploaded file, in plain Dutch first and English alongside (core/photo-intake). */
export const UploadProblem = z.object({
  code: z.string(),
  message: z.object({ nl: z.string(), en: z.string() }),
});
export type UploadProblem = z.infer<typeof UploadProblem>;

/** Where one upload stands: checked at once, derivatives made in the background. */
export const UploadView = z.object({
  id: UploadId,
  fileName: z.string(),
  kind: z.enum(['image', 'video']),
  status: z.enum(['processing', 'ready', 'failed']),
  /** 0…1 while processing; 1 when ready. */
  progress: z.number().min(0).max(1),
  /** Media paths to put in a scenario (relative to the pack folder), once ready. */
  media: z
    .object({
      src: z.string(),
      preview: z.string(),
      width: z.number().int(),
      height: z.number().int(),
    })
    .nullable(),
  /** Set when processing failed after the file was accepted. */
  problem: UploadProblem.nullable(),
  createdAt: z.number(),
});
export type UploadView = z.infer<typeof UploadView>;

export const UploadList = z.object({ uploads: z.array(UploadView) });
export type UploadList = z.infer<typeof UploadList>;

/** Who else has the draft open (seen in the last 30 s); e-mail addresses of colleagues only. */
export const Editor = z.object({ email: z.string(), since: z.number() });

export const DraftSummary = z.object({
  id: DraftId,
  /** Catalog path it is (or will be) published under. */
  path: ScenarioPath,
  title: LocalizedText,
  revision: z.number().int(),
  updatedAt: z.number(),
  updatedBy: z.string(),
  /** The published version the catalog serves now (after a rollback an older one), null when never published. */
  published: z.object({ version: z.string(), at: z.number() }).nullable(),
});
export type DraftSummary = z.infer<typeof DraftSummary>;

export const DraftList = z.object({ drafts: z.array(DraftSummary) });
export type DraftList = z.infer<typeof DraftList>;

export const DraftView = DraftSummary.extend({
  /** The scenario as saved; may be incomplete (the checker says what is missing). */
  scenario: z.unknown(),
  editors: z.array(Editor),
  versions: z.array(z.object({ version: z.string(), at: z.number(), by: z.string() })),
});
export type DraftView = z.infer<typeof DraftView>;

export const CreateDraftBody = z.union([
  /** `zorgcategorie` (added by the server): the folder of the catalog path; default ouderenzorg, editable in the scenario until first published. */
  z.strictObject({ fromUpload: UploadId, title: z.string().trim().min(1).max(120), zorgcategorie: Zorgcategorie.optional() }),
  z.strictObject({ copy: ScenarioPath }),
]);
export type CreateDraftBody = z.infer<typeof CreateDraftBody>;

/** Saving is a compare-and-set on the revision: a save on an older revision is 409 with the current draft. */
export const SaveDraftBody = z.strictObject({ scenario: z.unknown(), baseRevision: z.number().int().min(0) });
export const SaveDraftAnswer = z.object({ revision: z.number().int(), updatedAt: z.number() });

/** `bump` (added by the server): which part of major.minor.patch goes up; default minor (the first version is 1.0.0). */
export const PublishBody = z.strictObject({ baseRevision: z.number().int().min(0), bump: z.enum(['major', 'minor', 'patch']).optional() });
export const PublishAnswer = z.object({ path: ScenarioPath, version: z.string() });

/** A short code a headset types (or a phone scans) to open a draft without logging in. */
export const TryCode = z.object({ code: z.string(), url: z.string(), expiresAt: z.number() });
export type TryCode = z.infer<typeof TryCode>;

// ——— Added by the server half of issue 10 (the shapes the routes answer beyond the ones above) ———

/** `POST /api/authoring/uploads?name=<file name>`: the body is the file itself (any Content-Type), one file per request. */
export const UploadQuery = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, { error: 'name: give the file name, e.g. ?name=gang.jpg' })
    .max(255)
    .regex(/^[^\u0000-\u001f\u007f]+$/, { error: 'name: no control characters' }),
});

/** 422 (or 413 when refused by size before the whole file arrived): nothing was stored. */
export const UploadRefused = z.object({
  error: z.literal('upload-refused'),
  /** Dutch and English in one sentence, for clients that only show `message`. */
  message: z.string(),
  code: z.string(),
  problem: UploadProblem,
});
export type UploadRefused = z.infer<typeof UploadRefused>;

/** 409 on a save or publish on an older revision: the draft as it is now, so nothing is lost. */
export const DraftConflict = z.object({ error: z.literal('revision-conflict'), message: z.string(), draft: DraftView });
export type DraftConflict = z.infer<typeof DraftConflict>;

/** One problem of the checker (src/core/checker.ts), as `npm run scenes:check` prints it. */
export const CheckProblem = z.object({
  file: z.string(),
  /** RFC 6901 JSON pointer into the scenario ('' for the whole file). */
  pointer: z.string(),
  rule: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  fix: z.string(),
});

/** 422 on publish while the checker finds errors; warnings alone do not block. */
export const PublishBlocked = z.object({ error: z.literal('publish-blocked'), message: z.string(), problems: z.array(CheckProblem) });
export type PublishBlocked = z.infer<typeof PublishBlocked>;

export const RollbackBody = z.strictObject({ version: z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'version is "major.minor.patch"' }) });

/** Answer of the presence heartbeat: the other editors seen in the last 30 s. */
export const PresenceAnswer = z.object({ editors: z.array(Editor) });

/**
 * `GET /api/try/:code` (no login): the draft as saved now, and where its media are: the player
 * fetches `${mediaBase}${path}` for each media path of the scenario (`media/<file>`).
 */
export const TryAnswer = z.object({
  path: ScenarioPath,
  revision: z.number().int(),
  scenario: z.unknown(),
  mediaBase: z.string(),
  expiresAt: z.number(),
});
export type TryAnswer = z.infer<typeof TryAnswer>;
