import decode from 'heic-decode';

/** A decoded image as RGBA pixels. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/**
 * Decodes a HEIC photo (iPhones) with libheif compiled to WebAssembly: sharp's prebuilt libvips
 * reads HEIF containers but has no HEVC decoder. Synchronous, CPU-heavy work: call it from a
 * worker thread, never on the server's event loop.
 */
export async function decodeHeic(buffer: Buffer): Promise<RgbaImage> {
  const image = await decode({ buffer });
  return { width: image.width, height: image.height, data: image.data };
}
