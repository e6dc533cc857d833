/**
 * Light arriving at a surface point: area lights (ceiling panels, windows) with exact
 * unshadowed irradiance (Lambert's polygon formula) times a shadow-ray visibility fraction,
 * plus an ambient term darkened by signed-distance ambient occlusion. Everything
 * deterministic: shadow rays go to fixed points on each light.
 */
import type { RGB } from './color.ts';
import type { Scene } from './scene.ts';

const TWO_PI = Math.PI * 2;

// Scratch polygon buffers (clipping a quad against a plane gives at most 5 vertices).
const ax = new Float64Array(8),
  ay = new Float64Array(8),
  az = new Float64Array(8);
const bx = new Float64Array(8),
  by = new Float64Array(8),
  bz = new Float64Array(8);

/**
 * Irradiance / π from a rectangle (corners relative to p) onto a surface with normal n,
 * for unit radiance: the rectangle is first clipped to the part above the surface.
 */
function rectFormFactor(
  vx: number,
  vy: number,
  vz: number,
  e1x: number,
  e1y: number,
  e1z: number,
  e2x: number,
  e2y: number,
  e2z: number,
  nx: number,
  ny: number,
  nz: number,
): number {
  ax[0] = vx;
  ay[0] = vy;
  az[0] = vz;
  ax[1] = vx + e1x;
  ay[1] = vy + e1y;
  az[1] = vz + e1z;
  ax[2] = vx + e1x + e2x;
  ay[2] = vy + e1y + e2y;
  az[2] = vz + e1z + e2z;
  ax[3] = vx + e2x;
  ay[3] = vy + e2y;
  az[3] = vz + e2z;
  let n = 4;
  let below = 0;
  for (let i = 0; i < 4; i++) if (ax[i]! * nx + ay[i]! * ny + az[i]! * nz < 1e-9) below++;
  if (below === 4) return 0;
  let px = ax,
    py = ay,
    pz = az;
  if (below > 0) {
    // Sutherland–Hodgman against the surface's tangent plane.
    let m = 0;
    for (let i = 0; i < n; i++) {
      const j = (i + 1) % n;
      const di = ax[i]! * nx + ay[i]! * ny + az[i]! * nz - 1e-9;
      const dj = ax[j]! * nx + ay[j]! * ny + az[j]! * nz - 1e-9;
      if (di >= 0) {
        bx[m] = ax[i]!;
        by[m] = ay[i]!;
        bz[m] = az[i]!;
        m++;
      }
      if (di >= 0 !== dj >= 0) {
        const t = di / (di - dj);
        bx[m] = ax[i]! + (ax[j]! - ax[i]!) * t;
        by[m] = ay[i]! + (ay[j]! - ay[i]!) * t;
        bz[m] = az[i]! + (az[j]! - az[i]!) * t;
        m++;
      }
    }
    n = m;
    px = bx;
    py = by;
    pz = bz;
    if (n < 3) return 0;
  }
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const j = (i + 1) % n;
    let x1 = px[i]!,
      y1 = py[i]!,
      z1 = pz[i]!,
      x2 = px[j]!,
      y2 = py[j]!,
      z2 = pz[j]!;
    const l1 = Math.hypot(x1, y1, z1),
      l2 = Math.hypot(x2, y2, z2);
    if (l1 < 1e-12 || l2 < 1e-12) continue;
    x1 /= l1;
    y1 /= l1;
    z1 /= l1;
    x2 /= l2;
    y2 /= l2;
    z2 /= l2;
    const c = x1 * x2 + y1 * y2 + z1 * z2;
    const theta = Math.acos(c > 1 ? 1 : c < -1 ? -1 : c);
    let cx = y1 * z2 - z1 * y2,
      cy = z1 * x2 - x1 * z2,
      cz = x1 * y2 - y1 * x2;
    const cl = Math.hypot(cx, cy, cz);
    if (cl < 1e-12) continue;
    cx /= cl;
    cy /= cl;
    cz /= cl;
    sum += theta * (cx * nx + cy * ny + cz * nz);
  }
  return Math.abs(sum) / TWO_PI;
}

