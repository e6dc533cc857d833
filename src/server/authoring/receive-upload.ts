import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { fileTypeFromBuffer } from 'file-type/node';
import { MAX_IMAGE_BYTES, MAX_VIDEO_BYTES } from '../../core/photo-intake/intake-rules.ts';

/** Enough of the start of a file for file-type to name it. */
const SNIFF_BYTES = 4100;
const VIDEO_BY_CONTENT = new Set(['mp4', 'm4v', 'mov', 'webm']);

export type Received = { ok: true; bytes: number } | { ok: false; reason: 'too-large'; bytes: number; limit: number } | { ok: false; reason: 'aborted' };

/**
 * Streams a request body to `file`, never holding it in memory. The size limit follows the
 * content: once the first bytes show a video the video limit applies, else the image limit, so
 * a 1 GB "photo" is stopped at 150 MB and not received whole. On refusal the stream is paused
 * (the caller answers with `Connection: close`) and the partial file is removed.
 */
export function receiveUpload(body: IncomingMessage, file: string): Promise<Received> {
  return new Promise((resolve) => {
    const out = createWriteStream(file);
    let bytes = 0;
    let head: Buffer[] | null = [];
    let limit = MAX_VIDEO_BYTES;
    let sniffing: Promise<void> | null = null;
    let settled = false;
    const finish = (result: Received) => {
      if (settled) return;
      settled = true;
      body.off('data', onData);
      if (result.ok) out.end(() => resolve(result));
      else {
        body.pause();
        out.destroy();
        void rm(file, { force: true }).then(() => resolve(result));
      }
    };
    const sniff = async (start: Buffer) => {
      const type = await fileTypeFromBuffer(start).catch(() => undefined);
      limit = type && VIDEO_BY_CONTENT.has(type.ext) ? MAX_VIDEO_BYTES : MAX_IMAGE_BYTES;
    };
    const onData = (chunk: Buffer) => {
      bytes += chunk.length;
      if (head) {
        head.push(chunk);
        if (bytes >= SNIFF_BYTES) {
          const start = Buffer.concat(head);
          head = null;
          body.pause();
          sniffing = sniff(start).then(() => {
            sniffing = null;
            if (bytes > limit) return finish({ ok: false, reason: 'too-large', bytes, limit });
            if (!settled) body.resume();
          });
        }
      }
      if (bytes > limit) return finish({ ok: false, reason: 'too-large', bytes, limit });
      if (!out.write(chunk)) {
        body.pause();
        out.once('drain', () => !settled && !sniffing && body.resume());
      }
    };
    body.on('data', onData);
    body.once('end', () => {
      void Promise.resolve(sniffing).then(async () => {
        if (head) await sniff(Buffer.concat(head));
        finish(bytes > limit ? { ok: false, reason: 'too-large', bytes, limit } : { ok: true, bytes });
      });
    });
    body.once('close', () => !body.complete && finish({ ok: false, reason: 'aborted' }));
    body.once('error', () => finish({ ok: false, reason: 'aborted' }));
    out.once('error', () => finish({ ok: false, reason: 'aborted' }));
  });
}
