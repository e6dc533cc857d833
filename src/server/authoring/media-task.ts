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
import { makePanoramaDerivatives } from '../../scene-pack/panorama-derivatives.ts';
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
  /** Receives `{ progress }` messages (0…1). */
  port?: MessagePort;
}

export type MediaJob = InspectJob | DeriveJob;

// libvips threads per image in this worker: fewer leaves cores for the server's own requests.
const threads = (workerData as { sharpThreads?: number } | undefined)?.sharpThreads;
if (threads) sharp.concurrency(threads);
sharp.cache(false);

export async function runMediaJob(job: MediaJob): Promise<UploadFacts | { width: number; height: number }> {
  if (job.type === 'inspect') return uploadFacts(job.file, job.fileName, job.bytes);
  try {
    return await makePanoramaDerivatives({ ...job, onProgress: (progress) => job.port?.postMessage({ progress }) });
  } finally {
    job.port?.close();
  }
}
