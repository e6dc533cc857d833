import { MAX_IMAGE_BYTES, MAX_VIDEO_BYTES } from './photo-intake/intake-rules.ts';
import { MANIFEST_FILE } from './scene-pack-manifest.ts';

/**
 * Rules for the entries of a scene pack .zip, pure so the export and the import (and their
 * tests) apply the same ones. The reader (scene-pack/unpack-pack.ts) measures real bytes and
 * content; these say what is allowed.
 */

/** Whether an entry name stays inside the pack: relative, forward slashes, no "." or ".." parts, no drive letter, no NUL. */
export function entryPathIsSafe(name: string): boolean {
  if (name === '' || name.startsWith('/') || name.includes('\\') || name.includes('\0') || /^[A-Za-z]:/.test(name)) return false;
  const parts = name.replace(/\/$/, '').split('/');
  return parts.every((p) => p !== '' && p !== '.' && p !== '..');
}

export type EntryKind = 'json' | 'image' | 'video' | 'audio';

/** Allowed file types by extension, and what the content must be (file-type's names) for each. */
const TYPES: Record<string, { kind: EntryKind; content: readonly string[] }> = {
  json: { kind: 'json', content: [] },
  jpg: { kind: 'image', content: ['jpg'] },
  jpeg: { kind: 'image', content: ['jpg'] },
  png: { kind: 'image', content: ['png'] },
  webp: { kind: 'image', content: ['webp'] },
  mp4: { kind: 'video', content: ['mp4', 'm4v', 'mov'] },
  m4v: { kind: 'video', content: ['mp4', 'm4v', 'mov'] },
  webm: { kind: 'video', content: ['webm'] },
  mp3: { kind: 'audio', content: ['mp3'] },
  m4a: { kind: 'audio', content: ['m4a', 'mp4'] },
  ogg: { kind: 'audio', content: ['ogg', 'oga', 'opus'] },
  oga: { kind: 'audio', content: ['ogg', 'oga', 'opus'] },
  opus: { kind: 'audio', content: ['ogg', 'oga', 'opus'] },
};

const extOf = (name: string) => /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

/** What an entry may be by its name; JSON only as the manifest or a scenario's scenario.json. */
export function entryType(name: string): { kind: EntryKind; content: readonly string[] } | undefined {
  const type = TYPES[extOf(name)];
  if (!type) return undefined;
  if (type.kind === 'json' && name !== MANIFEST_FILE && !/^[a-z0-9-]+\/[a-z0-9-]+\/scenario\.json$/.test(name)) return undefined;
  return type;
}

export interface PackLimits {
  maxEntries: number;
  /** Per kind, measured as inflated bytes. */
  maxEntryBytes: Record<EntryKind, number>;
  maxTotalBytes: number;
}

/** The same limits as uploads (core/photo-intake) per file; a whole pack at most 4 GB unpacked. */
export const DEFAULT_PACK_LIMITS: PackLimits = {
  maxEntries: 5000,
  maxEntryBytes: { json: 4 * 1024 * 1024, image: MAX_IMAGE_BYTES, video: MAX_VIDEO_BYTES, audio: 100 * 1024 * 1024 },
  maxTotalBytes: 4 * 1024 * 1024 * 1024,
};

/** Unix file type bits of a zip entry's external attributes: a symbolic link is 0o120000. */
export function entryIsLink(externalFileAttributes: number): boolean {
  return ((externalFileAttributes >>> 16) & 0o170000) === 0o120000;
}
