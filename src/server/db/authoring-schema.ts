/**
 * Tables of authoring (issue 10): uploads with their derivatives, drafts with a revision for
 * compare-and-set, published versions, who has a draft open, and try-on-a-headset codes.
 * Times in ms since epoch; JSON as text, as in schema.ts.
 */
export interface AuthoringTables {
  uploads: {
    /** UploadId: also the base of its file names in the organisation's media (`<id>.jpg`, `<id>-preview.jpg`). */
    id: string;
    organisation_id: string;
    /** E-mail of the uploader (shown to colleagues; the account may be gone later). */
    created_by: string;
    file_name: string;
    kind: 'image' | 'video';
    /** Format by content (jpeg, png, webp, heif, mp4, webm). */
    format: string;
    status: 'processing' | 'ready' | 'failed';
    /** 0–100. */
    progress: number;
    /** Size of the full derivative; null until ready (0 when a video's size is unknown). */
    width: number | null;
    height: number | null;
    /** File names in the organisation's media once ready, e.g. `abc.jpg` and `abc-preview.jpg`. */
    src_file: string | null;
    preview_file: string | null;
    /** JSON PanoramaPlacement for images. */
    placement: string | null;
    /** Storage key of the original while it is needed (deleted once derivatives exist). */
    original_key: string | null;
    bytes: number;
    /** JSON UploadProblem when processing failed after the file was accepted. */
    problem: string | null;
    created_at: number;
    updated_at: number;
  };
  drafts: {
    /** DraftId. */
    id: string;
    organisation_id: string;
    /** Catalog path "zorgcategorie/id", unique across the server (with the built-in packs checked on create). */
    path: string;
    /** The scenario JSON as last saved (may be incomplete). */
    scenario: string;
    /** Goes up by one with every save: saves are a compare-and-set on it. */
    revision: number;
    created_at: number;
    created_by: string;
    updated_at: number;
    updated_by: string;
    /** Version the catalog serves now (null: never published); a rollback sets an older one. */
    current_version: string | null;
  };
  draft_versions: {
    draft_id: string;
    version: string;
    published_at: number;
    published_by: string;
  };
  draft_presence: {
    draft_id: string;
    facilitator_id: string;
    email: string;
    /** When this editor opened the draft (kept while their heartbeats keep coming). */
    since: number;
    seen_at: number;
  };
  try_codes: {
    code: string;
    draft_id: string;
    organisation_id: string;
    created_at: number;
    expires_at: number;
  };
}
