import { z } from 'zod';
import { LocalizedText } from '../localized-text.ts';
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
  /** Newest published version, null when never published. */
  published: z.object({ version: z.string(), at: z.number() }).nullable(),
});
export type DraftSummary = z.infer<typeof DraftSummary>;

export const DraftList = z.object({ drafts: z.array(DraftSummary) });

export const DraftView = DraftSummary.extend({
  /** The scenario as saved; may be incomplete (the checker says what is missing). */
  scenario: z.unknown(),
  editors: z.array(Editor),
  versions: z.array(z.object({ version: z.string(), at: z.number(), by: z.string() })),
});
export type DraftView = z.infer<typeof DraftView>;

export const CreateDraftBody = z.union([
  z.strictObject({ fromUpload: UploadId, title: z.string().trim().min(1).max(120) }),
  z.strictObject({ copy: ScenarioPath }),
]);
export type CreateDraftBody = z.infer<typeof CreateDraftBody>;

/** Saving is a compare-and-set on the revision: a save on an older revision is 409 with the current draft. */
export const SaveDraftBody = z.strictObject({ scenario: z.unknown(), baseRevision: z.number().int().min(0) });
export const SaveDraftAnswer = z.object({ revision: z.number().int(), updatedAt: z.number() });

export const PublishBody = z.strictObject({ baseRevision: z.number().int().min(0) });
export const PublishAnswer = z.object({ path: ScenarioPath, version: z.string() });

/** A short code a headset types (or a phone scans) to open a draft without logging in. */
export const TryCode = z.object({ code: z.string(), url: z.string(), expiresAt: z.number() });
export type TryCode = z.infer<typeof TryCode>;
