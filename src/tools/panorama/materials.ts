/**
 * Surface materials and their procedural textures. Textures take surface coordinates in metres
 * and the pixel footprint (metres per pixel at the hit), and fade fine detail out when it gets
 * smaller than a pixel, so lines stay clean instead of shimmering.
 */
import { hexToLinear, type RGB } from './color.ts';
import { clamp, hash2, valueNoise } from './math.ts';

export const PATTERNS = ['plain', 'speckle', 'planks', 'tiles', 'wood', 'fabric', 'stripes', 'check', 'metal'] as const;
export type Pattern = (typeof PATTERNS)[number];

/** A material as written in rooms.json and by library items. */
export interface MaterialSpec {
  color: string;
  /** Second colour: speckles, grout, stripes. */
  color2?: string;
  pattern?: Pattern;
  /** Pattern size in metres (plank width, tile size, stripe width, speckle size). */
  scale?: number;
  /** Light emitted (lamps, screens); multiplies `color`. */
  emissive?: number;
}

export interface Material {
  albedo: RGB;
  albedo2: RGB;
  pattern: number;
  scale: number;
  /** Radiance for emissive surfaces, else null. */
  emission: RGB | null;
  seed: number;
}

const cache = new Map<string, Material>();

/** Compiles (and shares) a material; identical specs give the same object. */
export function material(spec: MaterialSpec | string): Material {
  const s: MaterialSpec = typeof spec === 'string' ? { color: spec } : spec;
  const key = JSON.stringify([s.color, s.color2, s.pattern, s.scale, s.emissive]);
  const hit = cache.get(key);
  if (hit) return hit;
  const pattern = PATTERNS.indexOf(s.pattern ?? 'plain');
  if (pattern < 0) throw new Error(`unknown pattern "${s.pattern}"`);
  const albedo = hexToLinear(s.color);
  const defaultScale = [1, 0.012, 0.16, 0.3, 1, 1, 0.1, 0.08, 1][pattern]!;
  let seed = 0;
  for (let i = 0; i < key.length; i++) seed = (Math.imul(seed, 31) + key.charCodeAt(i)) | 0;
  const m: Material = {
    albedo,
    albedo2: s.color2 ? hexToLinear(s.color2) : [albedo[0] * 0.6, albedo[1] * 0.6, albedo[2] * 0.6],
    pattern,
    scale: s.scale ?? defaultScale,
    emission: s.emissive ? [albedo[0] * s.emissive, albedo[1] * s.emissive, albedo[2] * s.emissive] : null,
    seed,
  };
  cache.set(key, m);
  return m;
}

/** Coverage of a line of width `w` at distance `d` from its centre, anti-aliased over `fp`. */
function lineCoverage(d: number, w: number, fp: number): number {
  return clamp((w * 0.5 - d) / Math.max(fp, 1e-6) + 0.5, 0, 1);
}

/** Distance to the nearest integer multiple of `period` (for grout lines, seams). */
function distToGrid(x: number, period: number): number {
  const f = x / period - Math.floor(x / period);
  return Math.min(f, 1 - f) * period;
}

/**
 * Albedo at surface coordinates (s, t) in metres into `out`. `fp` is the pixel footprint in
 * metres. Pure: same input, same colour.
 */
