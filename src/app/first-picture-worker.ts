/// <reference lib="webworker" />
/**
 * Draws the start scene's preview while the main thread is still loading and running the app's
 * scripts, and decodes the start scene's images for the viewer. Fetches the scenario itself (the
 * player fetches it again, later): reading JSON costs less than waiting for the main thread.
 */
import { drawEquirectView } from '../viewer/equirect-view.ts';
import { EARLY_IMAGE_OPTIONS } from '../viewer/early-images.ts';
import type { FirstPictureMessage, FirstPictureRequest } from './first-picture-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

interface StartMedia {
  type: string;
  src: string;
  preview: string;
  initialView?: { yaw: number; pitch: number };
}

const post = (m: FirstPictureMessage, transfer: Transferable[] = []) => self.postMessage(m, transfer);

async function fetchBlob(url: string): Promise<Blob> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.blob();
}

async function decodeFor(url: string, blob: Promise<Blob>): Promise<void> {
  try {
    const bitmap = await createImageBitmap(await blob, EARLY_IMAGE_OPTIONS);
    post({ type: 'image', url, bitmap }, [bitmap]);
  } catch {
    post({ type: 'image-failed', url });
  }
}

async function draw(canvas: OffscreenCanvas, preview: Blob, view: { yaw: number; pitch: number; fov: number }): Promise<void> {
  const bitmap = await createImageBitmap(preview);
  const src = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
  src.drawImage(bitmap, 0, 0);
  const ctx = canvas.getContext('2d')!;
  const out = ctx.createImageData(canvas.width, canvas.height);
  drawEquirectView(src.getImageData(0, 0, bitmap.width, bitmap.height), out, view);
  ctx.putImageData(out, 0, 0);
  bitmap.close();
  // The picture is on screen with the worker's next frame.
  await new Promise((r) => (typeof self.requestAnimationFrame === 'function' ? self.requestAnimationFrame(r) : setTimeout(r, 16)));
  post({ type: 'drawn' });
}

self.onmessage = async ({ data }: MessageEvent<FirstPictureRequest>) => {
  try {
    const dbs = (await self.indexedDB?.databases?.().catch(() => [])) ?? [];
    if (dbs.some((d) => d.name === data.outboxDbName)) return post({ type: 'skip' });
    const folder = `${data.base}scenes/${data.path}/`;
    const res = await fetch(`${folder}scenario.json`);
    if (!res.ok) throw new Error(`scenario.json: HTTP ${res.status}`);
    const scenario = (await res.json()) as { startNode: string; nodes: { id: string; media: StartMedia }[] };
    const media = scenario.nodes.find((n) => n.id === scenario.startNode)?.media;
    if (!media) throw new Error('no start node');
    const previewUrl = new URL(media.preview, folder).href;
    const fullUrl = media.type === 'image' ? new URL(media.src, folder).href : null;
    post({ type: 'expect', urls: [previewUrl, ...(fullUrl ? [fullUrl] : [])] });
    const preview = fetchBlob(previewUrl);
    const full = fullUrl ? fetchBlob(fullUrl) : null;
    full?.catch(() => undefined);
    await Promise.all([
      decodeFor(previewUrl, preview),
      fullUrl && full ? decodeFor(fullUrl, full) : undefined,
      data.canvas ? preview.then((blob) => draw(data.canvas!, blob, { ...(media.initialView ?? { yaw: 0, pitch: 0 }), fov: data.fov })) : undefined,
    ]);
  } catch (e) {
    post({ type: 'failed', message: (e as Error).message });
  }
};
