import sharp from 'sharp';

/** What an image says about itself once it has been read whole. */
export interface ReadImage {
  width: number;
  height: number;
  format: string;
  /** The XMP packet as text, when the file has one (GPano lives there). */
  xmp?: string;
}

/**
 * Reads an image's header, then decodes it whole so a truncated or damaged file fails here and
 * not as a grey half-image in the headset. A tiny output keeps it fast (JPEG shrink-on-load
 * still reads every bit of the image data). `maxPixels` stops before decoding a file whose
 * header claims more pixels than that (a decompression bomb): the header alone is returned.
 * The one check for the scene checker (media-info.ts) and the upload intake. Throws with the
 * decoder's message.
 */
export async function readImageWhole(input: string | Buffer, maxPixels = Infinity): Promise<ReadImage> {
  const m = await sharp(input, { limitInputPixels: false }).metadata();
  const out: ReadImage = { width: m.width ?? 0, height: m.height ?? 0, format: m.format ?? 'unknown', ...(m.xmp ? { xmp: m.xmp.toString('utf8') } : {}) };
  if (out.width * out.height > maxPixels) return out;
  await sharp(input, { failOn: 'error' }).resize({ width: 64 }).raw().toBuffer();
  return out;
}
