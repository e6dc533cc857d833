/**
 * The shapes everything is built from: oriented boxes, capped cylinders, capsules and
 * ellipsoids. Each has a ray intersection (closest t), a signed distance (for ambient
 * occlusion) and a surface normal. All work in the shape's local frame.
 */
import type { Material } from './materials.ts';
import type { Basis, Vec3 } from './math.ts';

export const BOX = 0;
export const CYLINDER = 1;
export const CAPSULE = 2;
export const ELLIPSOID = 3;

export class Prim {
  /** Extents: box half sizes; cylinder/capsule (radius, half length, radius); ellipsoid radii. */
  ex: number;
  ey: number;
  ez: number;
  // Local axes in world space (rows of the basis).
  b0: number;
  b1: number;
  b2: number;
  b3: number;
  b4: number;
  b5: number;
  b6: number;
  b7: number;
  b8: number;
  minX = 0;
  minY = 0;
  minZ = 0;
  maxX = 0;
  maxY = 0;
  maxZ = 0;
  /** Index in the scene, used as the surface id for lighting reuse and edge detection. */
  id = 0;
  constructor(
    readonly kind: number,
    readonly cx: number,
    readonly cy: number,
    readonly cz: number,
    basis: Basis,
    extents: Vec3,
    readonly mat: Material,
    /** Lamps and glass do not block light. */
    readonly castsShadow: boolean,
  ) {
    [this.ex, this.ey, this.ez] = extents;
    [this.b0, this.b1, this.b2, this.b3, this.b4, this.b5, this.b6, this.b7, this.b8] = basis;
    this.computeBounds();
  }

  private computeBounds(): void {
    // Local bounding box corners → world AABB; exact for boxes, conservative for round shapes.
    const hx = this.ex,
      hy = this.kind === CAPSULE ? this.ey + this.ex : this.ey,
      hz = this.ez;
    const b = [this.b0, this.b1, this.b2, this.b3, this.b4, this.b5, this.b6, this.b7, this.b8];
    const ext = [0, 1, 2].map((w) => Math.abs(b[w]!) * hx + Math.abs(b[3 + w]!) * hy + Math.abs(b[6 + w]!) * hz);
    this.minX = this.cx - ext[0]!;
    this.maxX = this.cx + ext[0]!;
    this.minY = this.cy - ext[1]!;
    this.maxY = this.cy + ext[1]!;
    this.minZ = this.cz - ext[2]!;
    this.maxZ = this.cz + ext[2]!;
  }

  /** Ray (world) → closest t in (tmin, tmax), or -1. */
  intersect(ox: number, oy: number, oz: number, dx: number, dy: number, dz: number, tmin: number, tmax: number): number {
    const rx = ox - this.cx,
      ry = oy - this.cy,
      rz = oz - this.cz;
    const px = rx * this.b0 + ry * this.b1 + rz * this.b2;
    const py = rx * this.b3 + ry * this.b4 + rz * this.b5;
    const pz = rx * this.b6 + ry * this.b7 + rz * this.b8;
    const qx = dx * this.b0 + dy * this.b1 + dz * this.b2;
    const qy = dx * this.b3 + dy * this.b4 + dz * this.b5;
    const qz = dx * this.b6 + dy * this.b7 + dz * this.b8;
    let t: number;
    switch (this.kind) {
      case BOX:
        t = boxHit(px, py, pz, qx, qy, qz, this.ex, this.ey, this.ez, tmin);
        break;
      case CYLINDER:
        t = cylinderHit(px, py, pz, qx, qy, qz, this.ex, this.ey, tmin);
        break;
      case CAPSULE:
        t = capsuleHit(px, py, pz, qx, qy, qz, this.ex, this.ey, tmin);
        break;
      default:
        t = ellipsoidHit(px, py, pz, qx, qy, qz, this.ex, this.ey, this.ez, tmin);
    }
    return t > tmin && t < tmax ? t : -1;
  }

