import { fileTypeFromFile } from 'file-type/node';
import type { UploadFacts } from '../core/photo-intake/intake-rules.ts';
import type { NarrationFormat } from '../core/photo-intake/narration-rules.ts';

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

/** Sound by content; MediaRecorder's mp4 (Safari) counts as m4a, a webm recording as webm. */
const SOUND_BY_CONTENT: Record<string, NarrationFormat> = { webm: 'webm', ogg: 'ogg', oga: 'ogg', opus: 'ogg', mp3: 'mp3', m4a: 'm4a', mp4: 'm4a', wav: 'wav' };

/** The sound format of a file by its first bytes, never by its name; null when it is no sound format we know. */
export async function soundFormatByContent(file: string): Promise<NarrationFormat | null> {
  const type = await fileTypeFromFile(file).catch(() => undefined);
  return type ? (SOUND_BY_CONTENT[type.ext] ?? null) : null;
}
