/**
 * Scene → equirectangular RGB pixels by ray casting from the eye.
 *
 * Per pixel: one primary ray, tested only against the shapes whose bounding spheres overlap
 * the pixel's screen tile (the camera never moves, so this beats a BVH for primary rays).
 * Lighting (the expensive part: shadow rays and occlusion) is computed on a coarser grid
 * (every `lightingStep` pixels) and re-used by nearby pixels that see the same surface: flat
 * surfaces interpolate the light, curved ones interpolate shadows and occlusion and apply
 * their own normal. When no grid sample matches, the pixel is lit exactly. Pixels on edges
 * (another shape or a strong colour step next to them) get four extra rotated-grid samples.
 * Every pixel is a pure function of its position, so rendering any band of rows on its own
 * gives exactly the same bytes as rendering the whole image.
 */
import { toDisplayFast as toDisplay, type RGB } from './color.ts';
import { lightPoint, lightWithVisibility } from './lighting.ts';
import { evalAlbedo } from './materials.ts';
import { clamp, smoothstep, valueNoise, type Vec3 } from './math.ts';
import { BOX, type Prim } from './primitives.ts';
import { CEILING, EAST, FLOOR, NORTH, SOUTH, WEST, type Scene } from './scene.ts';

export interface RenderOptions {
  width: number;
  height: number;
  /** Pixels between lighting samples (default: width/512, 2…8; must divide width and height). */
  lightingStep?: number;
  /** Extra samples on edges (default true). */
  antialias?: boolean;
}

export interface RenderStats {
  /** Pixels whose lighting had to be computed exactly (no matching grid sample). */
  exactLighting: number;
  /** Pixels that got extra samples. */
  antialiased: number;
}

const ID_OUTSIDE = -2;
const ID_BEYOND = -3;
const FACE_NORMALS: Vec3[] = [
  [0, 1, 0],
  [0, -1, 0],
  [0, 0, 1],
  [0, 0, -1],
  [-1, 0, 0],
  [1, 0, 0],
];

/** What a ray saw. Reused (no allocation per ray). */
class Hit {
  id = 0;
  t = 0;
  px = 0;
  py = 0;
  pz = 0;
  nx = 0;
  ny = 0;
  nz = 0;
  /** Albedo, or emitted radiance when `lit` is false. */
  c: RGB = [0, 0, 0];
  lit = true;
  /** Round shapes re-use shadows, not light, from neighbours. */
  curved = false;
}

/**
 * Per screen tile, the shapes a primary ray in that tile can hit. Computed lazily per tile;
 * each list depends only on its tile, so results do not depend on the order of rendering.
 */
class TileLists {
  private readonly lists = new Map<number, Prim[]>();
  private lastKey = -1;
  private lastList: Prim[] = [];
  private readonly sx: Float64Array;
  private readonly sy: Float64Array;
  private readonly sz: Float64Array;
  private readonly sr: Float64Array;
  readonly T: number;
  readonly cols: number;
  readonly rows: number;

