import { stat } from 'node:fs/promises';
import type { MediaInfo, MediaInfoFn } from '../core/checker.ts';
import { resolveExactCase, type FolderListings } from './exact-case-path.ts';
import { readImageWhole } from './image-decode.ts';
import { realPathIn } from './real-path.ts';

/** Audio and video are only checked for existence; everything else is measured with sharp. */
const AUDIO_VIDEO = /\.(mp4|m4v|mov|webm|mkv|mp3|m4a|aac|ogg|oga|opus|wav|flac)$/i;

/** Media look-up for a scenario folder on disk: existence via fs, image size via sharp. */
export function fileMediaInfo(folder: string): MediaInfoFn {
  const listings: FolderListings = new Map();
  return async (rel: string): Promise<MediaInfo> => {
    const { found, otherCase } = await resolveExactCase(folder, rel, listings);
    if (!found) return otherCase ? { exists: false, otherCase } : { exists: false };
    const where = await realPathIn(folder, rel);
    if (!where) return { exists: false };
    if (!where.inside) return { exists: true, linkedOutside: where.real };
    if (!(await stat(where.real)).isFile()) return { exists: true, error: 'this is a folder, not a file' };
    if (AUDIO_VIDEO.test(rel)) return { exists: true };
    try {
      // The header alone says nothing about the rest: decode the whole file (see readImageWhole).
      const m = await readImageWhole(where.real);
      return { exists: true, width: m.width, height: m.height, format: m.format };
    } catch (e) {
      return { exists: true, error: e instanceof Error ? e.message : String(e) };
    }
  };
}
