/** RGBA pixels, as in ImageData. */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

export interface ViewAngles {
  /** Degrees, positive right (core/yaw-pitch.ts). */
  yaw: number;
  /** Degrees, positive up. */
  pitch: number;
  /** Vertical field of view in degrees, as the viewer's camera. */
  fov: number;
}

/**
 * Draws what the viewer's camera would show of an equirectangular image, on the CPU: the same
 * mapping as `panorama-material.ts` (yaw 0 = image centre = −Z) and the same camera turn as
 * `flat-look.tsx` (Euler YXZ: pitch about X, then −yaw about Y), sampled bilinearly. Used for
 * the first picture before WebGL is ready, so the canvas can take over without a jump. A
 * 512×256 preview into a few hundred pixels takes a few milliseconds.
 */
export function drawEquirectView(src: Pixels, out: Pixels, view: ViewAngles): void {
  const toRad = Math.PI / 180;
  const tanY = Math.tan((view.fov * toRad) / 2);
  const tanX = tanY * (out.width / out.height);
  const cp = Math.cos(view.pitch * toRad);
  const sp = Math.sin(view.pitch * toRad);
  const cy = Math.cos(-view.yaw * toRad);
  const sy = Math.sin(-view.yaw * toRad);
  const { width: sw, height: sh, data: s } = src;
  const o = out.data;
  for (let py = 0; py < out.height; py++) {
    const y = (1 - (2 * (py + 0.5)) / out.height) * tanY;
    for (let px = 0; px < out.width; px++) {
      const x = ((2 * (px + 0.5)) / out.width - 1) * tanX;
      // Camera looks down −Z: (x, y, −1), turned by pitch about X, then by −yaw about Y.
      const y1 = y * cp + sp;
      const z1 = y * sp - cp;
      const dx = x * cy + z1 * sy;
      const dz = -x * sy + z1 * cy;
      const len = Math.hypot(dx, y1, dz);
      const u = Math.atan2(dx, -dz) / (2 * Math.PI) + 0.5;
      const v = 0.5 - Math.asin(Math.max(-1, Math.min(1, y1 / len))) / Math.PI; // 0 at the image's top row
      // Bilinear, wrapping around horizontally.
      const fx = u * sw - 0.5;
      const fy = Math.max(0, Math.min(sh - 1, v * sh - 0.5));
      const x0 = Math.floor(fx);
      const y0 = Math.floor(fy);
      const ax = fx - x0;
      const ay = fy - y0;
      const xa = ((x0 % sw) + sw) % sw;
      const xb = (xa + 1) % sw;
      const ya = y0;
      const yb = Math.min(sh - 1, y0 + 1);
      const i00 = (ya * sw + xa) * 4;
      const i10 = (ya * sw + xb) * 4;
      const i01 = (yb * sw + xa) * 4;
      const i11 = (yb * sw + xb) * 4;
      const oi = (py * out.width + px) * 4;
      for (let c = 0; c < 3; c++) {
        const top = s[i00 + c]! + (s[i10 + c]! - s[i00 + c]!) * ax;
        const bottom = s[i01 + c]! + (s[i11 + c]! - s[i01 + c]!) * ax;
        o[oi + c] = top + (bottom - top) * ay;
      }
      o[oi + 3] = 255;
    }
  }
}
