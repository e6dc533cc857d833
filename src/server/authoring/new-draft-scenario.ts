import type { Zorgcategorie } from '../../core/zorgcategorie.ts';
import type { UploadRow } from './upload-view.ts';

/**
 * A scenario of one node from an upload: the start of a draft. Deliberately incomplete (no
 * description, professions or levels, no way forward yet): the checker names what is missing,
 * so nothing half-made gets published. Media paths follow the upload's deterministic names, so
 * a draft can be made while its photo is still being processed.
 */
export function newDraftScenario(input: { id: string; title: string; zorgcategorie: Zorgcategorie; upload: UploadRow }): Record<string, unknown> {
  const { upload } = input;
  const src = upload.kind === 'image' ? `media/${upload.id}.jpg` : `media/${upload.id}.${upload.format === 'webm' ? 'webm' : 'mp4'}`;
  return {
    id: input.id,
    version: '0.1.0',
    zorgcategorie: input.zorgcategorie,
    title: { nl: input.title },
    description: { nl: '' },
    beroepen: [],
    niveaus: [],
    startNode: 'start',
    nodes: [
      {
        id: 'start',
        title: { nl: input.title },
        media: { type: upload.kind, src, preview: `media/${upload.id}-preview.jpg` },
        hotspots: [],
      },
    ],
  };
}
