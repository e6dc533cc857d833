/** Colour helpers: the renderer works in linear RGB and encodes to sRGB only at the end. */

export type RGB = [number, number, number];

function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
}

/** "#rrggbb" (or "#rgb") → linear RGB. */
export function hexToLinear(hex: string): RGB {
  let h = hex.replace(/^#/, '');
  if (h.length === 3) h = h.replace(/(.)/g, '$1$1');
  if (!/^[0-9a-fA-F]{6}$/.test(h)) throw new Error(`not a colour: "${hex}" (use "#rrggbb")`);
  const n = parseInt(h, 16);
  return [srgbToLinear(((n >> 16) & 255) / 255), srgbToLinear(((n >> 8) & 255) / 255), srgbToLinear((n & 255) / 255)];
}

/**
 * Display transform: linear up to a knee, then a soft shoulder, so windows and lamps glow
 * instead of clipping to flat patches; then the sRGB curve. Output in [0, 1].
 */
export function toDisplay(x: number): number {
  const knee = 0.72;
  if (x > knee) x = knee + (1 - knee) * (1 - Math.exp(-(x - knee) / (1 - knee)));
  if (x <= 0) return 0;
  return x <= 0.0031308 ? 12.92 * x : 1.055 * Math.pow(x, 1 / 2.4) - 0.055;
}

// toDisplay through a lookup table: the exact curve is too slow for 25 million calls per image.
const LUT_SIZE = 16384;
const LUT = new Float64Array(LUT_SIZE + 2);
for (let i = 0; i <= LUT_SIZE + 1; i++) {
  const u = Math.min(i / LUT_SIZE, 0.999999);
  LUT[i] = toDisplay(u / (1 - u));
}

/** Same as toDisplay within 1e-4, table-driven; indexed by x/(1+x) so darks keep precision. */
export function toDisplayFast(x: number): number {
  if (x <= 0) return 0;
  const f = (x / (1 + x)) * LUT_SIZE;
  const i = f | 0;
  const a = LUT[i]!;
  return a + (LUT[i + 1]! - a) * (f - i);
}
