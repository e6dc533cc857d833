/**
 * Camera and direction math shared by the renderer and by scenario authors.
 *
 * Convention (must match the player): camera at the origin, +X right/east, +Y up, −Z forward/north.
 * Pixel (u,v) in [0,1): yaw = (u − 0.5)·360°, pitch = (0.5 − v)·180°;
 * direction = (sin yaw·cos pitch, sin pitch, −cos yaw·cos pitch).
 */

import { directionToYawPitch as coreDirectionToYawPitch, yawPitchToDirection as coreYawPitchToDirection } from '../../core/yaw-pitch.ts';

export type Vec3 = [number, number, number];

const DEG = Math.PI / 180;

export interface YawPitch {
  /** Degrees, 0 = image centre (−Z), positive = right (clockwise seen from above). */
  yaw: number;
  /** Degrees, positive = up. */
  pitch: number;
}

/** Unit direction for a yaw/pitch in degrees (the player's mapping, src/core/yaw-pitch.ts). */
export function yawPitchToDirection(yaw: number, pitch: number): Vec3 {
  const d = coreYawPitchToDirection(yaw, pitch);
  return [d.x, d.y, d.z];
}

/** Unit direction for an equirectangular image position u,v in [0,1). */
export function pixelToDirection(u: number, v: number): Vec3 {
  return yawPitchToDirection((u - 0.5) * 360, (0.5 - v) * 180);
}

/**
 * Yaw/pitch in degrees of a direction (or of a point relative to the camera). Used to place
 * hotspots exactly on objects; yaw is in (−180, 180]. Same mapping as the player.
 */
export function directionToYawPitch(x: number, y: number, z: number): YawPitch {
  const { yaw, pitch } = coreDirectionToYawPitch(x, y, z);
  return { yaw: yaw === -180 ? 180 : yaw, pitch };
}

/** Image position u,v in [0,1) of a yaw/pitch in degrees. */
export function yawPitchToPixel(yaw: number, pitch: number): { u: number; v: number } {
  let u = yaw / 360 + 0.5;
  u -= Math.floor(u);
  return { u, v: 0.5 - pitch / 180 };
}

/** Row-major 3×3 matrix whose rows are the local X, Y, Z axes expressed in world space. */
export type Basis = [number, number, number, number, number, number, number, number, number];

export const IDENTITY_BASIS: Basis = [1, 0, 0, 0, 1, 0, 0, 0, 1];

/**
 * Rotation from Euler angles in degrees, applied roll (about Z), then pitch (about X), then
 * yaw (about Y, clockwise seen from above, like the camera yaw). Returned as the world-space
 * images of the local axes.
 */
export function rotationBasis(yawDeg: number, pitchDeg = 0, rollDeg = 0): Basis {
  const ex = (v: Vec3): Vec3 => rotateEuler(v, yawDeg, pitchDeg, rollDeg);
  const [ax, ay, az] = [ex([1, 0, 0]), ex([0, 1, 0]), ex([0, 0, 1])];
  return [...ax, ...ay, ...az] as Basis;
}

function rotateEuler(v: Vec3, yawDeg: number, pitchDeg: number, rollDeg: number): Vec3 {
  let [x, y, z] = v;
  // Roll about Z (positive = counter-clockwise seen from the front, +Z).
  if (rollDeg) {
    const c = Math.cos(rollDeg * DEG),
      s = Math.sin(rollDeg * DEG);
    [x, y] = [x * c - y * s, x * s + y * c];
  }
  // Pitch about X (positive tips the local +Z end upwards).
  if (pitchDeg) {
    const c = Math.cos(pitchDeg * DEG),
      s = Math.sin(pitchDeg * DEG);
    [y, z] = [y * c + z * s, -y * s + z * c];
  }
  // Yaw about Y, clockwise seen from above: +Z (south) turns to −X (west) at 90°.
  if (yawDeg) {
    const c = Math.cos(yawDeg * DEG),
      s = Math.sin(yawDeg * DEG);
    [x, z] = [x * c - z * s, x * s + z * c];
  }
  return [x, y, z];
}

/** Applies a basis to a local vector. */
export function applyBasis(b: Basis, v: Vec3): Vec3 {
  return [v[0] * b[0] + v[1] * b[3] + v[2] * b[6], v[0] * b[1] + v[1] * b[4] + v[2] * b[7], v[0] * b[2] + v[1] * b[5] + v[2] * b[8]];
}

/** Composition: first `inner`, then `outer` (both map local → parent). */
export function composeBasis(outer: Basis, inner: Basis): Basis {
  const ax = applyBasis(outer, [inner[0], inner[1], inner[2]]);
  const ay = applyBasis(outer, [inner[3], inner[4], inner[5]]);
  const az = applyBasis(outer, [inner[6], inner[7], inner[8]]);
  return [...ax, ...ay, ...az] as Basis;
}

/** An orthonormal basis whose local Y is the given axis (for cylinders and capsules). */
export function basisFromYAxis(axis: Vec3): Basis {
  const len = Math.hypot(axis[0], axis[1], axis[2]);
  const y: Vec3 = [axis[0] / len, axis[1] / len, axis[2] / len];
  // Any helper not parallel to the axis works; pick the world axis least aligned with it.
  const helper: Vec3 = Math.abs(y[1]) < 0.9 ? [0, 1, 0] : [1, 0, 0];
  const x = normalize(cross(helper, y));
  const z = cross(x, y);
  return [...x, ...y, ...z] as Basis;
}

export function cross(a: Vec3, b: Vec3): Vec3 {
  return [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
}

export function normalize(a: Vec3): Vec3 {
  const l = Math.hypot(a[0], a[1], a[2]);
  return [a[0] / l, a[1] / l, a[2] / l];
}

/** 32-bit integer hash (lowbias32); the only source of "randomness" in the renderer. */
export function hash32(n: number): number {
  let x = n >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Hash of two integers (and a seed) to [0, 1). */
export function hash2(ix: number, iy: number, seed = 0): number {
  return hash32(Math.imul(ix | 0, 0x27d4eb2d) ^ hash32((iy | 0) + Math.imul(seed | 0, 0x165667b1))) / 4294967296;
}

/** Smooth 2D value noise in [0, 1); deterministic. */
export function valueNoise(x: number, y: number, seed = 0): number {
  const ix = Math.floor(x),
    iy = Math.floor(y);
  const fx = x - ix,
    fy = y - iy;
  const sx = fx * fx * (3 - 2 * fx),
    sy = fy * fy * (3 - 2 * fy);
  const a = hash2(ix, iy, seed),
    b = hash2(ix + 1, iy, seed);
  const c = hash2(ix, iy + 1, seed),
    d = hash2(ix + 1, iy + 1, seed);
  return a + (b - a) * sx + (c - a) * sy + (a - b - c + d) * sx * sy;
}

export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

export function smoothstep(e0: number, e1: number, x: number): number {
  const t = clamp((x - e0) / (e1 - e0), 0, 1);
  return t * t * (3 - 2 * t);
}
