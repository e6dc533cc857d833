import type { FastifyReply } from 'fastify';
import { extname } from 'node:path';
import { HttpError } from '../http-error.ts';
import type { MediaStorage } from './media-storage.ts';

const MIME: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.ogg': 'audio/ogg',
};

/**
 * Sends a stored media file, whole or one byte range (video in Safari and the Quest browser
 * asks for ranges), or 404 when it is not there.
 */
export async function sendStoredFile(reply: FastifyReply, storage: MediaStorage, key: string, rangeHeader: string | undefined): Promise<FastifyReply> {
  const size = await storage.size(key);
  if (size === undefined) throw new HttpError(404, 'not-found', 'No such media file.');
  reply.type(MIME[extname(key)] ?? 'application/octet-stream').header('Accept-Ranges', 'bytes');
  const range = /^bytes=(\d*)-(\d*)$/.exec(rangeHeader ?? '');
  if (range && (range[1] || range[2])) {
    const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
    const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
    if (start > end || start >= size) return reply.code(416).header('Content-Range', `bytes */${size}`).send();
    reply
      .code(206)
      .header('Content-Range', `bytes ${start}-${end}/${size}`)
      .header('Content-Length', String(end - start + 1));
    return reply.send(await storage.stream(key, { start, end }));
  }
  reply.header('Content-Length', String(size));
  return reply.send(await storage.stream(key));
}
