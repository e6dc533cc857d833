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

// ——— Faces and badges (issue 11) ———

/**
 * A region of a photo to blur: a face found by the detector or a face, badge, screen or paper the
 * maker added. Degrees on the panorama (core/faces/sphere-box.ts): centre yaw/pitch and its extent;
 * `width` may carry it across the ±180° seam; 360 wide means round a pole.
 */
export const FaceRegion = z.strictObject({
  id: z.string().regex(/^[a-z0-9]{4,24}$/, { error: 'a region id is 4–24 lowercase letters and digits' }),
  yaw: z.number().min(-180).max(180),
  pitch: z.number().min(-90).max(90),
  width: z.number().gt(0).max(360),
  height: z.number().gt(0).max(180),
  source: z.enum(['detected', 'added']),
  /** The detector's certainty (0…1) for a detected region; null for an added one. */
  score: z.number().min(0).max(1).nullable(),
  /** A suggestion waits for the maker; accepted ones are blurred; removed ones are not (kept so the list can show them). */
  status: z.enum(['suggested', 'accepted', 'removed']),
});
export type FaceRegion = z.infer<typeof FaceRegion>;

/**
 * The face review of one photo. `detecting` while the detector runs; `review` until the maker
 * confirms (every region not removed is blurred meanwhile, suggestions too); `confirmed` once the
 * maker said the regions are right: the derivatives are made again from the kept original with
 * the blur, and the unblurred original is deleted; `expired` when the maker did not confirm
 * within the retention limit: the original was deleted, the suggested blur stays.
 */
export const FaceReview = z.object({
  status: z.enum(['detecting', 'review', 'confirmed', 'expired']),
  regions: z.array(FaceRegion),
  confirmedBy: z.string().nullable(),
  confirmedAt: z.number().nullable(),
  /** Until when the unblurred original is kept for changes (then purged); null once it is gone. */
  originalKeptUntil: z.number().nullable(),
});
export type FaceReview = z.infer<typeof FaceReview>;

/**
 * `PUT /api/authoring/uploads/:id/faces`: the regions as the maker left them; the derivatives are
 * made again with them blurred. `confirm: true` ends the review: no suggestion may be left open.
 */
export const SaveFacesBody = z.strictObject({
  regions: z.array(FaceRegion).max(200, { error: 'regions: at most 200 per photo' }),
  confirm: z.boolean(),
});
export type SaveFacesBody = z.infer<typeof SaveFacesBody>;

/**
 * The maker's statement, per photo of a published version, that the people shown consented
 * (`consent`) or are blurred (`blurred`): who, when. Stored with the version; a scene pack's
 * manifest carries it (optional list per media file).
 */
export const ConsentConfirmation = z.object({
  /** Media path in the scenario, e.g. `media/<upload>.jpg`. */
  file: z.string(),
  confirmedBy: z.string(),
  confirmedAt: z.number(),
  kind: z.enum(['consent', 'blurred']),
});
export type ConsentConfirmation = z.infer<typeof ConsentConfirmation>;

/** What the maker ticks per photo when publishing; the server adds who and when. */
export const ConsentChoice = z.strictObject({ file: z.string().min(1), kind: z.enum(['consent', 'blurred']) });
export type ConsentChoice = z.infer<typeof ConsentChoice>;

/** 422 on publish while a photo lacks its consent confirmation (or says blurred before its faces were confirmed). */
export const ConsentMissing = z.object({
  error: z.literal('consent-missing'),
  message: z.string(),
  /** Media paths of the photos that still need a confirmation, with why. */
  files: z.array(z.object({ file: z.string(), reason: z.enum(['no-confirmation', 'faces-not-confirmed']) })),
});
export type ConsentMissing = z.infer<typeof ConsentMissing>;

/** Where one upload stands: checked at once, derivatives made in the background. */
export const UploadView = z.object({
  id: UploadId,
  fileName: z.string(),
  /** audio: a narration recorded or uploaded for a node (`?purpose=narration`). */
  kind: z.enum(['image', 'video', 'audio']),
  status: z.enum(['processing', 'ready', 'failed']),
  /** 0…1 while processing; 1 when ready. */
  progress: z.number().min(0).max(1),
  /** Media paths to put in a scenario (relative to the pack folder), once ready. */
  media: z
    .object({
      src: z.string(),
      /** null for audio. */
      preview: z.string().nullable(),
      width: z.number().int().nullable(),
      height: z.number().int().nullable(),
    })
    .nullable(),
  /** Set when processing failed after the file was accepted. */
  problem: UploadProblem.nullable(),
  /** Photos only: the faces found and the maker's review of them. */
  faces: FaceReview.nullable(),
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
  versions: z.array(z.object({ version: z.string(), at: z.number(), by: z.string(), consents: z.array(ConsentConfirmation) })),
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
export const PublishBody = z.strictObject({
  baseRevision: z.number().int().min(0),
  bump: z.enum(['major', 'minor', 'patch']).optional(),
  /** One per photo the scenario shows (its `src`): see ConsentChoice. Publishing refuses (422 consent-missing) without. */
  consents: z.array(ConsentChoice).max(500).optional(),
});
export const PublishAnswer = z.object({ path: ScenarioPath, version: z.string() });

/** A short code a headset types (or a phone scans) to open a draft without logging in. */
export const TryCode = z.object({ code: z.string(), url: z.string(), expiresAt: z.number() });
export type TryCode = z.infer<typeof TryCode>;

/** `POST /api/authoring/uploads?name=<file name>`: the body is the file itself (any Content-Type), one file per request. */
export const UploadQuery = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, { error: 'name: give the file name, e.g. ?name=gang.jpg' })
    .max(255)
    .regex(/^[^\u0000-\u001f\u007f]+$/, { error: 'name: no control characters' }),
  /** scene (default): a 360° photo or video; narration: a sound file for a node's captions. */
  purpose: z.enum(['scene', 'narration']).default('scene'),
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
  /** Dutch (the editor's words) and English, the same the CLI prints. */
  message: z.object({ nl: z.string(), en: z.string() }),
  fix: z.object({ nl: z.string(), en: z.string() }),
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
