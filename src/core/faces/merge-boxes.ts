import { overlapOfSmaller, type SphereBox } from './sphere-box.ts';

export interface ScoredBox extends SphereBox {
  score: number;
}

/**
 * One box per face: views overlap, so one face is often found in two or more of them. Boxes that
 * overlap by more than `threshold` of the smaller one are the same face; the most certain one is
 * kept, grown to hold the others, so a face seen cut at one view's edge is still covered whole.
 */
export function mergeBoxes<T extends ScoredBox>(boxes: readonly T[], threshold = 0.4): T[] {
  const sorted = [...boxes].sort((a, b) => b.score - a.score);
  const kept: T[] = [];
  for (const box of sorted) {
    const same = kept.findIndex((k) => overlapOfSmaller(k, box) >= threshold);
    if (same < 0) kept.push({ ...box });
    else kept[same] = { ...kept[same]!, ...union(kept[same]!, box) };
  }
  return kept;
}

/** The smallest box holding both (seam-aware: the two are joined the short way round). */
export function union(a: SphereBox, b: SphereBox): SphereBox {
  const top = Math.max(a.pitch + a.height / 2, b.pitch + b.height / 2);
  const bottom = Math.min(a.pitch - a.height / 2, b.pitch - b.height / 2);
  if (a.width >= 360 || b.width >= 360) return { yaw: a.width >= 360 ? a.yaw : b.yaw, pitch: (top + bottom) / 2, width: 360, height: top - bottom };
  let d = (b.yaw - a.yaw) % 360;
  if (d > 180) d -= 360;
  if (d <= -180) d += 360;
  const lo = Math.min(-a.width / 2, d - b.width / 2);
  const hi = Math.max(a.width / 2, d + b.width / 2);
  let yaw = a.yaw + (lo + hi) / 2;
  if (yaw > 180) yaw -= 360;
  if (yaw <= -180) yaw += 360;
  return { yaw, pitch: (top + bottom) / 2, width: Math.min(360, hi - lo), height: top - bottom };
}
