import { forgetEarlyImages, offerEarlyImage } from '../viewer/early-images.ts';
import { mark } from '../viewer/perf-marks.ts';
import type { FirstPictureMessage, FirstPictureRequest } from './first-picture-protocol.ts';

/** The viewer's camera (viewer-canvas.tsx): the first picture must match it, or the switch shows. */
const FOV = 75;
/** Past this, whatever happened, the page is the app's own again. */
const GIVE_UP_MS = 20_000;

/**
 * On a #/play/… address, the start scene's preview appears before the app's scripts have run:
 * a worker fetches and draws it on a canvas over the page (the same view the 3D canvas will
 * show), and decodes the scene's full image for the viewer meanwhile. The canvas goes as soon as
 * the viewer has drawn the scene (the `bbvr:scene-visible` mark), when the address changes, or
 * when the worker gives up. A device in a session is left alone (it may resume elsewhere).
 */
export function startFirstPicture(outboxDbName: string): void {
  const m = /^#\/play\/([a-z0-9-]+\/[a-z0-9-]+)$/.exec(location.hash);
  if (!m || typeof Worker === 'undefined' || typeof createImageBitmap === 'undefined') return;
  const worker = new Worker(new URL('./first-picture-worker.ts', import.meta.url), { type: 'module' });
  const request: FirstPictureRequest = { base: new URL(import.meta.env.BASE_URL, location.href).href, path: m[1]!, outboxDbName, fov: FOV };

  let canvas: HTMLCanvasElement | null = null;
  if (typeof HTMLCanvasElement.prototype.transferControlToOffscreen === 'function') {
    canvas = document.createElement('canvas');
    // As sharp as the 512-pixel preview is at this field of view: more pixels add nothing.
    const aspect = innerWidth / Math.max(1, innerHeight);
    const hfov = ((2 * Math.atan(Math.tan((FOV * Math.PI) / 360) * aspect)) / Math.PI) * 180;
    canvas.width = Math.round(Math.min(640, Math.max(64, (hfov / 360) * 512 * 2)));
    canvas.height = Math.max(1, Math.round(canvas.width / aspect));
    canvas.setAttribute('aria-hidden', 'true');
    canvas.className = 'first-picture';
    Object.assign(canvas.style, { position: 'fixed', inset: '0', width: '100%', height: '100%', zIndex: '50', pointerEvents: 'none' });
    document.body.append(canvas);
    request.canvas = canvas.transferControlToOffscreen();
  }

  const pending = new Map<string, { resolve: (b: ImageBitmap) => void; reject: (e: Error) => void }>();
  const settle = (url: string, bitmap: ImageBitmap | null) => {
    const p = pending.get(url);
    pending.delete(url);
    if (bitmap && p) p.resolve(bitmap);
    else if (bitmap) bitmap.close();
    else p?.reject(new Error('not decoded'));
    if (pending.size === 0 && removed) worker.terminate();
  };
  let removed = false;
  const removeCanvas = () => {
    if (removed) return;
    removed = true;
    canvas?.remove();
    observer.disconnect();
    removeEventListener('hashchange', removeCanvas);
    if (pending.size === 0) worker.terminate();
  };
  const observer = new PerformanceObserver((list) => {
    // The 3D canvas draws the scene with its next frame; then this one can go without a gap.
    if (list.getEntriesByName('bbvr:scene-visible').length) requestAnimationFrame(() => requestAnimationFrame(removeCanvas));
  });
  observer.observe({ type: 'mark' });
  addEventListener('hashchange', removeCanvas);
  setTimeout(() => {
    removeCanvas();
    for (const url of pending.keys()) settle(url, null); // deleting while iterating a Map is safe
    worker.terminate();
    forgetEarlyImages();
  }, GIVE_UP_MS);

  worker.onmessage = ({ data }: MessageEvent<FirstPictureMessage>) => {
    switch (data.type) {
      case 'expect':
        for (const url of data.urls) offerEarlyImage(url, new Promise((resolve, reject) => pending.set(url, { resolve, reject })));
        break;
      case 'image':
        settle(data.url, data.bitmap);
        break;
      case 'image-failed':
        settle(data.url, null);
        break;
      case 'drawn':
        if (!removed) mark('preview-shown', { by: 'first-picture' });
        break;
      case 'skip':
      case 'failed':
        removeCanvas();
        for (const url of pending.keys()) settle(url, null); // deleting while iterating a Map is safe
        worker.terminate();
        break;
    }
  };
  worker.postMessage(request, request.canvas ? [request.canvas] : []);
}