  constructor(
    private readonly scene: Scene,
    private readonly W: number,
    private readonly H: number,
  ) {
    this.T = Math.max(4, Math.round(W / 256));
    this.cols = Math.ceil(W / this.T);
    this.rows = Math.ceil(H / this.T);
    const n = scene.prims.length,
      e = scene.eye;
    this.sx = new Float64Array(n);
    this.sy = new Float64Array(n);
    this.sz = new Float64Array(n);
    this.sr = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      // Bounding sphere in the shape's own frame, seen from the eye as a direction and angle.
      const p = scene.prims[i]!;
      const r = Math.hypot(p.ex, p.kind === 2 ? p.ey + p.ex : p.ey, p.ez) * 1.0001 + 1e-4;
      const vx = p.cx - e[0],
        vy = p.cy - e[1],
        vz = p.cz - e[2];
      const d = Math.hypot(vx, vy, vz);
      if (d <= r) {
        this.sr[i] = -1;
        continue;
      }
      this.sx[i] = vx / d;
      this.sy[i] = vy / d;
      this.sz[i] = vz / d;
      this.sr[i] = Math.asin(r / d);
    }
  }

  private dir(fx: number, fy: number): [number, number, number] {
    const yaw = (fx / this.W - 0.5) * 2 * Math.PI,
      pitch = (0.5 - Math.min(Math.max(fy, 0), this.H) / this.H) * Math.PI;
    const cp = Math.cos(pitch);
    return [Math.sin(yaw) * cp, Math.sin(pitch), -Math.cos(yaw) * cp];
  }

  list(fx: number, fy: number): Prim[] {
    let tx = Math.floor(fx / this.T),
      ty = Math.floor(fy / this.T);
    tx = ((tx % this.cols) + this.cols) % this.cols;
    ty = ty < 0 ? 0 : ty >= this.rows ? this.rows - 1 : ty;
    const key = ty * this.cols + tx;
    if (key === this.lastKey) return this.lastList;
    let list = this.lists.get(key);
    if (list) {
      this.lastKey = key;
      this.lastList = list;
      return list;
    }
    const T = this.T,
      m = 1.5; // margin in pixels for sub-samples
    const c = this.dir((tx + 0.5) * T, (ty + 0.5) * T);
    let half = 0;
    for (const [ux, uy] of [
      [-m, -m],
      [T + m, -m],
      [-m, T + m],
      [T + m, T + m],
      [T / 2, -m],
      [T / 2, T + m],
      [-m, T / 2],
      [T + m, T / 2],
    ] as const) {
      const d = this.dir(tx * T + ux, ty * T + uy);
      half = Math.max(half, Math.acos(Math.min(1, c[0] * d[0] + c[1] * d[1] + c[2] * d[2])));
    }
    // Tiles at the poles span every yaw: they are caps, not squares.
    if (ty === 0 || ty === this.rows - 1) half = Math.max(half, (T + m) * (Math.PI / this.H) * 1.5);
    list = [];
    const prims = this.scene.prims;
    for (let i = 0; i < prims.length; i++) {
      const r = this.sr[i]!;
      if (r < 0) {
        list.push(prims[i]!);
        continue;
      }
      const a = half + r;
      if (a >= Math.PI || c[0] * this.sx[i]! + c[1] * this.sy[i]! + c[2] * this.sz[i]! >= Math.cos(a)) list.push(prims[i]!);
    }
    this.lists.set(key, list);
    this.lastKey = key;
    this.lastList = list;
    return list;
  }
}

/** Closest hit among `list` in (tmin, tmax); the shape goes to `out.prim`. */
function closestIn(
  list: Prim[],
  ox: number,
  oy: number,
  oz: number,
  dx: number,
  dy: number,
  dz: number,
  tmin: number,
  tmax: number,
  out: { prim: Prim | null },
): number {
  let best = tmax,
    bestPrim: Prim | null = null;
  for (let i = 0; i < list.length; i++) {
    const t = list[i]!.intersect(ox, oy, oz, dx, dy, dz, tmin, best);
    if (t > 0) {
      best = t;
      bestPrim = list[i]!;
    }
  }
  out.prim = bestPrim;
  return bestPrim ? best : -1;
}

export class Renderer {
  readonly W: number;
  readonly H: number;
  readonly S: number;
  readonly LW: number;
  readonly LH: number;
  private readonly hit = new Hit();
  private readonly local: Vec3 = [0, 0, 0];
  private readonly tmp: Vec3 = [0, 0, 0];
  private readonly E: RGB = [0, 0, 0];
  /** Lighting grid rows [gridJ0, gridJ0 + rows): id, then p, n, E, ao, visibility per light. */
  private gridJ0 = 0;
  private gridIds = new Int32Array(0);
  private gridData = new Float64Array(0);
  private readonly stride: number;
  private readonly vis: Float64Array;
  private readonly tiles: TileLists;
  private readonly found: { prim: Prim | null } = { prim: null };
  readonly stats: RenderStats = { exactLighting: 0, antialiased: 0 };
  private readonly fpAngle: number;

