import type { Object3D } from 'three';

/**
 * Objects that gaze-and-dwell can select (hotspot markers, VR panel buttons). Registered by
 * the components that draw them, so the gaze ray tests only what is selectable.
 */
export interface DwellTarget {
  object: Object3D;
  onSelect: () => void;
}

/** How long the gaze must rest on a target to select it. */
export const DWELL_MS = 1500;

const targets = new Set<DwellTarget>();

export function registerDwellTarget(target: DwellTarget): () => void {
  targets.add(target);
  return () => targets.delete(target);
}

export function dwellTargets(): ReadonlySet<DwellTarget> {
  return targets;
}
