import { readFile } from 'node:fs/promises';
import { parseGPano } from '../core/photo-intake/gpano.ts';
import { MAX_IMAGE_PIXELS, type UploadFacts } from '../core/photo-intake/intake-rules.ts';
import { decodeHeic } from './heic-image.ts';
import { formatByContent } from './media-format.ts';
import { readImageWhole } from './image-decode.ts';

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