  /** World point → local coordinates into out. */
  toLocal(x: number, y: number, z: number, out: Vec3): void {
    const rx = x - this.cx,
      ry = y - this.cy,
      rz = z - this.cz;
    out[0] = rx * this.b0 + ry * this.b1 + rz * this.b2;
    out[1] = rx * this.b3 + ry * this.b4 + rz * this.b5;
    out[2] = rx * this.b6 + ry * this.b7 + rz * this.b8;
  }

  /** Local surface point → local outward normal into out (unnormalised is fine for boxes). */
  localNormal(lx: number, ly: number, lz: number, out: Vec3): void {
    switch (this.kind) {
      case BOX: {
        const ax = Math.abs(lx) / this.ex,
          ay = Math.abs(ly) / this.ey,
          az = Math.abs(lz) / this.ez;
        out[0] = 0;
        out[1] = 0;
        out[2] = 0;
        if (ax >= ay && ax >= az) out[0] = lx > 0 ? 1 : -1;
        else if (ay >= az) out[1] = ly > 0 ? 1 : -1;
        else out[2] = lz > 0 ? 1 : -1;
        return;
      }
      case CYLINDER: {
        const rr = Math.hypot(lx, lz);
        const capDist = this.ey - Math.abs(ly),
          sideDist = this.ex - rr;
        if (capDist < sideDist || rr < 1e-9) {
          out[0] = 0;
          out[1] = ly > 0 ? 1 : -1;
          out[2] = 0;
        } else {
          out[0] = lx / rr;
          out[1] = 0;
          out[2] = lz / rr;
        }
        return;
      }
      case CAPSULE: {
        const cy = ly > this.ey ? this.ey : ly < -this.ey ? -this.ey : ly;
        const nx = lx,
          ny = ly - cy,
          nz = lz;
        const l = Math.hypot(nx, ny, nz) || 1;
        out[0] = nx / l;
        out[1] = ny / l;
        out[2] = nz / l;
        return;
      }
      default: {
        const nx = lx / (this.ex * this.ex),
          ny = ly / (this.ey * this.ey),
          nz = lz / (this.ez * this.ez);
        const l = Math.hypot(nx, ny, nz) || 1;
        out[0] = nx / l;
        out[1] = ny / l;
        out[2] = nz / l;
      }
    }
  }

  /** Local vector → world vector into out. */
  toWorldDir(x: number, y: number, z: number, out: Vec3): void {
    out[0] = x * this.b0 + y * this.b3 + z * this.b6;
    out[1] = x * this.b1 + y * this.b4 + z * this.b7;
    out[2] = x * this.b2 + y * this.b5 + z * this.b8;
  }

  /** Signed distance from a world point (approximate for ellipsoids). */
  sdf(x: number, y: number, z: number): number {
    const rx = x - this.cx,
      ry = y - this.cy,
      rz = z - this.cz;
    const px = rx * this.b0 + ry * this.b1 + rz * this.b2;
    const py = rx * this.b3 + ry * this.b4 + rz * this.b5;
    const pz = rx * this.b6 + ry * this.b7 + rz * this.b8;
    switch (this.kind) {
      case BOX: {
        const qx = Math.abs(px) - this.ex,
          qy = Math.abs(py) - this.ey,
          qz = Math.abs(pz) - this.ez;
        const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0), Math.max(qz, 0));
        return outside + Math.min(Math.max(qx, qy, qz), 0);
      }
      case CYLINDER: {
        const dr = Math.hypot(px, pz) - this.ex,
          dy = Math.abs(py) - this.ey;
        return Math.min(Math.max(dr, dy), 0) + Math.hypot(Math.max(dr, 0), Math.max(dy, 0));
      }
      case CAPSULE: {
        const cy = py > this.ey ? this.ey : py < -this.ey ? -this.ey : py;
        return Math.hypot(px, py - cy, pz) - this.ex;
      }
      default: {
        const k0 = Math.hypot(px / this.ex, py / this.ey, pz / this.ez);
        const k1 = Math.hypot(px / (this.ex * this.ex), py / (this.ey * this.ey), pz / (this.ez * this.ez));
        return k1 > 1e-12 ? (k0 * (k0 - 1)) / k1 : -Math.min(this.ex, this.ey, this.ez);
      }
    }
  }
}

