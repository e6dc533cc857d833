import { directionToYawPitch, type Vec3, yawPitchToDirection } from '../yaw-pitch.ts';

/**
 * A rectilinear (gnomonic) view of the panorama: what a pinhole camera sees looking at
 * (yaw, pitch) with a square field of view. Straight lines stay straight and a face looks like a
 * face in it, also near the poles, where the equirectangular image stretches it. Degrees; yaw and
 * pitch as in core/yaw-pitch.ts. Pixels: x right, y down, `size` × `size`.
 */
export interface SphereView {
  yaw: number;
  pitch: number;
  /** Horizontal (= vertical) field of view in degrees, below 180. */
  fov: number;
  size: number;
}

export interface ViewBasis {
  forward: Vec3;
  right: Vec3;
  up: Vec3;
  /** tan(fov / 2): the half-width of the image plane at distance 1. */
  half: number;
}

const RAD = Math.PI / 180;

export function viewBasis(view: SphereView): ViewBasis {
  const forward = yawPitchToDirection(view.yaw, view.pitch);
  // The derivative of the direction by yaw: horizontal, so the view is never rolled, also at a pole.
  const yaw = view.yaw * RAD;
  const right = { x: Math.cos(yaw), y: 0, z: Math.sin(yaw) };
  const up = cross(right, forward);
  return { forward, right, up, half: Math.tan((view.fov / 2) * RAD) };
}

/** The direction (unit length) through a point of the view, in pixels (pixel centres at +0.5). */
export function viewPointToDirection(view: SphereView, x: number, y: number, basis = viewBasis(view)): Vec3 {
  const nx = ((2 * x) / view.size - 1) * basis.half;
  const ny = (1 - (2 * y) / view.size) * basis.half;
  const d = {
    x: basis.forward.x + nx * basis.right.x + ny * basis.up.x,
    y: basis.forward.y + nx * basis.right.y + ny * basis.up.y,
    z: basis.forward.z + nx * basis.right.z + ny * basis.up.z,
  };
  const len = Math.hypot(d.x, d.y, d.z);
  return { x: d.x / len, y: d.y / len, z: d.z / len };
}

/** Where a direction lands in the view, in pixels; null when it is behind the camera. May lie outside 0…size. */
export function directionToViewPoint(view: SphereView, d: Vec3, basis = viewBasis(view)): { x: number; y: number } | null {
  const depth = dot(d, basis.forward);
  if (depth <= 1e-9) return null;
  const nx = dot(d, basis.right) / depth / basis.half;
  const ny = dot(d, basis.up) / depth / basis.half;
  return { x: ((nx + 1) * view.size) / 2, y: ((1 - ny) * view.size) / 2 };
}

/** Yaw/pitch of a point of the view. */
export function viewPointToYawPitch(view: SphereView, x: number, y: number, basis = viewBasis(view)): { yaw: number; pitch: number } {
  const d = viewPointToDirection(view, x, y, basis);
  return directionToYawPitch(d.x, d.y, d.z);
}

export function dot(a: Vec3, b: Vec3): number {
  return a.x * b.x + a.y * b.y + a.z * b.z;
}

function cross(a: Vec3, b: Vec3): Vec3 {
  return { x: a.y * b.z - a.z * b.y, y: a.z * b.x - a.x * b.z, z: a.x * b.y - a.y * b.x };
}
