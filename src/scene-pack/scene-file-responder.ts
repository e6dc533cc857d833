import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import type { PackSnapshot } from './pack-snapshot.ts';
import { CATALOG_FILE, openServedFile } from './served-files.ts';
import { filteredProfilesList, xrProfilesDir } from './xr-profiles.ts';

const MIME: Record<string, string> = {
  '.json': 'application/json',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.ogg': 'audio/ogg',
  '.glb': 'model/gltf-binary',
};

/** Where the files of /scenes/ come from: a cached snapshot (ScenarioStore) or a fresh read. */
export interface PackSource {
  getSnapshot(): Promise<PackSnapshot>;
}

/**
 * Answers /scenes/… (with a generated /scenes/index.json) and /xr-profiles/… requests: byte
 * ranges, and under /scenes/ exactly the files of the pack's served set (see servedFiles).
 * Returns false for other URLs and for files that are not served, so each host answers its own
 * 404. Used by the Vite plugin (dev) and the server.
 */
export async function serveSceneRequest(pack: PackSource, url: string, rangeHeader: string | undefined, res: ServerResponse): Promise<boolean> {
  let path: string;
  try {
    path = decodeURIComponent(url.split('?')[0] ?? '');
  } catch {
    return false; // broken %-encoding names no file
  }
  if (path.startsWith('/scenes/')) {
    const snapshot = await pack.getSnapshot();
    const rel = path.slice('/scenes/'.length);
    if (rel === CATALOG_FILE) {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(snapshot.catalog));
      return true;
    }
    const served = snapshot.files.get(rel);
    const file = served && (await openServedFile(served));
    if (!file) return false;
    sendFile(file.path, file.size, rangeHeader, res);
    return true;
  }
  if (path === '/xr-profiles/profilesList.json') {
    res.setHeader('Content-Type', 'application/json');
    res.end(await filteredProfilesList());
    return true;
  }
  if (path.startsWith('/xr-profiles/')) {
    const root = xrProfilesDir();
    const file = resolve(root, '.' + path.slice('/xr-profiles'.length));
    if (!file.startsWith(root + sep)) return false;
    const s = await stat(file).catch(() => undefined);
    if (!s?.isFile()) return false;
    sendFile(file, s.size, rangeHeader, res);
    return true;
  }
  return false;
}

/** Sends a file whole or in one byte range: Safari and iOS only play video served in ranges. */
function sendFile(file: string, size: number, rangeHeader: string | undefined, res: ServerResponse): void {
  res.setHeader('Content-Type', MIME[extname(file).toLowerCase()] ?? 'application/octet-stream');
  res.setHeader('Accept-Ranges', 'bytes');
  const range = /^bytes=(\d*)-(\d*)$/.exec(rangeHeader ?? '');
  if (range && (range[1] || range[2])) {
    const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
    const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start > end || start >= size) {
      res.statusCode = 416;
      res.setHeader('Content-Range', `bytes */${size}`);
      res.end();
      return;
    }
    res.statusCode = 206;
    res.setHeader('Content-Range', `bytes ${start}-${end}/${size}`);
    res.setHeader('Content-Length', String(end - start + 1));
    createReadStream(file, { start, end }).pipe(res);
    return;
  }
  res.setHeader('Content-Length', String(size));
  createReadStream(file).pipe(res);
}