function boxHit(px: number, py: number, pz: number, qx: number, qy: number, qz: number, hx: number, hy: number, hz: number, tmin: number): number {
  let tn = -Infinity,
    tf = Infinity;
  if (qx !== 0) {
    const inv = 1 / qx;
    let a = (-hx - px) * inv,
      b = (hx - px) * inv;
    if (a > b) {
      const s = a;
      a = b;
      b = s;
    }
    if (a > tn) tn = a;
    if (b < tf) tf = b;
  } else if (px < -hx || px > hx) return -1;
  if (qy !== 0) {
    const inv = 1 / qy;
    let a = (-hy - py) * inv,
      b = (hy - py) * inv;
    if (a > b) {
      const s = a;
      a = b;
      b = s;
    }
    if (a > tn) tn = a;
    if (b < tf) tf = b;
  } else if (py < -hy || py > hy) return -1;
  if (qz !== 0) {
    const inv = 1 / qz;
    let a = (-hz - pz) * inv,
      b = (hz - pz) * inv;
    if (a > b) {
      const s = a;
      a = b;
      b = s;
    }
    if (a > tn) tn = a;
    if (b < tf) tf = b;
  } else if (pz < -hz || pz > hz) return -1;
  if (tn > tf || tn <= tmin) return -1;
  return tn;
}

function cylinderHit(px: number, py: number, pz: number, qx: number, qy: number, qz: number, r: number, h: number, tmin: number): number {
  let best = -1;
  const a = qx * qx + qz * qz;
  if (a > 1e-14) {
    const b = px * qx + pz * qz,
      c = px * px + pz * pz - r * r;
    const disc = b * b - a * c;
    if (disc < 0) return -1;
    const t = (-b - Math.sqrt(disc)) / a;
    if (t > tmin) {
      const y = py + t * qy;
      if (y >= -h && y <= h) best = t;
    }
  } else if (px * px + pz * pz > r * r) return -1;
  if (qy !== 0) {
    const capY = qy > 0 ? -h : h;
    const t = (capY - py) / qy;
    if (t > tmin && (best < 0 || t < best)) {
      const x = px + t * qx,
        z = pz + t * qz;
      if (x * x + z * z <= r * r) best = t;
    }
  }
  return best;
}

function sphereHit(px: number, py: number, pz: number, qx: number, qy: number, qz: number, r: number, tmin: number): number {
  const a = qx * qx + qy * qy + qz * qz;
  const b = px * qx + py * qy + pz * qz,
    c = px * px + py * py + pz * pz - r * r;
  const disc = b * b - a * c;
  if (disc < 0) return -1;
  const t = (-b - Math.sqrt(disc)) / a;
  return t > tmin ? t : -1;
}

function capsuleHit(px: number, py: number, pz: number, qx: number, qy: number, qz: number, r: number, h: number, tmin: number): number {
  let best = -1;
  const a = qx * qx + qz * qz;
  if (a > 1e-14) {
    const b = px * qx + pz * qz,
      c = px * px + pz * pz - r * r;
    const disc = b * b - a * c;
    if (disc < 0) return -1;
    const t = (-b - Math.sqrt(disc)) / a;
    if (t > tmin) {
      const y = py + t * qy;
      if (y >= -h && y <= h) return t;
    }
  }
  const t1 = sphereHit(px, py - h, pz, qx, qy, qz, r, tmin);
  if (t1 > 0) best = t1;
  const t2 = sphereHit(px, py + h, pz, qx, qy, qz, r, tmin);
  if (t2 > 0 && (best < 0 || t2 < best)) best = t2;
  return best;
}

function ellipsoidHit(px: number, py: number, pz: number, qx: number, qy: number, qz: number, rx: number, ry: number, rz: number, tmin: number): number {
  return sphereHit(px / rx, py / ry, pz / rz, qx / rx, qy / ry, qz / rz, 1, tmin);
}
