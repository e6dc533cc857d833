import sharp from 'sharp';
import type { RawImage } from '../core/faces/render-view.ts';
import { type SphereBox, sphereBoxToPixelRects } from '../core/faces/sphere-box.ts';

/** Detector boxes hug the face (brows to chin) and can sit a little off; hair, ears, chin and a badge edge lie outside: 30 % more on each side. */
const MARGIN = 0.3;
/** Blocks per region height before smoothing: too few for anyone to be recognised. */
const BLOCKS = 6;

/** The box grown by the margin on each side (and not past a pole). */
export function blurBox(b: SphereBox): SphereBox {
  const height = Math.min(180, b.height * (1 + 2 * MARGIN));
  const top = Math.min(90, b.pitch + height / 2);
  const bottom = Math.max(-90, b.pitch - height / 2);
  return { yaw: b.yaw, pitch: (top + bottom) / 2, width: Math.min(360, b.width * (1 + 2 * MARGIN)), height: top - bottom };
}

/**
 * Blurs the regions of an equirectangular image in place: each pixel rectangle (two where a
 * region crosses the ±180° seam) is scaled down to a few blocks (each the average of its pixels)
 * and smoothly back up, so nothing of the original detail is left inside it.
 */
export async function blurRegions(image: RawImage, regions: readonly SphereBox[]): Promise<void> {
  const { width, height, channels } = image;
  for (const region of regions) {
    for (const r of sphereBoxToPixelRects(blurBox(region), width, height)) {
      if (r.width < 1 || r.height < 1) continue;
      // By the region's height: both pieces of a region split at the seam get the same coarse blocks.
      const block = Math.max(2, Math.ceil(r.height / BLOCKS));
      const small = { width: Math.max(1, Math.ceil(r.width / block)), height: Math.max(1, Math.ceil(r.height / block)) };
      const raw = { width, height, channels: channels as 1 | 2 | 3 | 4 };
      // Two pipelines: sharp applies one resize per pipeline.
      const blocks = await sharp(Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength), { raw })
        .extract(r)
        .resize(small.width, small.height, { fit: 'fill', kernel: 'linear' })
        .raw()
        .toBuffer();
      const patch = await sharp(blocks, { raw: { ...raw, ...small } })
        .resize(r.width, r.height, { fit: 'fill', kernel: 'linear' })
        .raw()
        .toBuffer();
      for (let y = 0; y < r.height; y++) {
        const from = y * r.width * channels;
        image.data.set(patch.subarray(from, from + r.width * channels), ((r.top + y) * width + r.left) * channels);
      }
    }
  }
}
