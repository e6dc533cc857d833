/**
 * The toolkit library items are built with. An item is one function `(b, p) => void` that adds
 * shapes in its own local frame: origin on the floor at the centre of its footprint (wall items:
 * at their centre), front facing +z (towards whoever looks at it), x to the viewer's right,
 * metres. The scene compiler then places, turns and anchors the result.
 */
import type { MaterialSpec } from '../materials.ts';
import { applyBasis, basisFromYAxis, composeBasis, IDENTITY_BASIS, rotationBasis, type Basis, type Vec3 } from '../math.ts';
import { BOX, CAPSULE, CYLINDER, ELLIPSOID } from '../primitives.ts';

export type MatLike = MaterialSpec | string;

/** A shape in item-local coordinates, before placement. */
export interface PartSpec {
  kind: number;
  center: Vec3;
  basis: Basis;
  extents: Vec3;
  mat: MatLike;
  castsShadow: boolean;
}

interface ShapeOptions {
  /** Extra rotation in degrees: [yaw, pitch, roll] (see rotationBasis). */
  rot?: Vec3;
  /** Set false for lamps and glass. */
  shadow?: boolean;
}

export class PartBuilder {
  readonly parts: PartSpec[] = [];
  readonly anchors: { key: string; at: Vec3 }[] = [];
  private basis: Basis = IDENTITY_BASIS;
  private origin: Vec3 = [0, 0, 0];

  private toFrame(p: Vec3): Vec3 {
    const r = applyBasis(this.basis, p);
    return [r[0] + this.origin[0], r[1] + this.origin[1], r[2] + this.origin[2]];
  }

  private add(kind: number, center: Vec3, basis: Basis, extents: Vec3, mat: MatLike, o?: ShapeOptions): void {
    const local = o?.rot ? composeBasis(basis, rotationBasis(o.rot[0], o.rot[1], o.rot[2])) : basis;
    this.parts.push({
      kind,
      center: this.toFrame(center),
      basis: composeBasis(this.basis, local),
      extents,
      mat,
      castsShadow: o?.shadow ?? true,
    });
  }

  /** Box by centre and full size [w, h, d]. */
  box(center: Vec3, size: Vec3, mat: MatLike, o?: ShapeOptions): void {
    this.add(BOX, center, IDENTITY_BASIS, [size[0] / 2, size[1] / 2, size[2] / 2], mat, o);
  }

  /** Axis-aligned box between two corners (handy for furniture: x0,y0,z0 → x1,y1,z1). */
  block(x0: number, y0: number, z0: number, x1: number, y1: number, z1: number, mat: MatLike, o?: ShapeOptions): void {
    this.box([(x0 + x1) / 2, (y0 + y1) / 2, (z0 + z1) / 2], [Math.abs(x1 - x0), Math.abs(y1 - y0), Math.abs(z1 - z0)], mat, o);
  }

  /** Capped cylinder between two points. */
  cylinder(a: Vec3, b: Vec3, radius: number, mat: MatLike, o?: ShapeOptions): void {
    const axis: Vec3 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    const half = Math.hypot(...axis) / 2;
    this.add(CYLINDER, mid(a, b), basisFromYAxis(axis), [radius, half, radius], mat, o);
  }

  /** Rounded rod between two points (limbs, rails, handles). */
  capsule(a: Vec3, b: Vec3, radius: number, mat: MatLike, o?: ShapeOptions): void {
    const axis: Vec3 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    const half = Math.hypot(...axis) / 2;
    if (half < 1e-6) return this.sphere(a, radius, mat, o);
    this.add(CAPSULE, mid(a, b), basisFromYAxis(axis), [radius, half, radius], mat, o);
  }

  sphere(center: Vec3, radius: number, mat: MatLike, o?: ShapeOptions): void {
    this.add(ELLIPSOID, center, IDENTITY_BASIS, [radius, radius, radius], mat, o);
  }

  /** Ellipsoid with radii [rx, ry, rz]. */
  ellipsoid(center: Vec3, radii: Vec3, mat: MatLike, o?: ShapeOptions): void {
    this.add(ELLIPSOID, center, IDENTITY_BASIS, radii, mat, o);
  }

  /** Builds `fn` in a sub-frame moved to `origin` and turned by [yaw, pitch, roll] degrees. */
  within(origin: Vec3, rot: Vec3, fn: () => void): void {
    const saved = { basis: this.basis, origin: this.origin };
    this.origin = this.toFrame(origin);
    this.basis = composeBasis(this.basis, rotationBasis(rot[0], rot[1], rot[2]));
    try {
      fn();
    } finally {
      this.basis = saved.basis;
      this.origin = saved.origin;
    }
  }

  /** A point hotspots can aim at; key "" is the object's main anchor. */
  anchor(at: Vec3, key = ''): void {
    this.anchors.push({ key, at: this.toFrame(at) });
  }
}

function mid(a: Vec3, b: Vec3): Vec3 {
  return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2];
}

/** Typed access to an object's extra fields in rooms.json, with defaults and clear errors. */
export class Params {
  constructor(
    private readonly raw: Record<string, unknown>,
    private readonly where: string,
  ) {}

  num(key: string, fallback: number): number {
    const v = this.raw[key];
    if (v === undefined) return fallback;
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${this.where}: "${key}" must be a number`);
    return v;
  }

  str<T extends string>(key: string, fallback: T, allowed?: readonly T[]): T {
    const v = this.raw[key];
    if (v === undefined) return fallback;
    if (typeof v !== 'string' || (allowed && !allowed.includes(v as T))) {
      throw new Error(`${this.where}: "${key}" must be ${allowed ? allowed.map((a) => `"${a}"`).join(' | ') : 'a string'}`);
    }
    return v as T;
  }

  bool(key: string, fallback: boolean): boolean {
    const v = this.raw[key];
    if (v === undefined) return fallback;
    if (typeof v !== 'boolean') throw new Error(`${this.where}: "${key}" must be true or false`);
    return v;
  }

  /** A colour "#rrggbb" or a full material object. */
  mat(key: string, fallback: MatLike): MatLike {
    const v = this.raw[key];
    if (v === undefined) return fallback;
    if (typeof v === 'string' && /^#[0-9a-fA-F]{6}$/.test(v)) return v;
    if (v && typeof v === 'object' && typeof (v as { color?: unknown }).color === 'string') return v as MaterialSpec;
    throw new Error(`${this.where}: "${key}" must be a colour "#rrggbb" or a material {"color": …}`);
  }

  /** Nested options (e.g. a bed's occupant); undefined when absent or false. */
  sub(key: string): Params | undefined {
    const v = this.raw[key];
    if (v === undefined || v === false) return undefined;
    if (v === true) return new Params({}, `${this.where}.${key}`);
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error(`${this.where}: "${key}" must be an object`);
    return new Params(v as Record<string, unknown>, `${this.where}.${key}`);
  }
}

export type ItemBuilder = (b: PartBuilder, p: Params) => void;

/** Shades used across items, so the library looks like one set. */
export const TONE = {
  white: '#f3f2ee',
  offWhite: '#e9e6df',
  lightGrey: '#c9c9c6',
  grey: '#8d8f91',
  darkGrey: '#4a4c4f',
  black: '#232325',
  steel: { color: '#b8bcc0', pattern: 'metal' } as MaterialSpec,
  beech: { color: '#d2ad7c', pattern: 'wood' } as MaterialSpec,
  oak: { color: '#b08656', pattern: 'wood' } as MaterialSpec,
  walnut: { color: '#6f4b31', pattern: 'wood' } as MaterialSpec,
  rubber: '#2b2b2d',
} as const;
