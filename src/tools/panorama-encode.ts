/**
 * JPEG encoding of rendered panoramas (the I/O side of the renderer): mozjpeg through sharp
 * with fixed settings, so the same pixels always give the same bytes.
 */
import sharp from 'sharp';

export const PREVIEW_WIDTH = 512;
/** Largest full image we ship; quality steps down until the file fits. */
export const MAX_BYTES = 1.5 * 1024 * 1024;
const QUALITIES = [90, 86, 82, 78, 74, 70, 66, 62];

sharp.concurrency(1);

const jpegOptions = (quality: number) => ({ quality, mozjpeg: true, chromaSubsampling: '4:2:0', progressive: true }) as const;

export interface EncodedPanorama {
  jpg: Buffer;
  quality: number;
  /** 512×256 (or the full size when that is smaller). */
  preview: Buffer;
}

/** Encodes 8-bit RGB pixels (row-major) as the full JPEG and its preview. */
export async function encodePanorama(rgb: Uint8Array, width: number, height: number): Promise<EncodedPanorama> {
  const raw = { raw: { width, height, channels: 3 as const } };
  let jpg: Buffer | null = null;
  let quality = QUALITIES[0]!;
  for (const q of QUALITIES) {
    quality = q;
    jpg = await sharp(rgb, raw).jpeg(jpegOptions(q)).toBuffer();
    if (jpg.length <= MAX_BYTES) break;
  }
  const pw = Math.min(PREVIEW_WIDTH, width);
  const preview = await sharp(rgb, raw)
    .resize(pw, Math.round(pw * (height / width)), { kernel: 'lanczos3' })
    .jpeg(jpegOptions(78))
    .toBuffer();
  return { jpg: jpg!, quality, preview };
}
