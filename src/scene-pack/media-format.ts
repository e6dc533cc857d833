import { fileTypeFromFile } from 'file-type/node';
import type { UploadFacts } from '../core/photo-intake/intake-rules.ts';

type Format = NonNullable<UploadFacts['format']>;

/** Formats by content (file-type's extension) that intake knows; AVIF, MKV, GIF… are not among them. */
const BY_CONTENT: Record<string, Format> = {
  jpg: 'jpeg',
  png: 'png',
  webp: 'webp',
  heic: 'heif',
  mp4: 'mp4',
  m4v: 'mp4',
  mov: 'mp4',
  webm: 'webm',
};

/** The format of a file by its first bytes (magic numbers), never by its name; null when unknown. */
export async function formatByContent(file: string): Promise<Format | null> {
  const type = await fileTypeFromFile(file).catch(() => undefined);
  return type ? (BY_CONTENT[type.ext] ?? null) : null;
}