  constructor(
    readonly scene: Scene,
    opts: RenderOptions,
  ) {
    this.W = opts.width;
    this.H = opts.height;
    // Light changes slowly across a surface: one sample per ~0.7° is plenty.
    const step = opts.lightingStep ?? Math.min(8, Math.max(2, 2 ** Math.round(Math.log2(this.W / 512))));
    this.S = [step, 4, 2, 1].find((s) => this.W % s === 0 && this.H % s === 0)!;
    this.LW = this.W / this.S;
    this.LH = this.H / this.S;
    this.fpAngle = Math.PI / this.H;
    this.stride = 10 + scene.lights.length;
    this.vis = new Float64Array(scene.lights.length);
    this.acc = new Float64Array(4 + scene.lights.length);
    this.tiles = new TileLists(scene, this.W, this.H);
  }

  /** The shapes a ray through pixel position (fx, fy) can hit. */
  shapesAt(fx: number, fy: number): Prim[] {
    return this.tiles.list(fx, fy);
  }

  get tileSize(): number {
    return this.tiles.T;
  }

  /** Traces a ray from the eye (testing the shapes in `list`) and fills `this.hit`. */
  trace(dx: number, dy: number, dz: number, list: Prim[]): Hit {
    const s = this.scene,
      h = this.hit;
    const ex = s.eye[0],
      ey = s.eye[1],
      ez = s.eye[2];
    // Where the ray leaves the room box.
    let tRoom = Infinity,
      face = FLOOR;
    if (dx > 0) {
      tRoom = (s.x1 - ex) / dx;
      face = EAST;
    } else if (dx < 0) {
      tRoom = (s.x0 - ex) / dx;
      face = WEST;
    }
    if (dy > 0) {
      const t = (s.height - ey) / dy;
      if (t < tRoom) {
        tRoom = t;
        face = CEILING;
      }
    } else if (dy < 0) {
      const t = -ey / dy;
      if (t < tRoom) {
        tRoom = t;
        face = FLOOR;
      }
    }
    if (dz > 0) {
      const t = (s.z1 - ez) / dz;
      if (t < tRoom) {
        tRoom = t;
        face = SOUTH;
      }
    } else if (dz < 0) {
      const t = (s.z0 - ez) / dz;
      if (t < tRoom) {
        tRoom = t;
        face = NORTH;
      }
    }

    const found = this.found;
    let t = closestIn(list, ex, ey, ez, dx, dy, dz, 1e-4, tRoom, found);
    if (t < 0 && face >= NORTH) {
      const u = face <= SOUTH ? ex + dx * tRoom : ez + dz * tRoom;
      const v = ey + dy * tRoom;
      for (const o of s.openings) {
        if (o.face !== face || u < o.u0 || u > o.u1 || v < o.v0 || v > o.v1) continue;
        // Through the opening: window reveals and frames first, then the world outside.
        t = closestIn(list, ex, ey, ez, dx, dy, dz, tRoom - 1e-4, tRoom + 2, found);
        if (t > 0) break;
        h.lit = false;
        h.t = tRoom;
        if (o.kind === 'window') {
          h.id = ID_OUTSIDE;
          this.outside(dx, dy, dz, h.c);
        } else {
          h.id = ID_BEYOND;
          const k = dy < -0.25 ? 0.75 : 1;
          h.c[0] = s.beyond[0] * k;
          h.c[1] = s.beyond[1] * k;
          h.c[2] = s.beyond[2] * k;
        }
        return h;
      }
    }
    h.lit = true;
    if (t > 0) {
      const p = found.prim!;
      h.curved = p.kind !== BOX;
      h.t = t;
      h.px = ex + dx * t;
      h.py = ey + dy * t;
      h.pz = ez + dz * t;
      const l = this.local,
        n = this.tmp;
      p.toLocal(h.px, h.py, h.pz, l);
      p.localNormal(l[0], l[1], l[2], n);
      const anx = Math.abs(n[0]),
        any = Math.abs(n[1]),
        anz = Math.abs(n[2]);
      let ts: number, tt: number;
      if (anx >= any && anx >= anz) {
        ts = l[2];
        tt = l[1];
      } else if (any >= anz) {
        ts = l[0];
        tt = l[2];
      } else {
        ts = l[0];
        tt = l[1];
      }
      p.toWorldDir(n[0], n[1], n[2], n);
      let nx = n[0],
        ny = n[1],
        nz = n[2];
      const nl = Math.hypot(nx, ny, nz);
      nx /= nl;
      ny /= nl;
      nz /= nl;
      const cos = -(nx * dx + ny * dy + nz * dz);
      if (cos < 0) {
        nx = -nx;
        ny = -ny;
        nz = -nz;
      }
      h.nx = nx;
      h.ny = ny;
      h.nz = nz;
      h.id = p.id;
      if (p.mat.emission) {
        h.lit = false;
        h.c[0] = p.mat.emission[0];
        h.c[1] = p.mat.emission[1];
        h.c[2] = p.mat.emission[2];
        return h;
      }
      evalAlbedo(p.mat, ts, tt, (t * this.fpAngle) / Math.max(0.25, Math.abs(cos)), h.c);
      return h;
    }
    // Room surface.
    h.curved = false;
    t = tRoom;
    h.t = t;
    h.px = ex + dx * t;
    h.py = ey + dy * t;
    h.pz = ez + dz * t;
    const n = FACE_NORMALS[face]!;
    h.nx = n[0];
    h.ny = n[1];
    h.nz = n[2];
    h.id = s.prims.length + face;
    const cos = Math.abs(n[0] * dx + n[1] * dy + n[2] * dz);
    const fp = (t * this.fpAngle) / Math.max(0.25, cos);
    let ts: number, tt: number;
    if (face <= CEILING) {
      ts = h.px;
      tt = h.pz;
    } else if (face <= SOUTH) {
      ts = h.px;
      tt = h.py;
    } else {
      ts = h.pz;
      tt = h.py;
    }
    const sk = s.skirting;
    if (sk && face >= NORTH && h.py < sk.height) {
      evalAlbedo(sk.mat, ts, tt, fp, h.c);
      // A thin shadow line along the top edge reads as the skirting's lip.
      const lip = 1 - 0.35 * clamp((h.py - (sk.height - 0.008)) / 0.008, 0, 1);
      h.c[0] *= lip;
      h.c[1] *= lip;
      h.c[2] *= lip;
    } else evalAlbedo(s.faceMats[face]!, ts, tt, fp, h.c);
    return h;
  }

