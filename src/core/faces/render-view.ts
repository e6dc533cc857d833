import { type SphereView, viewBasis } from './sphere-view.ts';

/** Pixels in memory: rows top to bottom, `channels` bytes per pixel (3: RGB). */
export interface RawImage {
  data: Uint8Array;
  width: number;
  height: number;
  channels: number;
}

const DEG = 180 / Math.PI;

/**
 * Renders a rectilinear view from an equirectangular image (bilinear, wrapping round at the
 * seam, clamped at the poles): what the face detector looks at. RGB out.
 */
export function renderView(pano: RawImage, view: SphereView): RawImage {
  const { size } = view;
  const out = new Uint8Array(size * size * 3);
  const { forward: f, right: r, up: u, half } = viewBasis(view);
  const { width: W, height: H, channels: C, data } = pano;
  // Inlined viewPointToDirection and yaw/pitch → pixel: this loop runs for every pixel of every view.
  for (let y = 0; y < size; y++) {
    const ny = (1 - (2 * (y + 0.5)) / size) * half;
    for (let x = 0; x < size; x++) {
      const nx = ((2 * (x + 0.5)) / size - 1) * half;
      const dx = f.x + nx * r.x + ny * u.x;
      const dy = f.y + nx * r.y + ny * u.y;
      const dz = f.z + nx * r.z + ny * u.z;
      const yaw = Math.atan2(dx, -dz) * DEG;
      const pitch = Math.atan2(dy, Math.hypot(dx, dz)) * DEG;
      const uu = (0.5 + yaw / 360) * W - 0.5;
      const v = Math.max(0, Math.min(H - 1, (0.5 - pitch / 180) * H - 0.5));
      const x0 = Math.floor(uu);
      const y0 = Math.floor(v);
      const fx = uu - x0;
      const fy = v - y0;
      const xa = x0 < 0 ? x0 + W : x0 >= W ? x0 - W : x0;
      const xb = xa + 1 === W ? 0 : xa + 1;
      const yb = y0 + 1 < H ? y0 + 1 : H - 1;
      const a = (y0 * W + xa) * C;
      const b = (y0 * W + xb) * C;
      const c = (yb * W + xa) * C;
      const d = (yb * W + xb) * C;
      const w00 = (1 - fx) * (1 - fy);
      const w10 = fx * (1 - fy);
      const w01 = (1 - fx) * fy;
      const w11 = fx * fy;
      const o = (y * size + x) * 3;
      out[o] = data[a]! * w00 + data[b]! * w10 + data[c]! * w01 + data[d]! * w11 + 0.5;
      out[o + 1] = data[a + 1]! * w00 + data[b + 1]! * w10 + data[c + 1]! * w01 + data[d + 1]! * w11 + 0.5;
      out[o + 2] = data[a + 2]! * w00 + data[b + 2]! * w10 + data[c + 2]! * w01 + data[d + 2]! * w11 + 0.5;
    }
  }
  return { data: out, width: size, height: size, channels: 3 };
}
