/**
 * A bounding volume hierarchy over the scene's shapes, flattened into typed arrays, so a
 * shadow ray tests a handful of shapes instead of all of them. (Primary rays use per-tile
 * shape lists instead, see render.ts.) Build order is fully deterministic.
 */
import type { Prim } from './primitives.ts';

export class Bvh {
  /** Per node: minX, minY, minZ, maxX, maxY, maxZ. */
  readonly bounds: Float64Array;
  /** Per node: left child index (inner) or first prim index (leaf). */
  readonly first: Int32Array;
  /** Per node: 0 for inner nodes, else the number of prims in the leaf. */
  readonly count: Int32Array;
  /** Prims in leaf order. */
  readonly prims: Prim[];
  private nodes = 0;
  private readonly stack = new Int32Array(128);

  constructor(input: readonly Prim[]) {
    const n = Math.max(1, input.length * 2);
    this.bounds = new Float64Array(n * 6);
    this.first = new Int32Array(n);
    this.count = new Int32Array(n);
    this.prims = [...input];
    if (input.length > 0) this.build(0, this.prims.length);
  }

  private build(start: number, end: number): number {
    const node = this.nodes++;
    const prims = this.prims;
    let x0 = Infinity,
      y0 = Infinity,
      z0 = Infinity,
      x1 = -Infinity,
      y1 = -Infinity,
      z1 = -Infinity;
    let cx0 = Infinity,
      cy0 = Infinity,
      cz0 = Infinity,
      cx1 = -Infinity,
      cy1 = -Infinity,
      cz1 = -Infinity;
    for (let i = start; i < end; i++) {
      const p = prims[i]!;
      x0 = Math.min(x0, p.minX);
      y0 = Math.min(y0, p.minY);
      z0 = Math.min(z0, p.minZ);
      x1 = Math.max(x1, p.maxX);
      y1 = Math.max(y1, p.maxY);
      z1 = Math.max(z1, p.maxZ);
      const cx = p.minX + p.maxX,
        cy = p.minY + p.maxY,
        cz = p.minZ + p.maxZ;
      cx0 = Math.min(cx0, cx);
      cy0 = Math.min(cy0, cy);
      cz0 = Math.min(cz0, cz);
      cx1 = Math.max(cx1, cx);
      cy1 = Math.max(cy1, cy);
      cz1 = Math.max(cz1, cz);
    }
    const o = node * 6;
    this.bounds[o] = x0;
    this.bounds[o + 1] = y0;
    this.bounds[o + 2] = z0;
    this.bounds[o + 3] = x1;
    this.bounds[o + 4] = y1;
    this.bounds[o + 5] = z1;
    if (end - start <= 2) {
      this.first[node] = start;
      this.count[node] = end - start;
      return node;
    }
    // Median split on the widest axis of the centroids; ties broken by id for determinism.
    const ex = cx1 - cx0,
      ey = cy1 - cy0,
      ez = cz1 - cz0;
    const axis = ex >= ey && ex >= ez ? 0 : ey >= ez ? 1 : 2;
    const key = (p: Prim) => (axis === 0 ? p.minX + p.maxX : axis === 1 ? p.minY + p.maxY : p.minZ + p.maxZ);
    const slice = prims.slice(start, end).sort((a, b) => key(a) - key(b) || a.id - b.id);
    for (let i = 0; i < slice.length; i++) prims[start + i] = slice[i]!;
    const mid = (start + end) >> 1;
    this.count[node] = 0;
    this.build(start, mid);
    this.first[node] = this.build(mid, end);
    return node;
  }

  /** Any shadow-casting hit in (tmin, tmax)? */
  occluded(ox: number, oy: number, oz: number, dx: number, dy: number, dz: number, tmin: number, tmax: number): boolean {
    if (this.prims.length === 0) return false;
    // Avoid 0·∞ = NaN in the slab test for axis-aligned rays.
    const ix = 1 / (dx || 1e-300),
      iy = 1 / (dy || 1e-300),
      iz = 1 / (dz || 1e-300);
    const bounds = this.bounds,
      first = this.first,
      count = this.count,
      prims = this.prims,
      stack = this.stack;
    let sp = 0;
    let node = 0;
    for (;;) {
      const o = node * 6;
      let a = (bounds[o]! - ox) * ix,
        b = (bounds[o + 3]! - ox) * ix;
      let tn = a < b ? a : b,
        tf = a < b ? b : a;
      a = (bounds[o + 1]! - oy) * iy;
      b = (bounds[o + 4]! - oy) * iy;
      tn = Math.max(tn, a < b ? a : b);
      tf = Math.min(tf, a < b ? b : a);
      a = (bounds[o + 2]! - oz) * iz;
      b = (bounds[o + 5]! - oz) * iz;
      tn = Math.max(tn, a < b ? a : b);
      tf = Math.min(tf, a < b ? b : a);
      if (tf >= tn && tf > tmin && tn < tmax) {
        const c = count[node]!;
        if (c > 0) {
          const f = first[node]!;
          for (let i = f; i < f + c; i++) {
            const p = prims[i]!;
            if (p.castsShadow && p.intersect(ox, oy, oz, dx, dy, dz, tmin, tmax) > 0) return true;
          }
        } else {
          stack[sp++] = first[node]!;
          node = node + 1;
          continue;
        }
      }
      if (sp === 0) return false;
      node = stack[--sp]!;
    }
  }
}
