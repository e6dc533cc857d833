import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import type { Kysely } from 'kysely';
import { Piscina } from 'piscina';
import type { FaceRegion, UploadProblem } from '../../core/api/authoring.ts';
import type { ScoredBox } from '../../core/faces/merge-boxes.ts';
import type { SphereBox } from '../../core/faces/sphere-box.ts';
import type { UploadFacts } from '../../core/photo-intake/intake-rules.ts';
import type { PanoramaPlacement } from '../../core/photo-intake/panorama-placement.ts';
import { FULL_MAX_WIDTH } from '../../scene-pack/panorama-sizes.ts';
import { NARRATION_EXTENSIONS, type NarrationFormat } from '../../core/photo-intake/narration-rules.ts';
import { makeVideoPreview } from '../../scene-pack/video-preview.ts';
import type { Database } from '../db/schema.ts';
import type { BlurDeriveJob, DeriveJob, DetectJob, InspectJob } from './media-task.ts';
import type { UploadRow } from './upload-view.ts';
import { masterKey, mediaKey, newMediaId, originalKey } from './media-keys.ts';
import type { MediaStorage } from './media-storage.ts';

export interface ProcessorOptions {
  /** Worker threads making derivatives (default 1: the other core keeps answering requests). */
  threads?: number;
  /** libvips threads per image in a worker (default 1, for the same reason). */
  sharpThreads?: number;
  maxWidth?: number;
  /**
   * Look for faces in every photo (default true). Off only for tests of other things: the model
   * takes seconds per photo on one thread. Without it a photo still waits for the maker's review.
   */
  detectFaces?: boolean;
  /** How long an unconfirmed photo's unblurred original is kept (default 14 days), then purged. */
  keepOriginalMs?: number;
}

