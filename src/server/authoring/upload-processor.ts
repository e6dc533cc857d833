import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import type { Kysely } from 'kysely';
import { Piscina } from 'piscina';
import type { UploadProblem } from '../../core/api/authoring.ts';
import type { UploadFacts } from '../../core/photo-intake/intake-rules.ts';
import type { PanoramaPlacement } from '../../core/photo-intake/panorama-placement.ts';
import { FULL_MAX_WIDTH } from '../../scene-pack/panorama-sizes.ts';
import { makeVideoPreview } from '../../scene-pack/video-preview.ts';
import type { Database } from '../db/schema.ts';
import type { DeriveJob, InspectJob } from './media-task.ts';
import { mediaKey, newMediaId, originalKey } from './media-keys.ts';
import type { MediaStorage } from './media-storage.ts';

export interface ProcessorOptions {
  /** Worker threads making derivatives (default 1: the other core keeps answering requests). */
  threads?: number;
  /** libvips threads per image in a worker (default 1, for the same reason). */
  sharpThreads?: number;
  maxWidth?: number;
}

const WORKER = fileURLToPath(new URL('./media-worker.mjs', import.meta.url));
/** Progress is written to the database at most this often per upload. */
const PROGRESS_EVERY_MS = 250;

const FAILED: UploadProblem = {
  code: 'processing-failed',
  message: {
    nl: 'Deze foto kon niet worden verwerkt. Exporteer hem opnieuw (JPEG, 2 keer zo breed als hoog) en upload hem nog eens.',
    en: 'This photo could not be processed. Export it again (JPEG, twice as wide as high) and upload it once more.',
  },
};

/**
 * Turns accepted uploads into the files a scene uses, in the background: panoramas in worker
 * threads (piscina), one upload at a time, so the server keeps answering while a large photo is
 * processed; progress goes to the database, where GET /api/authoring/uploads/:id reads it. The
 * original is deleted once the derivatives are stored. Uploads left half-done by a restart are
 * picked up again by `resume()`.
 */
