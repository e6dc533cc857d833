import type { Selectable } from 'kysely';
import type { UploadProblem, UploadView } from '../../core/api/authoring.ts';
import type { Database } from '../db/schema.ts';

export type UploadRow = Selectable<Database['uploads']>;

export function uploadView(row: UploadRow): UploadView {
  const ready = row.status === 'ready' && row.src_file !== null && row.preview_file !== null;
  return {
    id: row.id,
    fileName: row.file_name,
    kind: row.kind,
    status: row.status,
    progress: Math.min(1, Math.max(0, row.progress / 100)),
    media: ready ? { src: `media/${row.src_file}`, preview: `media/${row.preview_file}`, width: row.width ?? 0, height: row.height ?? 0 } : null,
    problem: row.problem ? (JSON.parse(row.problem) as UploadProblem) : null,
    createdAt: row.created_at,
  };
}
