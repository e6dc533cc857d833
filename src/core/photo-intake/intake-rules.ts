import type { LocalizedText } from '../localized-text.ts';
import type { GPano } from './gpano.ts';
import { placePanorama, type PanoramaPlacement } from './panorama-placement.ts';

/** Narrower than this, a 360° photo looks blurry in a headset (about 5.7 px per degree). */
export const MIN_PANORAMA_WIDTH = 2048;
/** Bigger than this takes too long to process and gains nothing: headsets get ≤ 4096 px. */
export const MAX_IMAGE_PIXELS = 150_000_000;
export const MAX_IMAGE_BYTES = 150 * 1024 * 1024;
export const MAX_VIDEO_BYTES = 1024 * 1024 * 1024;

/** What the server found out about an uploaded file (by its content, not its name). */
export interface UploadFacts {
  fileName: string;
  bytes: number;
  /** The format by content: null when it is no image or video we know. */
  format: 'jpeg' | 'png' | 'webp' | 'heif' | 'mp4' | 'webm' | null;
  width?: number;
  height?: number;
  /** Set when the image could not be decoded in full (broken or cut off). */
  decodeError?: string;
  gpano?: GPano | null;
}

export type IntakeProblemCode = 'not-media' | 'unstitched' | 'wrong-extension' | 'broken' | 'too-small' | 'too-large' | 'not-2-to-1' | 'bad-gpano';

export interface IntakeProblem {
  code: IntakeProblemCode;
  /** Plain Dutch (A2/B1) first, English alongside: what is wrong and what to do. */
  message: Required<LocalizedText>;
}

export type IntakeVerdict =
  | { ok: true; kind: 'image'; placement: PanoramaPlacement }
  | { ok: true; kind: 'video'; width?: number; height?: number }
  | { ok: false; problem: IntakeProblem };

/** Camera files that hold two fisheye images, not yet stitched into one 360° picture. */
const UNSTITCHED = /\.(insp|insv|lrv|360|dng)$/i;
const EXTENSIONS: Record<NonNullable<UploadFacts['format']>, RegExp> = {
  jpeg: /\.(jpe?g)$/i,
  png: /\.png$/i,
  webp: /\.webp$/i,
  heif: /\.(heic|heif)$/i,
  mp4: /\.(mp4|m4v|mov)$/i,
  webm: /\.webm$/i,
};
const FORMAT_NAMES: Record<NonNullable<UploadFacts['format']>, string> = {
  jpeg: 'JPEG (.jpg)',
  png: 'PNG (.png)',
  webp: 'WebP (.webp)',
  heif: 'HEIC (.heic)',
  mp4: 'MP4 (.mp4)',
  webm: 'WebM (.webm)',
};

const problem = (code: IntakeProblemCode, nl: string, en: string): IntakeVerdict => ({ ok: false, problem: { code, message: { nl, en } } });

/**
 * Whether an uploaded file can become a scene, and if not, why in words a content maker can act
 * on. The same rules for every way in (editor upload, pack import).
 */
