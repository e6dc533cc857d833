import { angleDelta } from '../yaw-pitch.ts';
import { directionToViewPoint, type SphereView, viewBasis, viewPointToYawPitch } from './sphere-view.ts';
import { normalizeYaw } from './view-set.ts';

/**
 * A box on the equirectangular image in degrees: centre (yaw, pitch) and its extent in yaw and
 * pitch. `width` may carry the box across the ±180° seam (it continues at the other edge); a box
 * round a pole has width 360 and reaches pitch ±90.
 */
export interface SphereBox {
  yaw: number;
  pitch: number;
  width: number;
  height: number;
}

/** A box in a view's pixels (x, y top left). */
export interface PixelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Points per box side sampled when mapping: enough that a curved edge's extreme is found within a fraction of a pixel. */
const SAMPLES = 12;

/**
 * The equirectangular box that holds a box found in a view: its outline is sampled and mapped
 * to yaw/pitch (edges bend in the panorama, most near the poles). A box round a pole becomes the
 * cap from its lowest point to the pole, all the way round.
 */
export function viewBoxToSphereBox(view: SphereView, box: PixelBox): SphereBox {
  const basis = viewBasis(view);
  const centre = viewPointToYawPitch(view, box.x + box.width / 2, box.y + box.height / 2, basis);
  let minDYaw = Infinity;
  let maxDYaw = -Infinity;
  let minPitch = Infinity;
  let maxPitch = -Infinity;
  for (let i = 0; i <= SAMPLES; i++) {
    const t = i / SAMPLES;
    for (const [x, y] of [
      [box.x + t * box.width, box.y],
      [box.x + t * box.width, box.y + box.height],
      [box.x, box.y + t * box.height],
      [box.x + box.width, box.y + t * box.height],
    ] as const) {
      const p = viewPointToYawPitch(view, x, y, basis);
      const d = angleDelta(p.yaw, centre.yaw);
      minDYaw = Math.min(minDYaw, d);
      maxDYaw = Math.max(maxDYaw, d);
      minPitch = Math.min(minPitch, p.pitch);
      maxPitch = Math.max(maxPitch, p.pitch);
    }
  }
  for (const pole of [1, -1]) {
    const at = directionToViewPoint(view, { x: 0, y: pole, z: 0 }, basis);
    if (at && at.x >= box.x && at.x <= box.x + box.width && at.y >= box.y && at.y <= box.y + box.height) {
      const low = pole > 0 ? minPitch : -90;
      const high = pole > 0 ? 90 : maxPitch;
      return { yaw: normalizeYaw(view.yaw), pitch: (low + high) / 2, width: 360, height: high - low };
    }
  }
  const width = Math.min(360, maxDYaw - minDYaw);
  return { yaw: normalizeYaw(centre.yaw + (minDYaw + maxDYaw) / 2), pitch: (minPitch + maxPitch) / 2, width, height: maxPitch - minPitch };
}

/** Overlap in yaw of two boxes, in degrees, with the seam taken into account. */
export function yawOverlap(a: SphereBox, b: SphereBox): number {
  if (a.width >= 360 || b.width >= 360) return Math.min(a.width, b.width, 360);
  const d = Math.abs(angleDelta(a.yaw, b.yaw));
  return Math.max(0, Math.min(a.width, b.width, (a.width + b.width) / 2 - d));
}

export function pitchOverlap(a: SphereBox, b: SphereBox): number {
  const top = Math.min(a.pitch + a.height / 2, b.pitch + b.height / 2);
  const bottom = Math.max(a.pitch - a.height / 2, b.pitch - b.height / 2);
  return Math.max(0, top - bottom);
}

/**
 * Area of a box on the sphere in square degrees (a band of latitude is smaller towards a pole),
 * so overlaps of boxes near a pole are weighed as they look, not as the stretched image shows them.
 */
export function sphereArea(b: SphereBox): number {
  return b.width * latBandHeight(b.pitch - b.height / 2, b.pitch + b.height / 2);
}

function latBandHeight(low: number, high: number): number {
  const r = Math.PI / 180;
  return (Math.sin(Math.min(90, high) * r) - Math.sin(Math.max(-90, low) * r)) / r;
}

/** Share of the smaller box covered by the other (0…1), on the sphere. */
export function overlapOfSmaller(a: SphereBox, b: SphereBox): number {
  const w = yawOverlap(a, b);
  const h = pitchOverlap(a, b);
  if (w <= 0 || h <= 0) return 0;
  const top = Math.min(a.pitch + a.height / 2, b.pitch + b.height / 2);
  const inter = w * latBandHeight(top - h, top);
  return inter / Math.max(1e-9, Math.min(sphereArea(a), sphereArea(b)));
}

/** Intersection over union on the sphere (0…1). */
export function sphereIoU(a: SphereBox, b: SphereBox): number {
  const w = yawOverlap(a, b);
  const h = pitchOverlap(a, b);
  if (w <= 0 || h <= 0) return 0;
  const top = Math.min(a.pitch + a.height / 2, b.pitch + b.height / 2);
  const inter = w * latBandHeight(top - h, top);
  return inter / Math.max(1e-9, sphereArea(a) + sphereArea(b) - inter);
}

/** Whether the point (yaw, pitch) lies inside the box (seam and poles included). */
export function boxContains(b: SphereBox, yaw: number, pitch: number): boolean {
  if (Math.abs(pitch - b.pitch) > b.height / 2) return false;
  return b.width >= 360 || Math.abs(angleDelta(yaw, b.yaw)) <= b.width / 2;
}

/**
 * The pixel rectangles of an equirectangular image of `width` × `height` that a box covers,
 * rounded outwards so no pixel of the box is left out: one, or two when it crosses the seam.
 */
export function sphereBoxToPixelRects(b: SphereBox, width: number, height: number): { left: number; top: number; width: number; height: number }[] {
  const top = Math.max(0, Math.floor(((90 - Math.min(90, b.pitch + b.height / 2)) / 180) * height));
  const bottom = Math.min(height, Math.ceil(((90 - Math.max(-90, b.pitch - b.height / 2)) / 180) * height));
  if (bottom <= top) return [];
  if (b.width >= 360) return [{ left: 0, top, width, height: bottom - top }];
  const u0 = (0.5 + (b.yaw - b.width / 2) / 360) * width;
  const u1 = (0.5 + (b.yaw + b.width / 2) / 360) * width;
  const left = Math.floor(u0);
  const right = Math.ceil(u1);
  if (right - left >= width) return [{ left: 0, top, width, height: bottom - top }];
  // Shift into 0…width; what runs past an edge continues at the other.
  const start = ((left % width) + width) % width;
  const span = right - left;
  if (start + span <= width) return [{ left: start, top, width: span, height: bottom - top }];
  return [
    { left: start, top, width: width - start, height: bottom - top },
    { left: 0, top, width: start + span - width, height: bottom - top },
  ];
}
