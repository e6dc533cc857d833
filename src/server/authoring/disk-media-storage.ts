import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { checkKey, type MediaStorage } from './media-storage.ts';

/** MediaStorage in a folder on disk (DATA_DIR/storage): one file per key. */
export class DiskMediaStorage implements MediaStorage {
  constructor(readonly root: string) {}

  private path(key: string): string {
    return join(this.root, ...checkKey(key).split('/'));
  }

  /** A temporary name beside the target, so the final rename stays on one file system. */
  private async temp(target: string): Promise<string> {
    await mkdir(dirname(target), { recursive: true });
    return `${target}.${randomBytes(6).toString('hex')}.part`;
  }

  async putFile(key: string, file: string): Promise<void> {
    const target = this.path(key);
    const tmp = await this.temp(target);
    try {
      await rename(file, tmp);
    } catch {
      // Another file system (a temp folder elsewhere): copy, then drop the source.
      await copyFile(file, tmp);
      await rm(file, { force: true });
    }
    await rename(tmp, target);
  }

  async put(key: string, data: Buffer | Readable): Promise<void> {
    const target = this.path(key);
    const tmp = await this.temp(target);
    try {
      const out = createWriteStream(tmp);
      if (Buffer.isBuffer(data)) await new Promise<void>((done, fail) => out.end(data, () => done()).on('error', fail));
      else await pipeline(data, out);
      await rename(tmp, target);
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
  }

  async size(key: string): Promise<number | undefined> {
    const s = await stat(this.path(key)).catch(() => undefined);
    return s?.isFile() ? s.size : undefined;
  }

  async stream(key: string, range?: { start: number; end: number }): Promise<Readable | undefined> {
    if ((await this.size(key)) === undefined) return undefined;
    return createReadStream(this.path(key), range);
  }

  async copyToFile(key: string, file: string): Promise<boolean> {
    if ((await this.size(key)) === undefined) return false;
    await mkdir(dirname(file), { recursive: true });
    await copyFile(this.path(key), file);
    return true;
  }

  async localPath(key: string): Promise<string | undefined> {
    return (await this.size(key)) === undefined ? undefined : this.path(key);
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  async list(prefix: string): Promise<string[]> {
    const base = join(this.root, ...checkKey(prefix).split('/'));
    const out: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
        const p = join(dir, entry.name);
        if (entry.isDirectory()) await walk(p);
        else out.push(relative(this.root, p).split(sep).join('/'));
      }
    };
    await walk(base);
    return out.sort();
  }
}
