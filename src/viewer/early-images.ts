/**
 * Images decoded before the viewer existed (the app's first-picture worker starts on the first
 * script), handed to the texture cache so a start scene is fetched and decoded once. Keyed by
 * absolute URL; each is taken once. Decoded as the cache decodes: flipped, not premultiplied.
 */
const early = new Map<string, Promise<ImageBitmap>>();

export const EARLY_IMAGE_OPTIONS: ImageBitmapOptions = { imageOrientation: 'flipY', premultiplyAlpha: 'none' };

export function offerEarlyImage(url: string, bitmap: Promise<ImageBitmap>): void {
  bitmap.catch(() => early.delete(url));
  early.set(url, bitmap);
}

export function takeEarlyImage(url: string): Promise<ImageBitmap> | undefined {
  const p = early.get(url);
  early.delete(url);
  return p;
}

/** Frees the images nobody took (the viewer fetched them itself, or never asked). */
export function forgetEarlyImages(): void {
  for (const p of early.values())
    void p.then(
      (b) => b.close(),
      () => undefined,
    );
  early.clear();
}
