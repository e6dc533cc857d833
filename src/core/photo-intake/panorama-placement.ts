import type { GPano } from './gpano.ts';

/** Where an uploaded image goes on a full 2:1 equirectangular canvas (pixels of that canvas). */
export interface PanoramaPlacement {
  fullWidth: number;
  fullHeight: number;
  left: number;
  top: number;
  width: number;
  height: number;
  /** True when the image already is the whole sphere. */
  whole: boolean;
}

export type PlacementResult = { ok: true; placement: PanoramaPlacement } | { ok: false; reason: 'not-2-to-1' | 'bad-gpano' };

/**
 * A whole 2:1 image is the sphere as it is. An image with GPano crop data is placed where it
 * says inside its full panorama (scaled when the file was resized after the metadata was
 * written); the rest of the sphere stays empty. Anything else is not a 360° image.
 */
export function placePanorama(width: number, height: number, gpano: GPano | null): PlacementResult {
  const g = gpano ?? {};
  const hasCrop = g.fullPanoWidth !== undefined && g.croppedWidth !== undefined && g.croppedHeight !== undefined;
  if (g.projectionType !== undefined && g.projectionType.toLowerCase() !== 'equirectangular') return { ok: false, reason: 'bad-gpano' };
  if (!hasCrop) {
    if (width !== 2 * height) return { ok: false, reason: 'not-2-to-1' };
    return { ok: true, placement: { fullWidth: width, fullHeight: height, left: 0, top: 0, width, height, whole: true } };
  }
  const fullW = g.fullPanoWidth!;
  const fullH = g.fullPanoHeight ?? fullW / 2;
  const cropW = g.croppedWidth!;
  const cropH = g.croppedHeight!;
  const left = g.croppedLeft ?? 0;
  const top = g.croppedTop ?? (fullH - cropH) / 2;
  const sane =
    fullW > 0 &&
    cropW > 0 &&
    cropH > 0 &&
    cropW <= fullW &&
    cropH <= fullH &&
    left >= 0 &&
    top >= 0 &&
    top + cropH <= fullH &&
    Math.abs(fullW - 2 * fullH) <= 2;
  if (!sane) return { ok: false, reason: 'bad-gpano' };
  // The metadata counts pixels of the image as written; a resized copy keeps the proportions.
  const scale = width / cropW;
  const fullWidth = Math.round(fullW * scale);
  const fullHeight = Math.round(fullWidth / 2);
  const placement: PanoramaPlacement = {
    fullWidth,
    fullHeight,
    left: Math.round(left * scale) % fullWidth,
    top: Math.round(top * scale),
    width,
    height,
    whole: cropW === fullW && cropH === fullH,
  };
  return { ok: true, placement };
}
