import type { Readable } from 'node:stream';

/**
 * Where uploads live: originals (private) and their derivatives (served to the editor and
 * copied into published packs). A key is a relative path of lowercase letters, digits and
 * `/ . _ -`, e.g. `uploads/<organisation>/media/<upload>.jpg`. The disk implementation keeps
 * them under DATA_DIR; object storage can implement the same interface later.
 */
export interface MediaStorage {
  /** Stores a file from this computer under `key`, taking it over (the file is moved, not copied, where possible). */
  putFile(key: string, file: string): Promise<void>;
  /** Stores bytes or a stream under `key`; readers see the old file or the whole new one, never half. */
  put(key: string, data: Buffer | Readable): Promise<void>;
  /** Size in bytes, or undefined when there is nothing under `key`. */
  size(key: string): Promise<number | undefined>;
  /** A stream of the whole file or of one byte range (inclusive), or undefined when absent. */
  stream(key: string, range?: { start: number; end: number }): Promise<Readable | undefined>;
  /** Copies a stored file to a file on this computer (for tools that need a path: sharp, ffmpeg, the checker). */
  copyToFile(key: string, file: string): Promise<boolean>;
  /** The file itself when the storage is on this computer (no copy needed), else undefined. */
  localPath(key: string): Promise<string | undefined>;
  delete(key: string): Promise<void>;
  /** Every key under a prefix (for tests and cleaning up). */
  list(prefix: string): Promise<string[]>;
}

const KEY = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/;

/** Refuses keys that could leave the storage root or that no part of this app makes. */
export function checkKey(key: string): string {
  if (!KEY.test(key) || key.split('/').some((s) => s === '.' || s === '..')) throw new Error(`not a storage key: ${JSON.stringify(key)}`);
  return key;
}
