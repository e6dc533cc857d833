import { angleDelta } from '../yaw-pitch.ts';
import { overlapOfSmaller, type SphereBox } from './sphere-box.ts';

export interface ScoredBox extends SphereBox {
  score: number;
}

/**
 * One box per face: views overlap, so one face is often found in two or more of them. Boxes that
 * overlap the most certain one by more than `threshold` of the smaller are the same face; they
 * become one box, the average of the group weighted by score (views see a face at different
 * scales, and the average is closer to the face than any one guess, or than their union). The
 * blur adds its own margin round it.
 */
export function mergeBoxes<T extends ScoredBox>(boxes: readonly T[], threshold = 0.4): T[] {
  const sorted = [...boxes].sort((a, b) => b.score - a.score);
  const groups: T[][] = [];
  for (const box of sorted) {
    const same = groups.find((g) => overlapOfSmaller(g[0]!, box) >= threshold);
    if (same) same.push(box);
    else groups.push([box]);
  }
  return groups.map((g) => ({ ...g[0]!, ...weightedAverage(g) }));
}

function weightedAverage(group: readonly ScoredBox[]): SphereBox {
  const best = group[0]!;
  if (best.width >= 360) return best;
  let w = 0;
  let dYaw = 0;
  let pitch = 0;
  let width = 0;
  let height = 0;
  for (const b of group) {
    if (b.width >= 360) continue;
    w += b.score;
    dYaw += b.score * angleDelta(b.yaw, best.yaw);
    pitch += b.score * b.pitch;
    width += b.score * b.width;
    height += b.score * b.height;
  }
  let yaw = best.yaw + dYaw / w;
  if (yaw > 180) yaw -= 360;
  if (yaw <= -180) yaw += 360;
  return { yaw, pitch: pitch / w, width: width / w, height: height / w };
}
