import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { DiskMediaStorage } from './disk-media-storage.ts';
import type { MediaStorage } from './media-storage.ts';
import { type ProcessorOptions, UploadProcessor } from './upload-processor.ts';

/**
 * Where authoring keeps its files, under DATA_DIR:
 *   storage/uploads/<organisation>/originals/<upload>   private originals, until derivatives exist
 *   storage/uploads/<organisation>/media/<file>         derivatives and copied media of drafts
 *   published/<zorgcategorie>/<id>/                     published scenarios, a scene pack (see published-pack.ts)
 *   tmp/                                                uploads being received and processed
 */
export interface Authoring {
  storage: MediaStorage;
  processor: UploadProcessor;
  publishedDir: string;
  tmpDir: string;
  close(): Promise<void>;
}

export function createAuthoring(
  dataDir: string | undefined,
  db: Kysely<Database>,
  now: () => number,
  options: ProcessorOptions = {},
  log: (msg: string) => void = () => {},
): Authoring {
  // A server without a data folder (tests of other parts) keeps authoring in a folder of its own that goes with it.
  const own = dataDir === undefined ? mkdtempSync(join(tmpdir(), 'bbvr-authoring-')) : undefined;
  const root = resolve(dataDir ?? own!);
  const tmpDir = join(root, 'tmp');
  const publishedDir = join(root, 'published');
  mkdirSync(tmpDir, { recursive: true });
  mkdirSync(publishedDir, { recursive: true });
  const storage = new DiskMediaStorage(join(root, 'storage'));
  const processor = new UploadProcessor(db, storage, join(tmpDir, 'work'), now, options, log);
  return {
    storage,
    processor,
    publishedDir,
    tmpDir,
    async close() {
      await processor.close();
      if (own) rmSync(own, { recursive: true, force: true });
    },
  };
}
