import { readFile, rename } from 'node:fs/promises';
import sharp, { type OverlayOptions, type Sharp } from 'sharp';
import type { PanoramaPlacement } from '../core/photo-intake/panorama-placement.ts';
import { decodeHeic } from './heic-image.ts';
import { FULL_MAX_WIDTH, PREVIEW_HEIGHT, PREVIEW_WIDTH } from './panorama-sizes.ts';

export interface PanoramaDerivativeRequest {
  /** The accepted original on local disk. */
  input: string;
  /** Its format by content; HEIC is decoded by libheif (WebAssembly), the rest by sharp. */
  format: 'jpeg' | 'png' | 'webp' | 'heif';
  placement: PanoramaPlacement;
  /** Where to write the full image (JPEG) and the 512×256 preview (JPEG). */
  full: string;
  preview: string;
  maxWidth?: number;
  onProgress?: (fraction: number) => void;
}

/**
 * Makes the two files a scene needs from an accepted photo: the full 2:1 equirectangular image,
 * at most `maxWidth` wide, and the preview. A partial panorama (GPano crop) is scaled by the same
 * factor as its full sphere and placed where its metadata says, on a black sphere (wrapping
 * round at the seam), never stretched. Output carries no EXIF (no GPS, no camera serial).
 * Files are written next to their target and renamed, so a reader never sees half a file.
 */
export async function makePanoramaDerivatives(req: PanoramaDerivativeRequest): Promise<{ width: number; height: number }> {
  const progress = req.onProgress ?? (() => {});
  const p = req.placement;
  const width = 2 * Math.round(Math.min(req.maxWidth ?? FULL_MAX_WIDTH, p.fullWidth) / 2);
  const height = width / 2;
  const scale = width / p.fullWidth;
  const source = await openSource(req);
  progress(0.2);

  let full: Sharp;
  if (p.whole) {
    full = source.resize(width, height, { fit: 'fill' });
  } else {
    const pieceWidth = Math.min(width, Math.max(1, Math.round(p.width * scale)));
    const pieceHeight = Math.min(height, Math.max(1, Math.round(p.height * scale)));
    const piece = await source.resize(pieceWidth, pieceHeight, { fit: 'fill' }).raw().toBuffer({ resolveWithObject: true });
    progress(0.5);
    const raw = { width: piece.info.width, height: piece.info.height, channels: piece.info.channels };
    const left = Math.round(p.left * scale) % width;
    const top = Math.min(height - pieceHeight, Math.round(p.top * scale));
    const overlays: OverlayOptions[] = [];
    const rightPart = Math.min(pieceWidth, width - left);
    if (rightPart === pieceWidth) overlays.push({ input: piece.data, raw, left, top });
    else {
      // Crosses the seam at 180°: the rest continues at the left edge.
      const cut = async (x: number, w: number) => sharp(piece.data, { raw }).extract({ left: x, top: 0, width: w, height: pieceHeight }).raw().toBuffer();
      overlays.push({ input: await cut(0, rightPart), raw: { ...raw, width: rightPart }, left, top });
      overlays.push({ input: await cut(rightPart, pieceWidth - rightPart), raw: { ...raw, width: pieceWidth - rightPart }, left: 0, top });
    }
    full = sharp({ create: { width, height, channels: 3, background: { r: 0, g: 0, b: 0 } } }).composite(overlays);
  }
  await writeAtomically(req.full, full.jpeg({ quality: 85 }));
  progress(0.8);
  await writeAtomically(req.preview, sharp(req.full).resize(PREVIEW_WIDTH, PREVIEW_HEIGHT, { fit: 'fill' }).jpeg({ quality: 80 }));
  progress(1);
  return { width, height };
}

/** The original as a sharp pipeline with no alpha (transparent parts become black). */
async function openSource(req: PanoramaDerivativeRequest): Promise<Sharp> {
  if (req.format === 'heif') {
    const image = await decodeHeic(await readFile(req.input));
    return sharp(Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength), {
      raw: { width: image.width, height: image.height, channels: 4 },
    })
      .flatten({ background: '#000000' })
      .removeAlpha();
  }
  return sharp(req.input, { failOn: 'error' }).flatten({ background: '#000000' }).removeAlpha();
}

async function writeAtomically(target: string, image: Sharp): Promise<void> {
  const tmp = `${target}.part`;
  await image.toFile(tmp);
  await rename(tmp, target);
}