export function judgeUpload(f: UploadFacts): IntakeVerdict {
  const name = f.fileName;
  if (UNSTITCHED.test(name))
    return problem(
      'unstitched',
      `"${name}" komt rechtstreeks uit de 360°-camera en is nog niet aan elkaar gezet. Open de foto in de app van de camera, exporteer hem als 360°-foto (JPEG) en upload die.`,
      `"${name}" comes straight from the 360° camera and is not stitched yet. Open it in the camera's app, export it as a 360° photo (JPEG) and upload that.`,
    );
  if (f.format === null)
    return problem(
      'not-media',
      `"${name}" is geen foto of video. Upload een 360°-foto (JPEG, PNG of HEIC) of een 360°-video (MP4).`,
      `"${name}" is not a photo or video. Upload a 360° photo (JPEG, PNG or HEIC) or a 360° video (MP4).`,
    );
  if (!EXTENSIONS[f.format].test(name))
    return problem(
      'wrong-extension',
      `De naam "${name}" past niet bij wat erin zit: het is een ${FORMAT_NAMES[f.format]}-bestand. Geef het de goede extensie en upload het opnieuw.`,
      `The name "${name}" does not match what is inside: it is a ${FORMAT_NAMES[f.format]} file. Give it the right extension and upload it again.`,
    );
  const video = f.format === 'mp4' || f.format === 'webm';
  if (f.bytes > (video ? MAX_VIDEO_BYTES : MAX_IMAGE_BYTES))
    return problem(
      'too-large',
      `"${name}" is te groot (${Math.round(f.bytes / 1024 / 1024)} MB; de grens is ${(video ? MAX_VIDEO_BYTES : MAX_IMAGE_BYTES) / 1024 / 1024} MB). Exporteer hem kleiner, bijvoorbeeld 8192 pixels breed.`,
      `"${name}" is too large (${Math.round(f.bytes / 1024 / 1024)} MB; the limit is ${(video ? MAX_VIDEO_BYTES : MAX_IMAGE_BYTES) / 1024 / 1024} MB). Export it smaller, e.g. 8192 pixels wide.`,
    );
  if (f.decodeError !== undefined)
    return problem(
      'broken',
      `"${name}" is beschadigd of niet helemaal geüpload (${f.decodeError}). Exporteer de foto opnieuw en probeer het nog eens.`,
      `"${name}" is damaged or not fully uploaded (${f.decodeError}). Export the photo again and try once more.`,
    );
  if (video) return { ok: true, kind: 'video', ...(f.width !== undefined ? { width: f.width } : {}), ...(f.height !== undefined ? { height: f.height } : {}) };
  const width = f.width ?? 0;
  const height = f.height ?? 0;
  if (width * height > MAX_IMAGE_PIXELS)
    return problem(
      'too-large',
      `"${name}" heeft te veel pixels (${width}×${height}). Exporteer hem kleiner, bijvoorbeeld 8192×4096.`,
      `"${name}" has too many pixels (${width}×${height}). Export it smaller, e.g. 8192×4096.`,
    );
  const placed = placePanorama(width, height, f.gpano ?? null);
  if (!placed.ok && placed.reason === 'bad-gpano')
    return problem(
      'bad-gpano',
      `"${name}" zegt dat het een deel van een 360°-foto is, maar de gegevens daarover kloppen niet. Exporteer hem opnieuw als hele 360°-foto (2 keer zo breed als hoog).`,
      `"${name}" says it is part of a 360° photo, but that information does not add up. Export it again as a whole 360° photo (twice as wide as high).`,
    );
  if (!placed.ok)
    return problem(
      'not-2-to-1',
      `"${name}" is ${width}×${height} pixels. Een 360°-foto is precies 2 keer zo breed als hoog (bijvoorbeeld 5760×2880). Gebruik de 360°- of panoramastand van je camera, of exporteer de foto als "equirectangular".`,
      `"${name}" is ${width}×${height} pixels. A 360° photo is exactly twice as wide as it is high (e.g. 5760×2880). Use the 360° or panorama mode of your camera, or export the photo as "equirectangular".`,
    );
  if (placed.placement.fullWidth < MIN_PANORAMA_WIDTH)
    return problem(
      'too-small',
      `"${name}" is te klein (${placed.placement.fullWidth} pixels breed als 360°-foto; minstens ${MIN_PANORAMA_WIDTH}). In een VR-bril wordt hij dan wazig. Gebruik de hoogste kwaliteit van je camera.`,
      `"${name}" is too small (${placed.placement.fullWidth} pixels wide as a 360° photo; at least ${MIN_PANORAMA_WIDTH}). It would look blurry in a headset. Use your camera's highest quality.`,
    );
  return { ok: true, kind: 'image', placement: placed.placement };
}
