/**
 * Google's photo-sphere metadata (GPano, in the image's XMP), which phone camera apps and 360°
 * cameras write. A partial panorama (e.g. a phone's 230° sweep) says where it sits in the full
 * sphere, so it can be placed on the sphere instead of stretched around it.
 * See https://developers.google.com/streetview/spherical-metadata.
 */
export interface GPano {
  projectionType?: string;
  fullPanoWidth?: number;
  fullPanoHeight?: number;
  croppedWidth?: number;
  croppedHeight?: number;
  croppedLeft?: number;
  croppedTop?: number;
  /** Compass heading of the image centre, in degrees (informational: scenes have no compass). */
  poseHeading?: number;
}

const FIELDS: Record<keyof GPano, string> = {
  projectionType: 'ProjectionType',
  fullPanoWidth: 'FullPanoWidthPixels',
  fullPanoHeight: 'FullPanoHeightPixels',
  croppedWidth: 'CroppedAreaImageWidthPixels',
  croppedHeight: 'CroppedAreaImageHeightPixels',
  croppedLeft: 'CroppedAreaLeftPixels',
  croppedTop: 'CroppedAreaTopPixels',
  poseHeading: 'PoseHeadingDegrees',
};

/** One field, written either as an attribute (GPano:X="1") or as an element (<GPano:X>1</GPano:X>). */
function field(xmp: string, name: string): string | undefined {
  const attr = new RegExp(`GPano:${name}\\s*=\\s*["']([^"']*)["']`).exec(xmp);
  if (attr) return attr[1]!.trim();
  const element = new RegExp(`<GPano:${name}>([^<]*)</GPano:${name}>`).exec(xmp);
  return element?.[1]?.trim();
}

/** Reads the GPano fields from an XMP packet; null when it has none. Never throws on odd input. */
export function parseGPano(xmp: string): GPano | null {
  if (!xmp.includes('GPano:')) return null;
  const out: GPano = {};
  for (const [key, name] of Object.entries(FIELDS) as [keyof GPano, string][]) {
    const raw = field(xmp, name);
    if (raw === undefined || raw === '') continue;
    if (key === 'projectionType') out.projectionType = raw;
    else {
      const n = Number(raw);
      if (Number.isFinite(n)) out[key] = n;
    }
  }
  return Object.keys(out).length > 0 ? out : null;
}