/** Ambient occlusion from signed distances sampled along the normal (0.2 … 1). */
export function ambientOcclusion(scene: Scene, px: number, py: number, pz: number, nx: number, ny: number, nz: number): number {
  const g = scene.ao;
  let occ = 0,
    w = 1;
  for (let i = 0; i < 4; i++) {
    const h = 0.05 + 0.14 * i;
    const qx = px + nx * h,
      qy = py + ny * h,
      qz = pz + nz * h;
    // The room box counts only from inside (window reveals lie outside it).
    let d = Math.min(qx - scene.x0, scene.x1 - qx, qy, scene.height - qy, qz - scene.z0, scene.z1 - qz);
    if (d < 0 || d > h) d = h;
    const ci = Math.floor((qx - g.ox) / g.cell),
      cj = Math.floor((qy - g.oy) / g.cell),
      ck = Math.floor((qz - g.oz) / g.cell);
    if (ci >= 0 && cj >= 0 && ck >= 0 && ci < g.nx && cj < g.ny && ck < g.nz) {
      const list = g.cells[(ck * g.ny + cj) * g.nx + ci]!;
      for (let k = 0; k < list.length && d > 0; k++) {
        const p = list[k]!;
        // Cheap bound first: the distance to the shape's box can only be smaller.
        const bx = p.minX - qx > 0 ? p.minX - qx : qx - p.maxX > 0 ? qx - p.maxX : 0;
        const by = p.minY - qy > 0 ? p.minY - qy : qy - p.maxY > 0 ? qy - p.maxY : 0;
        const bz = p.minZ - qz > 0 ? p.minZ - qz : qz - p.maxZ > 0 ? qz - p.maxZ : 0;
        if (bx * bx + by * by + bz * bz >= d * d) continue;
        const s = p.sdf(qx, qy, qz);
        if (s < d) d = s;
      }
    }
    occ += w * (h - (d > 0 ? d : 0));
    w *= 0.72;
  }
  const ao = 1 - 0.8 * occ;
  return ao < 0.2 ? 0.2 : ao;
}

/** Unshadowed share of light `i` reaching (p, n), per unit radiance; 0 when it cannot reach. */
export function formFactor(scene: Scene, i: number, px: number, py: number, pz: number, nx: number, ny: number, nz: number): number {
  const L = scene.lights[i]!;
  const vx = L.p0[0] - px,
    vy = L.p0[1] - py,
    vz = L.p0[2] - pz;
  // One-sided emitters: nothing behind the lamp or the window plane.
  if (-(vx * L.normal[0] + vy * L.normal[1] + vz * L.normal[2]) <= 1e-6) return 0;
  // Far from a small light, a point-light formula is as good and much cheaper; blend over a
  // range of distances so there is no visible seam where one takes over from the other.
  const cx = vx + (L.e1[0] + L.e2[0]) * 0.5,
    cy = vy + (L.e1[1] + L.e2[1]) * 0.5,
    cz = vz + (L.e1[2] + L.e2[2]) * 0.5;
  const d2 = cx * cx + cy * cy + cz * cz;
  const near = 9 * L.size2,
    far = 16 * L.size2;
  let approx = 0;
  if (d2 > near) {
    const d = Math.sqrt(d2);
    const cr = (cx * nx + cy * ny + cz * nz) / d,
      cl = -(cx * L.normal[0] + cy * L.normal[1] + cz * L.normal[2]) / d;
    approx = cr > 0 && cl > 0 ? (L.area * cr * cl) / (Math.PI * d2) : 0;
    if (d2 >= far) return approx;
  }
  const exact = rectFormFactor(vx, vy, vz, L.e1[0], L.e1[1], L.e1[2], L.e2[0], L.e2[1], L.e2[2], nx, ny, nz);
  if (d2 <= near) return exact;
  const k = (d2 - near) / (far - near);
  return exact + (approx - exact) * k;
}

/** Is sample (a, b) of an n×n grid on light L visible from o? */
function sampleVisible(scene: Scene, L: Scene['lights'][number], n: number, a: number, b: number, ox: number, oy: number, oz: number): boolean {
  const fu = (a + 0.5) / n,
    fv = (b + 0.5) / n;
  const tx = L.p0[0] + L.e1[0] * fu + L.e2[0] * fv - ox;
  const ty = L.p0[1] + L.e1[1] * fu + L.e2[1] * fv - oy;
  const tz = L.p0[2] + L.e1[2] * fu + L.e2[2] * fv - oz;
  const dist = Math.hypot(tx, ty, tz);
  return !scene.bvh.occluded(ox, oy, oz, tx / dist, ty / dist, tz / dist, 1e-4, dist - 1e-3);
}

/**
 * Fraction of fixed sample points on light `i` that (p, n) sees (shadow rays). The four corner
 * samples go first; when they agree the point is fully lit or fully shadowed and the rest are
 * skipped (most points are), else all n×n are traced for a smooth penumbra. `samples`
 * overrides the light's own count (1 = one ray to the centre).
 */