/** The unblurred original is kept this long for the face review, at most. */
export const KEEP_ORIGINAL_MS = 14 * 24 * 60 * 60 * 1000;

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
 * processed; progress goes to the database, where GET /api/authoring/uploads/:id reads it.
 * Uploads left half-done by a restart are picked up again by `resume()`.
 *
 * A photo goes: original → master (the placed 2:1 image, unblurred, private, `<upload>-master`
 * next to the original, which is then deleted) → faces found in the master → full image and preview made from
 * the master with every region blurred. The master stays (never served) while the maker reviews
 * the regions; each change makes the derivatives again from it (`rederive`); once the maker
 * confirms, or after `keepOriginalMs`, it is deleted. A video's original becomes its served file.
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
      // A photo's original stays (private) for the face review; a video's or sound's goes now.
      const image = row.kind === 'image';
      const result = image ? await this.processImage(row, work) : row.kind === 'video' ? await this.deriveVideo(row, work) : await this.keepSound(row, work);
      await this.db
        .updateTable('uploads')
        .set({
          status: 'ready',
          progress: 100,
          width: result.width,
          height: result.height,
          src_file: result.src,
          preview_file: result.preview,
          ...(image ? { original_purge_at: this.now() + (this.options.keepOriginalMs ?? KEEP_ORIGINAL_MS) } : { original_key: null }),
          updated_at: this.now(),
        })
        .where('id', '=', uploadId)
        .execute();
      if (!image) await this.storage.delete(originalKey(row.organisation_id, uploadId));
      return;
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
      await this.storage.delete(masterKey(row.organisation_id, uploadId));
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }

  /** Master (once), faces (once), then the derivatives with the regions blurred. */
  private async processImage(row: UploadRow, work: string) {
    const original = originalKey(row.organisation_id, row.id);
    const key = masterKey(row.organisation_id, row.id);
    if (row.face_status === null) {
      const input = await this.local(original, join(work, 'original'));
      const job: DeriveJob = {
        type: 'derive-image',
        input,
        format: row.format as DeriveJob['format'],
        placement: JSON.parse(row.placement ?? 'null') as PanoramaPlacement,
        full: join(work, 'unused-full.jpg'),
        preview: join(work, 'unused-preview.jpg'),
        master: join(work, 'master.jpg'),
        maxWidth: this.options.maxWidth ?? FULL_MAX_WIDTH,
      };
      await this.runWithProgress(row.id, job, 0, 0.15);
      await this.storage.putFile(key, job.master!);
      // From here on a restart starts from the master; the original is no longer needed.
      await this.db.updateTable('uploads').set({ face_status: 'detecting', original_key: key, updated_at: this.now() }).where('id', '=', row.id).execute();
      row = { ...row, face_status: 'detecting', original_key: key };
    }
    // Also after a restart between the update above and this delete.
    await this.storage.delete(original);
    const master = await this.local(key, join(work, 'master.jpg'));
    if (row.face_status === 'detecting') {
      let regions: FaceRegion[] = [];
      if (this.options.detectFaces ?? true) {
        const job: DetectJob = { type: 'detect-faces', master };
        const boxes = (await this.runWithProgress(row.id, job, 0.15, 0.85)) as ScoredBox[];
        regions = boxes.map((b) => ({
          ...roundBox(b),
          id: newMediaId().slice(0, 12),
          source: 'detected',
          score: Math.round(b.score * 1000) / 1000,
          status: 'suggested',
        }));
      }
      await this.db
        .updateTable('uploads')
        .set({ face_status: 'review', face_regions: JSON.stringify(regions), updated_at: this.now() })
        .where('id', '=', row.id)
        .execute();
      row = { ...row, face_status: 'review', face_regions: JSON.stringify(regions) };
    }
    return this.deriveFromMaster(row, master, work, 0.85);
  }

  /** The served files from the master, every region that is not removed blurred. */
  private async deriveFromMaster(row: UploadRow, master: string, work: string, from: number) {
    const regions = JSON.parse(row.face_regions ?? '[]') as FaceRegion[];
    const job: BlurDeriveJob = {
      type: 'derive-from-master',
      master,
      blur: regions.filter((r) => r.status !== 'removed').map(({ yaw, pitch, width, height }) => ({ yaw, pitch, width, height })),
      full: join(work, 'full.jpg'),
      preview: join(work, 'preview.jpg'),
    };
    const size = (await this.runWithProgress(row.id, job, from, 1)) as { width: number; height: number };
    const src = `${row.id}.jpg`;
    const preview = `${row.id}-preview.jpg`;
    await this.storage.putFile(mediaKey(row.organisation_id, preview), job.preview);
    await this.storage.putFile(mediaKey(row.organisation_id, src), job.full);
    return { ...size, src, preview };
  }

  /**
   * Makes a ready photo's derivatives again from its master with the regions as stored now (after
   * the maker changed them), after the uploads queued before it; once the faces are confirmed the
   * master is deleted. Resolves when done.
   */
  rederive(uploadId: string): Promise<void> {
    this.pending++;
    const run = this.queue.then(async () => {
      const row = await this.db.selectFrom('uploads').selectAll().where('id', '=', uploadId).executeTakeFirst();
      if (!row || row.status !== 'ready' || !row.original_key) return;
      const work = join(this.workDir, `${uploadId}-${newMediaId()}`);
      await mkdir(work, { recursive: true });
      try {
        const master = await this.local(row.original_key, join(work, 'master.jpg'));
        await this.deriveFromMaster(row, master, work, 1);
        if (row.face_status === 'confirmed') {
          await this.db
            .updateTable('uploads')
            .set({ original_key: null, original_purge_at: null, updated_at: this.now() })
            .where('id', '=', uploadId)
            .execute();
          await this.storage.delete(row.original_key);
        }
      } finally {
        await rm(work, { recursive: true, force: true });
      }
    });
    this.queue = run.catch((e: Error) => this.log(`upload ${uploadId}: ${e.message}`)).finally(() => this.pending--);
    return run;
  }

  /**
   * The retention limit of unblurred originals: a photo whose faces were not confirmed in time
   * loses its master; its derivatives keep every region that was not removed blurred.
   */
  async purgeOriginals(): Promise<number> {
    const due = await this.db
      .selectFrom('uploads')
      .select(['id', 'original_key', 'face_status'])
      .where('original_purge_at', '<=', this.now())
      .where('status', '=', 'ready')
      .execute();
    for (const row of due) {
      if (row.original_key) await this.storage.delete(row.original_key);
      await this.db
        .updateTable('uploads')
        .set({ original_key: null, original_purge_at: null, face_status: row.face_status === 'confirmed' ? 'confirmed' : 'expired', updated_at: this.now() })
        .where('id', '=', row.id)
        .execute();
    }
    return due.length;
  }

  /** A stored file as a file on this computer (copied into the work folder when the storage is elsewhere). */
  private async local(key: string, copy: string): Promise<string> {
    const path = await this.storage.localPath(key);
    if (path) return path;
    await this.storage.copyToFile(key, copy);
    return copy;
  }

  /** Runs a worker job; its progress (0…1) is written as `from`…`to` of the upload's progress. */
  private async runWithProgress(uploadId: string, job: DeriveJob | DetectJob | BlurDeriveJob, from: number, to: number): Promise<unknown> {
    const { port1, port2 } = new MessageChannel();
    let lastWrite = 0;
    port1.on('message', (m: { progress: number }) => {
      const t = Date.now();
      if (t - lastWrite < PROGRESS_EVERY_MS) return;
      lastWrite = t;
      // Never 100 here: ready is set with the files in place.
      void this.db
        .updateTable('uploads')
        .set({ progress: Math.min(95, Math.round((from + (to - from) * m.progress) * 100)), updated_at: this.now() })
        .where('id', '=', uploadId)
        .where('status', '=', 'processing')
        .execute()
        .catch(() => {});
    });
    try {
      return await this.pool('derive').run({ ...job, port: port2 }, { transferList: [port2] });
    } finally {
      port1.close();
    }
  }

  /** A narration is served as uploaded, under the extension of its content. */
  private async keepSound(row: { id: string; organisation_id: string; format: string }, work: string) {
    const src = `${row.id}.${NARRATION_EXTENSIONS[row.format as NarrationFormat] ?? 'webm'}`;
    const original = originalKey(row.organisation_id, row.id);
    const local = await this.storage.localPath(original);
    if (local) await this.storage.putFile(mediaKey(row.organisation_id, src), local);
    else {
      await this.storage.copyToFile(original, join(work, src));
      await this.storage.putFile(mediaKey(row.organisation_id, src), join(work, src));
    }
    return { width: null, height: null, src, preview: null };
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

/** Degrees to a hundredth: finer than a pixel of a 4096-wide panorama (0.088°). */
function roundBox(b: SphereBox): SphereBox {
  const r = (n: number) => Math.round(n * 100) / 100;
  return { yaw: r(b.yaw), pitch: r(b.pitch), width: Math.min(360, r(b.width) + 0.01), height: Math.min(180, r(b.height) + 0.01) };
}
