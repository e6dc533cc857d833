import type { Selectable } from 'kysely';
import type { FaceRegion, FaceReview, UploadProblem, UploadView } from '../../core/api/authoring.ts';
import type { Database } from '../db/schema.ts';

export type UploadRow = Selectable<Database['uploads']>;

export function uploadView(row: UploadRow): UploadView {
  const ready = row.status === 'ready' && row.src_file !== null && (row.preview_file !== null || row.kind === 'audio');
  return {
    id: row.id,
    fileName: row.file_name,
    kind: row.kind,
    status: row.status,
    progress: Math.min(1, Math.max(0, row.progress / 100)),
    media: ready
      ? { src: `media/${row.src_file}`, preview: row.preview_file === null ? null : `media/${row.preview_file}`, width: row.width, height: row.height }
      : null,
    problem: row.problem ? (JSON.parse(row.problem) as UploadProblem) : null,
    faces: faceReview(row),
    createdAt: row.created_at,
  };
}

/** The face review of a photo; null for a video, a copied file or a photo still being prepared. */
export function faceReview(row: UploadRow): FaceReview | null {
  if (row.kind !== 'image' || row.face_status === null) return null;
  return {
    status: row.face_status,
    regions: JSON.parse(row.face_regions ?? '[]') as FaceRegion[],
    confirmedBy: row.faces_confirmed_by,
    confirmedAt: row.faces_confirmed_at,
    originalKeptUntil: row.original_key ? row.original_purge_at : null,
  };
}