export function visibility(scene: Scene, i: number, px: number, py: number, pz: number, nx: number, ny: number, nz: number, samples?: number): number {
  const L = scene.lights[i]!;
  const ox = px + nx * 0.002,
    oy = py + ny * 0.002,
    oz = pz + nz * 0.002;
  const n = samples ?? L.samples;
  if (n === 1) return sampleVisible(scene, L, 1, 0, 0, ox, oy, oz) ? 1 : 0;
  const m = n - 1;
  const c0 = sampleVisible(scene, L, n, 0, 0, ox, oy, oz);
  const c1 = sampleVisible(scene, L, n, m, m, ox, oy, oz);
  const c2 = sampleVisible(scene, L, n, m, 0, ox, oy, oz);
  const c3 = sampleVisible(scene, L, n, 0, m, ox, oy, oz);
  if (c0 === c1 && c1 === c2 && c2 === c3) return c0 ? 1 : 0;
  let visible = (c0 ? 1 : 0) + (c1 ? 1 : 0) + (c2 ? 1 : 0) + (c3 ? 1 : 0);
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      if ((a === 0 || a === m) && (b === 0 || b === m)) continue;
      if (sampleVisible(scene, L, n, a, b, ox, oy, oz)) visible++;
    }
  }
  return visible / (n * n);
}

/** Lights contributing less than this share of a point's direct light get no shadow rays of their own. */
const MINOR_LIGHT = 0.1;
const ffScratch = new Float64Array(64);

/**
 * Full lighting at a point: fills `vis` (visibility per light), returns ambient occlusion, and
 * writes irradiance/π into `out`. Shadow rays go only to the lights that matter here; the
 * minor ones borrow the weighted visibility of the major ones (so a spot under a table stays
 * dark for every lamp, without tracing them all).
 */
export function lightPoint(
  scene: Scene,
  px: number,
  py: number,
  pz: number,
  nx: number,
  ny: number,
  nz: number,
  vis: Float64Array,
  out: RGB,
  samples?: number,
): number {
  const lights = scene.lights,
    n = lights.length;
  const ff = n <= 64 ? ffScratch : new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const f = formFactor(scene, i, px, py, pz, nx, ny, nz);
    const L = lights[i]!;
    ff[i] = f;
    total += f * (L.radiance[0] + L.radiance[1] + L.radiance[2]);
  }
  let traced = 0,
    visSum = 0;
  for (let i = 0; i < n; i++) {
    const L = lights[i]!;
    const w = ff[i]! * (L.radiance[0] + L.radiance[1] + L.radiance[2]);
    if (w > 0 && w >= MINOR_LIGHT * total) {
      const v = visibility(scene, i, px, py, pz, nx, ny, nz, samples);
      vis[i] = v;
      traced += w;
      visSum += v * w;
    } else vis[i] = -1;
  }
  const borrowed = traced > 0 ? visSum / traced : 1;
  let r = 0,
    g = 0,
    b = 0;
  for (let i = 0; i < n; i++) {
    if (vis[i]! < 0) vis[i] = borrowed;
    const L = lights[i]!,
      k = ff[i]! * vis[i]!;
    r += L.radiance[0] * k;
    g += L.radiance[1] * k;
    b += L.radiance[2] * k;
  }
  const ao = ambientOcclusion(scene, px, py, pz, nx, ny, nz);
  const amb = ao * ambientFactor(ny);
  out[0] = r + scene.ambient[0] * amb;
  out[1] = g + scene.ambient[1] * amb;
  out[2] = b + scene.ambient[2] * amb;
  return ao;
}

/** Irradiance/π from known visibilities and occlusion, with this point's own normal. */
export function lightWithVisibility(
  scene: Scene,
  px: number,
  py: number,
  pz: number,
  nx: number,
  ny: number,
  nz: number,
  vis: Float64Array,
  ao: number,
  out: RGB,
): void {
  let r = 0,
    g = 0,
    b = 0;
  for (let i = 0; i < scene.lights.length; i++) {
    const v = vis[i]!;
    if (v <= 0) continue;
    const ff = formFactor(scene, i, px, py, pz, nx, ny, nz) * v;
    const L = scene.lights[i]!;
    r += L.radiance[0] * ff;
    g += L.radiance[1] * ff;
    b += L.radiance[2] * ff;
  }
  const amb = ao * ambientFactor(ny);
  out[0] = r + scene.ambient[0] * amb;
  out[1] = g + scene.ambient[1] * amb;
  out[2] = b + scene.ambient[2] * amb;
}

/** Surfaces facing down (the ceiling, undersides) get extra light bounced off the lit floor. */
function ambientFactor(ny: number): number {
  return ny < 0 ? 1 - 0.6 * ny : 1;
}