  /** The world through a window: lawn, a tree line and sky with soft clouds. */
  private outside(dx: number, dy: number, dz: number, out: RGB): void {
    const o = this.scene.outside;
    const el = Math.atan2(dy, Math.hypot(dx, dz));
    const az = Math.atan2(dx, -dz);
    const treeTop = 0.03 + 0.06 * valueNoise(az * 6, 0.5, 11) + 0.025 * valueNoise(az * 23, 3.5, 12);
    if (el > treeTop) {
      const k = smoothstep(0, 0.8, el);
      const cloud = 0.5 * smoothstep(0.55, 0.85, valueNoise(az * 4, el * 9, 5));
      for (let i = 0; i < 3; i++) {
        const sky = (o.horizon[i]! + (o.sky[i]! - o.horizon[i]!) * k) * 1.35;
        out[i] = sky + (1.45 - sky) * cloud;
      }
    } else if (el > -0.015) {
      const k = 0.35 + 0.2 * valueNoise(az * 60, el * 60, 3);
      for (let i = 0; i < 3; i++) out[i] = o.trees[i]! * k * 1.3;
    } else {
      const k = 0.55 + 0.12 * valueNoise(az * 30, el * 80, 4) + 0.25 * clamp(-el * 2, 0, 1);
      for (let i = 0; i < 3; i++) out[i] = o.ground[i]! * k * 1.2;
    }
  }