export class UploadProcessor {
  private derivePool: Piscina | undefined;
  private inspectPool: Piscina | undefined;
  private queue: Promise<void> = Promise.resolve();
  private pending = 0;
  private closed = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly storage: MediaStorage,
    private readonly workDir: string,
    private readonly now: () => number,
    private readonly options: ProcessorOptions = {},
    private readonly log: (msg: string) => void = () => {},
  ) {}

  private pool(kind: 'derive' | 'inspect'): Piscina {
    const make = () =>
      new Piscina({
        filename: WORKER,
        minThreads: 0,
        maxThreads: kind === 'derive' ? (this.options.threads ?? 1) : 1,
        idleTimeout: 30_000,
        workerData: { sharpThreads: this.options.sharpThreads ?? 1 },
      });
    if (kind === 'derive') return (this.derivePool ??= make());
    return (this.inspectPool ??= make());
  }

  /** What an uploaded file is, read in a worker thread (a full decode, HEIC included). */
  inspect(file: string, fileName: string, bytes: number): Promise<UploadFacts> {
    const job: InspectJob = { type: 'inspect', file, fileName, bytes };
    return this.pool('inspect').run(job) as Promise<UploadFacts>;
  }

  /** Makes the derivatives of an accepted upload after the ones queued before it. */
  enqueue(uploadId: string): void {
    this.pending++;
    this.queue = this.queue
      .then(() => (this.closed ? undefined : this.process(uploadId)))
      .catch((e: Error) => this.log(`upload ${uploadId}: ${e.message}`))
      .finally(() => this.pending--);
  }

  /** Resolves once every queued upload has been processed (tests and benchmarks). */
  async idle(): Promise<void> {
    while (this.pending > 0) await this.queue;
  }

  /** Queues the uploads a restart interrupted (still processing, original still there). */
  async resume(): Promise<void> {
    const rows = await this.db.selectFrom('uploads').select('id').where('status', '=', 'processing').orderBy('created_at').execute();
    for (const r of rows) this.enqueue(r.id);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([this.derivePool?.destroy(), this.inspectPool?.destroy()]);
  }

  private async process(uploadId: string): Promise<void> {
    const row = await this.db.selectFrom('uploads').selectAll().where('id', '=', uploadId).executeTakeFirst();
    if (!row || row.status !== 'processing') return;
    const work = join(this.workDir, `${uploadId}-${newMediaId()}`);
    await mkdir(work, { recursive: true });
    try {
      if (!row.original_key || (await this.storage.size(row.original_key)) === undefined) throw new Error('the original is gone');
      const result = row.kind === 'image' ? await this.deriveImage(row, work) : await this.deriveVideo(row, work);
      await this.db
        .updateTable('uploads')
        .set({
          status: 'ready',
          progress: 100,
          width: result.width,
          height: result.height,
          src_file: result.src,
          preview_file: result.preview,
          original_key: null,
          updated_at: this.now(),
        })
        .where('id', '=', uploadId)
        .execute();
      await this.storage.delete(originalKey(row.organisation_id, uploadId));
    } catch (e) {
      // Stopped by a shutdown: left as processing, with its original, for resume() at the next start.
      if (this.closed) return;
      this.log(`upload ${uploadId} (${row.file_name}) failed: ${e instanceof Error ? e.message : String(e)}`);
      await this.db
        .updateTable('uploads')
        .set({ status: 'failed', problem: JSON.stringify(FAILED), original_key: null, updated_at: this.now() })
        .where('id', '=', uploadId)
        .execute();
      await this.storage.delete(originalKey(row.organisation_id, uploadId));
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }

  private async deriveImage(row: { id: string; organisation_id: string; format: string; placement: string | null }, work: string) {
    const original = originalKey(row.organisation_id, row.id);
    let input = await this.storage.localPath(original);
    if (!input) {
      input = join(work, 'original');
      await this.storage.copyToFile(original, input);
    }
    const { port1, port2 } = new MessageChannel();
    let lastWrite = 0;
    port1.on('message', (m: { progress: number }) => {
      const t = Date.now();
      if (t - lastWrite < PROGRESS_EVERY_MS || m.progress >= 1) return;
      lastWrite = t;
      // Never 100 here: ready is set with the files in place.
      void this.db
        .updateTable('uploads')
        .set({ progress: Math.min(95, Math.round(m.progress * 100)), updated_at: this.now() })
        .where('id', '=', row.id)
        .where('status', '=', 'processing')
        .execute()
        .catch(() => {});
    });
    const job: DeriveJob = {
      type: 'derive-image',
      input,
      format: row.format as DeriveJob['format'],
      placement: JSON.parse(row.placement ?? 'null') as PanoramaPlacement,
      full: join(work, 'full.jpg'),
      preview: join(work, 'preview.jpg'),
      maxWidth: this.options.maxWidth ?? FULL_MAX_WIDTH,
      port: port2,
    };
    try {
      const size = (await this.pool('derive').run(job, { transferList: [port2] })) as { width: number; height: number };
      const src = `${row.id}.jpg`;
      const preview = `${row.id}-preview.jpg`;
      await this.storage.putFile(mediaKey(row.organisation_id, preview), job.preview);
      await this.storage.putFile(mediaKey(row.organisation_id, src), job.full);
      return { ...size, src, preview };
    } finally {
      port1.close();
    }
  }

  /** A video is served as uploaded (no transcoding); its preview is a frame when ffmpeg is there. */
  private async deriveVideo(row: { id: string; organisation_id: string; format: string }, work: string) {
    const src = `${row.id}.${row.format === 'webm' ? 'webm' : 'mp4'}`;
    const preview = `${row.id}-preview.jpg`;
    const original = originalKey(row.organisation_id, row.id);
    // The same bytes become the served file: moved, not copied, when the storage is on this disk.
    const local = await this.storage.localPath(original);
    if (local) await this.storage.putFile(mediaKey(row.organisation_id, src), local);
    else {
      await this.storage.copyToFile(original, join(work, src));
      await this.storage.putFile(mediaKey(row.organisation_id, src), join(work, src));
    }
    let video = await this.storage.localPath(mediaKey(row.organisation_id, src));
    if (!video) {
      video = join(work, src);
      await this.storage.copyToFile(mediaKey(row.organisation_id, src), video);
    }
    const made = await makeVideoPreview(video, join(work, 'preview.jpg'));
    await this.storage.putFile(mediaKey(row.organisation_id, preview), join(work, 'preview.jpg'));
    return { width: made.width ?? 0, height: made.height ?? 0, src, preview };
  }
}
