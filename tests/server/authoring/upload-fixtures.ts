import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import type { LightMyRequestResponse } from 'fastify';
import type { TestServer } from '../test-server.ts';

/** Colours of the four quarters of a generated panorama, left to right. */
export const QUARTERS = [
  { r: 220, g: 30, b: 30 },
  { r: 30, g: 200, b: 30 },
  { r: 30, g: 30, b: 220 },
  { r: 230, g: 220, b: 30 },
] as const;

/** A 2:1 panorama whose four vertical quarters have the colours above. */
export async function panoramaJpeg(width: number, height: number, options: { xmp?: string } = {}): Promise<Buffer> {
  const quarter = width / 4;
  const overlays = await Promise.all(
    QUARTERS.map(async (c, i) => ({
      input: await sharp({ create: { width: Math.round(quarter), height, channels: 3, background: c } })
        .png()
        .toBuffer(),
      left: Math.round(i * quarter),
      top: 0,
    })),
  );
  let image = sharp({ create: { width, height, channels: 3, background: { r: 0, g: 0, b: 0 } } })
    .composite(overlays)
    .jpeg({ quality: 90 });
  if (options.xmp) image = image.withXmp(options.xmp);
  return image.toBuffer();
}

export async function solidJpeg(width: number, height: number, colour = { r: 200, g: 40, b: 40 }, xmp?: string): Promise<Buffer> {
  let image = sharp({ create: { width, height, channels: 3, background: colour } }).jpeg({ quality: 90 });
  if (xmp) image = image.withXmp(xmp);
  return image.toBuffer();
}

/** GPano XMP as phone apps write it for a partial panorama. */
export function gpanoXmp(g: { fullWidth: number; fullHeight: number; width: number; height: number; left: number; top: number }): string {
  return `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:GPano="http://ns.google.com/photos/1.0/panorama/" GPano:ProjectionType="equirectangular" GPano:UsePanoramaViewer="True" GPano:FullPanoWidthPixels="${g.fullWidth}" GPano:FullPanoHeightPixels="${g.fullHeight}" GPano:CroppedAreaImageWidthPixels="${g.width}" GPano:CroppedAreaImageHeightPixels="${g.height}" GPano:CroppedAreaLeftPixels="${g.left}" GPano:CroppedAreaTopPixels="${g.top}" GPano:PoseHeadingDegrees="90"/></rdf:RDF></x:xmpmeta>`;
}

/** A small JPEG whose header claims `width`×`height` (the pixel data stays small: a decompression bomb's shape). */
export async function jpegClaiming(width: number, height: number): Promise<Buffer> {
  const b = Buffer.from(await solidJpeg(64, 32));
  for (let i = 2; i < b.length - 9; i++) {
    if (b[i] === 0xff && (b[i + 1] === 0xc0 || b[i + 1] === 0xc2)) {
      b.writeUInt16BE(height, i + 5);
      b.writeUInt16BE(width, i + 7);
      return b;
    }
  }
  throw new Error('no SOF marker');
}

/** The start of an MP4 (ftyp box, isom brand) and some bytes: enough for the header check. */
export function mp4Header(): Buffer {
  const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2')]);
  return Buffer.concat([ftyp, Buffer.alloc(4096, 7)]);
}

/** A 2048×1024 HEIC (left half red, right half blue), made once with libheif's heif-enc (see tests/fixtures/README.md). */
export function heicPanorama(): Buffer {
  return readFileSync(new URL('../../fixtures/panorama-2048x1024.heic', import.meta.url));
}

export function upload(server: TestServer, cookie: string, name: string, body: Buffer | string): Promise<LightMyRequestResponse> {
  return server.app.inject({
    method: 'POST',
    url: `/api/authoring/uploads?name=${encodeURIComponent(name)}`,
    headers: { cookie, 'content-type': 'application/octet-stream' },
    payload: body,
  });
}

/** Uploads and waits until the background processing is done; returns the upload as it ends. */
export async function uploadReady(
  server: TestServer,
  cookie: string,
  name: string,
  body: Buffer,
): Promise<{ id: string; status: string; media: { src: string; preview: string; width: number; height: number } | null }> {
  const res = await upload(server, cookie, name, body);
  if (res.statusCode !== 202) throw new Error(`upload ${name}: ${res.statusCode} ${res.body}`);
  await server.app.ctx.authoring.processor.idle();
  const view = await server.app.inject({ url: `/api/authoring/uploads/${res.json().id}`, headers: { cookie } });
  return view.json();
}

/** The pixel (r, g, b) at x, y of an image. */
export async function pixel(image: Buffer, x: number, y: number): Promise<[number, number, number]> {
  const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [data[i]!, data[i + 1]!, data[i + 2]!];
}

export function near(actual: readonly number[], expected: { r: number; g: number; b: number }, tolerance = 30): boolean {
  return Math.abs(actual[0]! - expected.r) <= tolerance && Math.abs(actual[1]! - expected.g) <= tolerance && Math.abs(actual[2]! - expected.b) <= tolerance;
}