  private dirOf(fx: number, fy: number, out: Vec3): void {
    const yaw = (fx / this.W - 0.5) * 2 * Math.PI;
    const pitch = (0.5 - fy / this.H) * Math.PI;
    const cp = Math.cos(pitch);
    out[0] = Math.sin(yaw) * cp;
    out[1] = Math.sin(pitch);
    out[2] = -Math.cos(yaw) * cp;
  }

  /** Fills lighting grid rows j0..j1 (inclusive, clamped). */
  computeGrid(j0: number, j1: number): void {
    j0 = Math.max(0, j0);
    j1 = Math.min(this.LH - 1, j1);
    const rows = j1 - j0 + 1,
      LW = this.LW,
      st = this.stride;
    this.gridJ0 = j0;
    this.gridIds = new Int32Array(rows * LW);
    this.gridData = new Float64Array(rows * LW * st);
    const E = this.E,
      vis = this.vis,
      g = this.gridData;
    const dir: Vec3 = [0, 0, 0];
    for (let j = j0; j <= j1; j++) {
      for (let i = 0; i < LW; i++) {
        const fx = (i + 0.5) * this.S,
          fy = (j + 0.5) * this.S;
        this.dirOf(fx, fy, dir);
        const h = this.trace(dir[0], dir[1], dir[2], this.tiles.list(fx, fy));
        const k = (j - j0) * LW + i;
        if (!h.lit) {
          this.gridIds[k] = -1;
          continue;
        }
        const ao = lightPoint(this.scene, h.px, h.py, h.pz, h.nx, h.ny, h.nz, vis, E);
        this.gridIds[k] = h.id;
        const o = k * st;
        g[o] = h.px;
        g[o + 1] = h.py;
        g[o + 2] = h.pz;
        g[o + 3] = h.nx;
        g[o + 4] = h.ny;
        g[o + 5] = h.nz;
        g[o + 6] = E[0];
        g[o + 7] = E[1];
        g[o + 8] = E[2];
        g[o + 9] = ao;
        for (let l = 0; l < vis.length; l++) g[o + 10 + l] = vis[l]!;
      }
    }
    // A cell whose four corner samples lie on one flat surface can be interpolated without
    // checking each corner again (most of the image): remember its surface id.
    const cells = new Int32Array(rows * LW).fill(-1);
    for (let j = 0; j < rows - 1; j++) {
      for (let i = 0; i < LW; i++) {
        const k0 = j * LW + i,
          k1 = j * LW + ((i + 1) % LW),
          k2 = k0 + LW,
          k3 = k1 + LW;
        const id = this.gridIds[k0]!;
        if (id < 0 || this.gridIds[k1] !== id || this.gridIds[k2] !== id || this.gridIds[k3] !== id) continue;
        const o0 = k0 * st;
        let flat = true;
        for (const k of [k1, k2, k3]) {
          const o = k * st;
          const dot = g[o0 + 3]! * g[o + 3]! + g[o0 + 4]! * g[o + 4]! + g[o0 + 5]! * g[o + 5]!;
          const plane = (g[o]! - g[o0]!) * g[o0 + 3]! + (g[o + 1]! - g[o0 + 1]!) * g[o0 + 4]! + (g[o + 2]! - g[o0 + 2]!) * g[o0 + 5]!;
          if (dot < 0.999 || Math.abs(plane) > 0.002) flat = false;
        }
        if (flat) cells[k0] = id;
      }
    }
    this.flatCells = cells;
  }