export function evalAlbedo(m: Material, s: number, t: number, fp: number, out: RGB): void {
  const a = m.albedo,
    b = m.albedo2,
    sc = m.scale,
    seed = m.seed;
  let r = a[0],
    g = a[1],
    bl = a[2];
  switch (m.pattern) {
    case 0: {
      // Paint: a barely visible large-scale unevenness so big walls are not dead flat.
      const k = 0.975 + 0.05 * valueNoise(s * 1.7, t * 1.7, seed);
      r *= k;
      g *= k;
      bl *= k;
      break;
    }
    case 1: {
      // Linoleum: soft mottling plus small speckles in color2 that fade out with distance.
      const k = 0.95 + 0.1 * valueNoise(s * 2.3, t * 2.3, seed);
      r *= k;
      g *= k;
      bl *= k;
      // Round-ish flecks from thresholded noise, softened by the footprint; far away they
      // fade into their average tint instead of aliasing.
      const detail = clamp(1 - fp / (sc * 1.5), 0, 1);
      const avg = 0.07;
      let w: number;
      if (detail > 0) {
        const n = valueNoise(s / sc, t / sc, seed);
        const soft = 0.04 + fp / sc;
        const spot = clamp((n - 0.76) / soft + 0.5, 0, 1);
        w = avg + (spot * 0.6 - avg) * detail;
      } else w = avg;
      r += (b[0] - r) * w;
      g += (b[1] - g) * w;
      bl += (b[2] - bl) * w;
      break;
    }
    case 2: {
      // Planks along s: staggered rows, per-plank tint, grain, dark seams.
      const len = sc * 7.5;
      const row = Math.floor(t / sc);
      const off = hash2(row, 7, seed) * len;
      const col = Math.floor((s + off) / len);
      const tint = 0.92 + 0.14 * hash2(row, col, seed);
      const grainAmp = 0.12 * clamp(1 - fp / 0.01, 0, 1);
      const grain = 1 - grainAmp + grainAmp * 2 * valueNoise((s + off) * 1.3, t * 45, seed + col);
      const k = tint * grain;
      r *= k;
      g *= k;
      bl *= k;
      const seam = Math.max(lineCoverage(distToGrid(t, sc), 0.003, fp), lineCoverage(distToGrid(s + off, len), 0.003, fp));
      const dk = 1 - 0.45 * seam;
      r *= dk;
      g *= dk;
      bl *= dk;
      break;
    }
    case 3: {
      // Tiles with grout lines in color2 and a slight per-tile variation.
      const k = 0.96 + 0.08 * hash2(Math.floor(s / sc), Math.floor(t / sc), seed);
      r *= k;
      g *= k;
      bl *= k;
      const gr = Math.max(lineCoverage(distToGrid(s, sc), 0.004, fp), lineCoverage(distToGrid(t, sc), 0.004, fp));
      r += (b[0] - r) * gr;
      g += (b[1] - g) * gr;
      bl += (b[2] - bl) * gr;
      break;
    }
    case 4: {
      // Furniture wood: long grain streaks along s.
      const amp = 0.16 * clamp(1 - fp / 0.008, 0.3, 1);
      const k = 1 - amp + amp * 2 * valueNoise(s * 1.2, t * 28, seed);
      r *= k;
      g *= k;
      bl *= k;
      break;
    }
    case 5: {
      // Fabric: fine weave that fades with distance, plus gentle folds.
      const amp = 0.08 * clamp(1 - fp / 0.004, 0, 1);
      const k = 0.96 + 0.06 * valueNoise(s * 6, t * 6, seed) - amp + amp * 2 * hash2(Math.floor(s * 400), Math.floor(t * 400), seed);
      r *= k;
      g *= k;
      bl *= k;
      break;
    }
    case 6: {
      // Stripes along t (curtains, blankets).
      const f = s / sc - Math.floor(s / sc);
      const edge = Math.min(f, 1 - f) * sc;
      const w = f < 0.5 ? 1 : 0;
      const soft = clamp(edge / Math.max(fp, 1e-6), 0, 1);
      const mix = w * soft + 0.5 * (1 - soft);
      r += (b[0] - r) * mix;
      g += (b[1] - g) * mix;
      bl += (b[2] - bl) * mix;
      break;
    }
    case 7: {
      // Check (tablecloth, plaid): two stripe sets multiplied.
      const fs = s / sc - Math.floor(s / sc),
        ft = t / sc - Math.floor(t / sc);
      const soft = clamp((sc * 0.5) / Math.max(fp * 2, 1e-6) - 0.5, 0, 1);
      const v = ((fs < 0.5 ? 1 : 0) + (ft < 0.5 ? 1 : 0)) * 0.5;
      const mix = v * soft + 0.5 * (1 - soft);
      r += (b[0] - r) * mix;
      g += (b[1] - g) * mix;
      bl += (b[2] - bl) * mix;
      break;
    }
    case 8: {
      // Brushed metal: faint streaks.
      const k = 0.94 + 0.12 * valueNoise(s * 2, t * 60, seed);
      r *= k;
      g *= k;
      bl *= k;
      break;
    }
  }
  out[0] = r;
  out[1] = g;
  out[2] = bl;
}
