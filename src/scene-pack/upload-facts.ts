import { fileTypeFromFile } from 'file-type/node';
import { readFile } from 'node:fs/promises';
import { parseGPano } from '../core/photo-intake/gpano.ts';
import { MAX_IMAGE_PIXELS, type UploadFacts } from '../core/photo-intake/intake-rules.ts';
import { decodeHeic } from './heic-image.ts';
import { readImageWhole } from './image-decode.ts';

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

/**
 * What an uploaded file is, found out from its content: format by magic bytes, size and GPano
 * from the header and XMP, and a full decode (a broken or cut-off image gets `decodeError`).
 * Images with more pixels than intake accepts are not decoded (a tiny file can claim billions).
 * Decoding HEIC is CPU work on this thread: run this in a worker.
 */
export async function uploadFacts(file: string, fileName: string, bytes: number): Promise<UploadFacts> {
  const format = await formatByContent(file);
  const facts: UploadFacts = { fileName, bytes, format };
  if (format === null || format === 'mp4' || format === 'webm') return facts;
  try {
    const header = await readImageWhole(file, format === 'heif' ? 0 : MAX_IMAGE_PIXELS);
    facts.width = header.width;
    facts.height = header.height;
    facts.gpano = header.xmp ? parseGPano(header.xmp) : null;
    if (format === 'heif' && header.width * header.height <= MAX_IMAGE_PIXELS) {
      const decoded = await decodeHeic(await readFile(file));
      facts.width = decoded.width;
      facts.height = decoded.height;
    }
  } catch (e) {
    facts.decodeError = shortError(e);
  }
  return facts;
}

/** The decoder's own words, on one line and short enough for a message to a person. */
function shortError(e: unknown): string {
  const text = (e instanceof Error ? e.message : String(e)).split('\n')[0]!.trim();
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}