  /** Per grid cell: the id of the flat surface all four corners see, else −1. */
  private flatCells = new Int32Array(0);

  /**
   * Adds grid sample (i, j) to the running sums if it saw the same surface as the hit;
   * returns its weight (0 when it does not match).
   */
  private accumulate(h: Hit, i: number, j: number, w: number, maxDist: number, n: number): number {
    j = clamp(j, 0, this.LH - 1) - this.gridJ0;
    i %= this.LW;
    if (i < 0) i += this.LW;
    const k = j * this.LW + i;
    if (this.gridIds[k] !== h.id) return 0;
    const o = k * this.stride,
      d = this.gridData;
    const ddx = d[o]! - h.px,
      ddy = d[o + 1]! - h.py,
      ddz = d[o + 2]! - h.pz;
    if (ddx * ddx + ddy * ddy + ddz * ddz > maxDist * maxDist) return 0;
    const dot = d[o + 3]! * h.nx + d[o + 4]! * h.ny + d[o + 5]! * h.nz;
    if (h.curved) {
      if (dot < 0.5) return 0;
    } else {
      if (dot < 0.97) return 0;
      const plane = ddx * h.nx + ddy * h.ny + ddz * h.nz,
        tol = 0.004 + 0.004 * h.t;
      if (plane > tol || plane < -tol) return 0;
    }
    const acc = this.acc;
    for (let l = 0; l < n; l++) acc[l] = acc[l]! + d[o + 6 + l]! * w;
    return w;
  }

  private readonly acc: Float64Array;

  /** Lighting for the current hit seen at pixel position (fx, fy): from the grid when it matches. */
  private lightAt(h: Hit, fx: number, fy: number, out: RGB): void {
    const gx = fx / this.S - 0.5,
      gy = fy / this.S - 0.5;
    const i0 = Math.floor(gx),
      j0 = Math.floor(gy);
    const axw = gx - i0,
      ayw = gy - j0;
    if (!h.curved && j0 >= this.gridJ0 && j0 < this.LH - 1) {
      const LW = this.LW,
        im = i0 < 0 ? i0 + LW : i0 >= LW ? i0 - LW : i0;
      const k0 = (j0 - this.gridJ0) * LW + im;
      if (this.flatCells[k0] === h.id) {
        // Fast path: same flat surface as the whole cell (checked once for the cell, and here
        // only that this point lies in its plane).
        const d = this.gridData,
          st = this.stride,
          o0 = k0 * st;
        const nx = d[o0 + 3]!,
          ny = d[o0 + 4]!,
          nz = d[o0 + 5]!;
        const plane = (d[o0]! - h.px) * nx + (d[o0 + 1]! - h.py) * ny + (d[o0 + 2]! - h.pz) * nz;
        const tol = 0.004 + 0.004 * h.t;
        if (nx * h.nx + ny * h.ny + nz * h.nz > 0.97 && plane < tol && plane > -tol) {
          const o1 = (k0 - im + (im + 1 === LW ? 0 : im + 1)) * st,
            o2 = o0 + LW * st,
            o3 = o1 + LW * st;
          const w0 = (1 - axw) * (1 - ayw),
            w1 = axw * (1 - ayw),
            w2 = (1 - axw) * ayw,
            w3 = axw * ayw;
          out[0] = d[o0 + 6]! * w0 + d[o1 + 6]! * w1 + d[o2 + 6]! * w2 + d[o3 + 6]! * w3;
          out[1] = d[o0 + 7]! * w0 + d[o1 + 7]! * w1 + d[o2 + 7]! * w2 + d[o3 + 7]! * w3;
          out[2] = d[o0 + 8]! * w0 + d[o1 + 8]! * w1 + d[o2 + 8]! * w2 + d[o3 + 8]! * w3;
          return;
        }
      }
    }
    // Flat surfaces only need the light itself; round ones also shadows and occlusion.
    const nl = this.scene.lights.length,
      n = h.curved ? 4 + nl : 3,
      acc = this.acc;
    for (let l = 0; l < n; l++) acc[l] = 0;
    const maxDist = 4 * this.S * this.fpAngle * h.t + 0.01;
    let ws = 0;
    ws += this.accumulate(h, i0, j0, (1 - axw) * (1 - ayw) + 1e-6, maxDist, n);
    ws += this.accumulate(h, i0 + 1, j0, axw * (1 - ayw) + 1e-6, maxDist, n);
    ws += this.accumulate(h, i0, j0 + 1, (1 - axw) * ayw + 1e-6, maxDist, n);
    ws += this.accumulate(h, i0 + 1, j0 + 1, axw * ayw + 1e-6, maxDist, n);
    if (ws === 0) {
      // Second ring: thin things and sub-samples near edges often match one step further out.
      for (let dj = -1; dj <= 2; dj++) {
        for (let di = -1; di <= 2; di++) {
          if (dj >= 0 && dj <= 1 && di >= 0 && di <= 1) continue;
          const ex = i0 + di - gx,
            ey = j0 + dj - gy;
          ws += this.accumulate(h, i0 + di, j0 + dj, 1 / (1 + ex * ex + ey * ey), maxDist, n);
        }
      }
    }
    if (ws === 0) {
      // Tiny or sliver surfaces: light them directly, with one shadow ray per light (they are
      // too small to show a soft shadow edge anyway).
      this.stats.exactLighting++;
      lightPoint(this.scene, h.px, h.py, h.pz, h.nx, h.ny, h.nz, this.vis, out, 1);
      return;
    }
    if (!h.curved) {
      out[0] = acc[0]! / ws;
      out[1] = acc[1]! / ws;
      out[2] = acc[2]! / ws;
      return;
    }
    for (let l = 0; l < nl; l++) this.vis[l] = acc[4 + l]! / ws;
    lightWithVisibility(this.scene, h.px, h.py, h.pz, h.nx, h.ny, h.nz, this.vis, acc[3]! / ws, out);
  }

