import type { SphereView } from './sphere-view.ts';

export interface ViewSetOptions {
  /** Field of view of each view, degrees. */
  fov: number;
  /** Pixels per side of each view. */
  size: number;
  /**
   * How far apart neighbouring view centres are, as a share of the field of view (0.5: half
   * overlaps); small enough that a face up to (1 − step) × fov across lies whole in some view.
   */
  step: number;
}

/**
 * Views that together see the whole sphere, poles included: rings of views at evenly spaced
 * pitches (more views round a ring near the equator, fewer towards the poles, where a ring is
 * shorter), and one view straight up and one straight down.
 */
export function viewsCoveringSphere({ fov, size, step }: ViewSetOptions): SphereView[] {
  const spacing = fov * step;
  const views: SphereView[] = [];
  // Rings up to where the view at the pole takes over (its edge midpoints lie at 90 − fov/2).
  const capEdge = 90 - fov / 2;
  const rings = Math.ceil(capEdge / spacing);
  const ringStep = capEdge / Math.max(1, rings);
  for (let r = -rings; r <= rings; r++) {
    const pitch = r * ringStep;
    // Round a ring, spacing is measured at the view's edge nearest the equator, where the ring is widest.
    const widest = Math.cos(Math.max(0, Math.abs(pitch) - fov / 2) * (Math.PI / 180));
    const count = Math.max(3, Math.ceil((360 * widest) / spacing));
    // Every other ring is turned by half a step, so gaps between rings are not lined up.
    const offset = (Math.abs(r) % 2) * (180 / count);
    for (let i = 0; i < count; i++) views.push({ yaw: normalizeYaw(-180 + offset + (i * 360) / count), pitch, fov, size });
  }
  views.push({ yaw: 0, pitch: 90, fov, size }, { yaw: 0, pitch: -90, fov, size });
  return views;
}

/** A yaw in (−180, 180]. */
export function normalizeYaw(yaw: number): number {
  let y = yaw % 360;
  if (y > 180) y -= 360;
  if (y <= -180) y += 360;
  return y;
}
