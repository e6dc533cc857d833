/**
 * What the media worker threads do (media-worker.mjs loads this): the CPU-heavy parts of intake,
 * kept off the server's event loop: reading an upload whole (HEIC is decoded in WebAssembly,
 * which blocks its thread) and making a panorama's derivatives.
 */
import type { MessagePort } from 'node:worker_threads';
import { workerData } from 'node:worker_threads';
import sharp from 'sharp';
import type { UploadFacts } from '../../core/photo-intake/intake-rules.ts';
import type { PanoramaPlacement } from '../../core/photo-intake/panorama-placement.ts';
import type { ScoredBox } from '../../core/faces/merge-boxes.ts';
import type { RawImage } from '../../core/faces/render-view.ts';
import type { SphereBox } from '../../core/faces/sphere-box.ts';
import { derivativesFromMaster, makePanoramaDerivatives } from '../../scene-pack/panorama-derivatives.ts';
import { detectFaces } from './face-detector.ts';
import { uploadFacts } from '../../scene-pack/upload-facts.ts';

export interface InspectJob {
  type: 'inspect';
  file: string;
  fileName: string;
  bytes: number;
}

export interface DeriveJob {
  type: 'derive-image';
  input: string;
  format: 'jpeg' | 'png' | 'webp' | 'heif';
  placement: PanoramaPlacement;
  full: string;
  preview: string;
  maxWidth: number;
  /** When set, only the unblurred master is written here (full and preview come later from it). */
  master?: string;
  /** Receives `{ progress }` messages (0…1). */
  port?: MessagePort;
}

/** Faces in a master (see DeriveJob.master), in this worker thread (the model runs in WebAssembly). */
export interface DetectJob {
  type: 'detect-faces';
  master: string;
  port?: MessagePort;
}

/** The served files from a master with the regions blurred. */
export interface BlurDeriveJob {
  type: 'derive-from-master';
  master: string;
  blur: SphereBox[];
  full: string;
  preview: string;
  port?: MessagePort;
}

export type MediaJob = InspectJob | DeriveJob | DetectJob | BlurDeriveJob;

// libvips threads per image in this worker: fewer leaves cores for the server's own requests.
const threads = (workerData as { sharpThreads?: number } | undefined)?.sharpThreads;
if (threads) sharp.concurrency(threads);
sharp.cache(false);

export async function runMediaJob(job: MediaJob): Promise<UploadFacts | { width: number; height: number } | ScoredBox[]> {
  if (job.type === 'inspect') return uploadFacts(job.file, job.fileName, job.bytes);
  const onProgress = (progress: number) => job.port?.postMessage({ progress });
  try {
    if (job.type === 'detect-faces') return await detectFaces((width) => readScaled(job.master, width), onProgress);
    if (job.type === 'derive-from-master') return await derivativesFromMaster({ ...job, onProgress });
    return await makePanoramaDerivatives({ ...job, onProgress });
  } finally {
    job.port?.close();
  }
}

/** The master scaled to `width` (2:1), RGB, for the detector. */
async function readScaled(file: string, width: number): Promise<RawImage> {
  const { data, info } = await sharp(file)
    .removeAlpha()
    .resize(width, width / 2, { fit: 'fill' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength), width: info.width, height: info.height, channels: 3 };
}