  /** Display-space colour (0…1) seen at pixel position (fx, fy) into out; returns the surface id. */
  sample(dx: number, dy: number, dz: number, fx: number, fy: number, list: Prim[], out: RGB): number {
    const h = this.trace(dx, dy, dz, list);
    const ex = this.scene.exposure;
    if (!h.lit) {
      out[0] = toDisplay(h.c[0] * ex);
      out[1] = toDisplay(h.c[1] * ex);
      out[2] = toDisplay(h.c[2] * ex);
      return h.id;
    }
    const E = this.E;
    this.lightAt(h, fx, fy, E);
    out[0] = toDisplay(h.c[0] * E[0] * ex);
    out[1] = toDisplay(h.c[1] * E[1] * ex);
    out[2] = toDisplay(h.c[2] * E[2] * ex);
    return h.id;
  }
}

// Rotated-grid offsets for edge pixels (in pixels, from the pixel centre).
const SUB = [0.125, 0.375, 0.375, -0.125, -0.125, -0.375, -0.375, 0.125];

const EDGE_THRESHOLD = 0.06;

/** Another surface, or a visible colour step, between pixels k and q? */
function differs(ids: Int32Array, col: Float32Array, k: number, q: number): boolean {
  return (
    ids[q] !== ids[k] ||
    Math.abs(col[q * 3]! - col[k * 3]!) > EDGE_THRESHOLD ||
    Math.abs(col[q * 3 + 1]! - col[k * 3 + 1]!) > EDGE_THRESHOLD ||
    Math.abs(col[q * 3 + 2]! - col[k * 3 + 2]!) > EDGE_THRESHOLD
  );
}

