import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { buildCatalog } from './build-catalog.ts';
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
  '.ogg': 'audio/ogg',
  '.glb': 'model/gltf-binary',
};

/** Files from scenes/ that a device needs: scenario files and media, not render sources. */
export function isServedSceneFile(rel: string): boolean {
  const name = rel.split('/').pop() ?? '';
  if (name === 'rooms.json' || name.endsWith('.anchors.json')) return false;
  return name === 'scenario.json' || rel.includes('/media/') || rel === 'scenario.schema.json';
}

/**
 * Answers /scenes/… (with a generated /scenes/index.json) and /xr-profiles/… requests from the
 * scenes folder: byte ranges, a path guard, and only the files a device needs. Returns false for
 * other URLs. Used by the Vite plugin (dev) and the server.
 */
export async function serveSceneRequest(SCENES_DIR: string, url: string, rangeHeader: string | undefined, res: ServerResponse): Promise<boolean> {
  const path = decodeURIComponent(url.split('?')[0] ?? '');
  if (path === '/scenes/index.json') {
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify(await buildCatalog(SCENES_DIR)));
    return true;
  }
  let file: string | undefined;
  if (path === '/xr-profiles/profilesList.json') {
    res.setHeader('Content-Type', 'application/json');
    res.end(await filteredProfilesList());
    return true;
  }
  if (path.startsWith('/scenes/') && isServedSceneFile(path.slice('/scenes/'.length))) file = resolve(SCENES_DIR, '.' + path.slice('/scenes'.length));
  else if (path.startsWith('/xr-profiles/')) file = resolve(xrProfilesDir(), '.' + path.slice('/xr-profiles'.length));
  if (!file) return false;
  const root = path.startsWith('/scenes/') ? SCENES_DIR : xrProfilesDir();
  if (!file.startsWith(root + sep)) return false;
  const s = await stat(file).catch(() => undefined);
  if (!s?.isFile()) {
    res.statusCode = 404;
    res.end('Not found');
    return true;
  }
  res.setHeader('Content-Type', MIME[extname(file).toLowerCase()] ?? 'application/octet-stream');
  res.setHeader('Accept-Ranges', 'bytes');
  // Safari and iOS only play video that is served in byte ranges.
  const range = /^bytes=(\d*)-(\d*)$/.exec(rangeHeader ?? '');
  if (range && (range[1] || range[2])) {
    const start = range[1] ? Number(range[1]) : Math.max(0, s.size - Number(range[2]));
    const end = range[1] && range[2] ? Math.min(Number(range[2]), s.size - 1) : s.size - 1;
    if (start > end || start >= s.size) {
      res.statusCode = 416;
      res.setHeader('Content-Range', `bytes */${s.size}`);
      res.end();
      return true;
    }
    res.statusCode = 206;
    res.setHeader('Content-Range', `bytes ${start}-${end}/${s.size}`);
    res.setHeader('Content-Length', String(end - start + 1));
    createReadStream(file, { start, end }).pipe(res);
    return true;
  }
  res.setHeader('Content-Length', String(s.size));
  createReadStream(file).pipe(res);
  return true;
}
