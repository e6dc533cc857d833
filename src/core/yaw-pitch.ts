/**
 * The one mapping between view angles and directions, shared by the player, the hotspot
 * placement and the panorama generator, so a hotspot at (yaw, pitch) sits on the pixel the
 * generator drew there.
 *
 * World axes: +X right, +Y up, −Z forward. Yaw 0 = centre of the equirectangular image = −Z,
 * positive yaw turns right (clockwise seen from above); pitch positive up. Degrees.
 */
export interface Vec3 {
  x: number;
  y: number;
  z: number;
}

const RAD = Math.PI / 180;

export function yawPitchToDirection(yawDeg: number, pitchDeg: number): Vec3 {
  const yaw = yawDeg * RAD;
  const pitch = pitchDeg * RAD;
  return { x: Math.sin(yaw) * Math.cos(pitch), y: Math.sin(pitch), z: -Math.cos(yaw) * Math.cos(pitch) };
}

export function directionToYawPitch(x: number, y: number, z: number): { yaw: number; pitch: number } {
  const len = Math.hypot(x, y, z) || 1;
  return { yaw: Math.atan2(x, -z) / RAD, pitch: Math.asin(Math.max(-1, Math.min(1, y / len))) / RAD };
}

/** Equirectangular texture coordinates (u right, v down, both 0..1) of a view direction. */
export function yawPitchToUv(yawDeg: number, pitchDeg: number): { u: number; v: number } {
  return { u: 0.5 + yawDeg / 360, v: 0.5 - pitchDeg / 180 };
}

/** Smallest signed difference a − b in degrees, in (−180, 180]. */
export function angleDelta(a: number, b: number): number {
  let d = (a - b) % 360;
  if (d > 180) d -= 360;
  if (d <= -180) d += 360;
  return d;
}

/** Angle in degrees between two view directions (great-circle distance). */
export function angularDistance(yawA: number, pitchA: number, yawB: number, pitchB: number): number {
  const a = yawPitchToDirection(yawA, pitchA);
  const b = yawPitchToDirection(yawB, pitchB);
  const dot = Math.max(-1, Math.min(1, a.x * b.x + a.y * b.y + a.z * b.z));
  return Math.acos(dot) / RAD;
}