/** Renders rows [y0, y1) to 8-bit RGB. The result does not depend on how rows are split up. */
export function renderRows(scene: Scene, opts: RenderOptions, y0: number, y1: number, stats?: RenderStats): Uint8Array {
  const r = new Renderer(scene, opts);
  const W = r.W,
    H = r.H,
    S = r.S;
  const aa = opts.antialias ?? true;
  // First-pass rows include one margin row on each side for edge detection.
  const ya = Math.max(0, y0 - 1),
    yb = Math.min(H, y1 + 1);
  r.computeGrid(Math.floor(ya / S) - 1, Math.floor(yb / S) + 1);
  const rows = yb - ya;
  const col = new Float32Array(rows * W * 3);
  const ids = new Int32Array(rows * W);
  const sinY = new Float64Array(W),
    cosY = new Float64Array(W);
  for (let x = 0; x < W; x++) {
    const yaw = ((x + 0.5) / W - 0.5) * 2 * Math.PI;
    sinY[x] = Math.sin(yaw);
    cosY[x] = Math.cos(yaw);
  }
  const c: RGB = [0, 0, 0];
  for (let y = ya; y < yb; y++) {
    const pitch = (0.5 - (y + 0.5) / H) * Math.PI;
    const sp = Math.sin(pitch),
      cp = Math.cos(pitch);
    let list = r.shapesAt(0.5, y + 0.5),
      listEnd = 0;
    for (let x = 0; x < W; x++) {
      if (x >= listEnd) {
        list = r.shapesAt(x + 0.5, y + 0.5);
        listEnd = x + r.tileSize - (x % r.tileSize);
      }
      const k = (y - ya) * W + x;
      ids[k] = r.sample(sinY[x]! * cp, sp, -cosY[x]! * cp, x + 0.5, y + 0.5, list, c);
      col[k * 3] = c[0];
      col[k * 3 + 1] = c[1];
      col[k * 3 + 2] = c[2];
    }
  }
  const out = new Uint8Array((y1 - y0) * W * 3);
  for (let y = y0; y < y1; y++) {
    for (let x = 0; x < W; x++) {
      const k = (y - ya) * W + x;
      let cr = col[k * 3]!,
        cg = col[k * 3 + 1]!,
        cb = col[k * 3 + 2]!;
      if (aa) {
        // Compare with the four neighbours (wrapping around horizontally).
        const edge =
          differs(ids, col, k, x === 0 ? k + W - 1 : k - 1) ||
          differs(ids, col, k, x === W - 1 ? k - W + 1 : k + 1) ||
          (y > 0 && differs(ids, col, k, k - W)) ||
          (y < H - 1 && differs(ids, col, k, k + W));
        if (edge) {
          r.stats.antialiased++;
          for (let s = 0; s < 8; s += 2) {
            const fx = x + 0.5 + SUB[s]!,
              fy = y + 0.5 + SUB[s + 1]!;
            const yaw = (fx / W - 0.5) * 2 * Math.PI,
              pitch = (0.5 - fy / H) * Math.PI;
            const cp = Math.cos(pitch);
            r.sample(Math.sin(yaw) * cp, Math.sin(pitch), -Math.cos(yaw) * cp, fx, fy, r.shapesAt(fx, fy), c);
            cr += c[0];
            cg += c[1];
            cb += c[2];
          }
          cr /= 5;
          cg /= 5;
          cb /= 5;
        }
      }
      const o = ((y - y0) * W + x) * 3;
      out[o] = Math.round(clamp(cr, 0, 1) * 255);
      out[o + 1] = Math.round(clamp(cg, 0, 1) * 255);
      out[o + 2] = Math.round(clamp(cb, 0, 1) * 255);
    }
  }
  if (stats) {
    stats.exactLighting += r.stats.exactLighting;
    stats.antialiased += r.stats.antialiased;
  }
  return out;
}

/** Renders a whole panorama (rows 0 … height) to 8-bit RGB, row-major, 3 bytes per pixel. */
export function renderPanorama(scene: Scene, opts: RenderOptions, stats?: RenderStats): Uint8Array {
  return renderRows(scene, opts, 0, opts.height, stats);
}
