import { create } from 'zustand';
import type { FaceRegion, UploadView } from '../../core/api/authoring.ts';

/**
 * The face regions of the photo under review, shared by the review panel (the list, with
 * keyboard access) and the stage (the boxes drawn on the sphere). `shown` counts the saves per
 * upload, so the stage loads the newly blurred image instead of the cached one.
 */
interface FaceReviewState {
  uploadId: string | null;
  regions: FaceRegion[];
  selectedId: string | null;
  /** Changed since the last save. */
  dirty: boolean;
  shown: Record<string, number>;
  load(upload: UploadView): void;
  setRegions(regions: FaceRegion[]): void;
  select(id: string | null): void;
  saved(upload: UploadView): void;
}

export const useFaceReview = create<FaceReviewState>((set) => ({
  uploadId: null,
  regions: [],
  selectedId: null,
  dirty: false,
  shown: {},
  load: (upload) => set({ uploadId: upload.id, regions: upload.faces?.regions ?? [], selectedId: null, dirty: false }),
  setRegions: (regions) => set({ regions, dirty: true }),
  select: (selectedId) => set({ selectedId }),
  saved: (upload) =>
    set((s) => ({
      uploadId: upload.id,
      regions: upload.faces?.regions ?? [],
      dirty: false,
      shown: { ...s.shown, [upload.id]: (s.shown[upload.id] ?? 0) + 1 },
    })),
}));

/** The upload a media path (`media/<upload>.jpg`) of the draft comes from. */
export function uploadOfMedia(uploads: readonly UploadView[], src: string): UploadView | undefined {
  return uploads.find((u) => u.media?.src === src);
}
