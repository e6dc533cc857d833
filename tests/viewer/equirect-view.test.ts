import { describe, expect, it } from 'vitest';
import { drawEquirectView, type Pixels } from '../../src/viewer/equirect-view.ts';

/** An equirectangular test image whose red channel is the column (u) and green the row (v from the top), 0–255. */
function gradient(width = 256, height = 128): Pixels {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      data[i] = ((x + 0.5) / width) * 255;
      data[i + 1] = ((y + 0.5) / height) * 255;
      data[i + 3] = 255;
    }
  return { width, height, data };
}

function centre(view: { yaw: number; pitch: number }): { u: number; v: number } {
  const out: Pixels = { width: 33, height: 17, data: new Uint8ClampedArray(33 * 17 * 4) };
  drawEquirectView(gradient(), out, { ...view, fov: 75 });
  const i = (8 * 33 + 16) * 4;
  return { u: out.data[i]! / 255, v: out.data[i + 1]! / 255 };
}

describe('drawEquirectView', () => {
  it('looks at the image centre for yaw 0, pitch 0', () => {
    const c = centre({ yaw: 0, pitch: 0 });
    expect(c.u).toBeCloseTo(0.5, 1);
    expect(c.v).toBeCloseTo(0.5, 1);
  });

  it('turns right for a positive yaw and up for a positive pitch, as the panorama shader maps them', () => {
    expect(centre({ yaw: 90, pitch: 0 }).u).toBeCloseTo(0.75, 1);
    expect(centre({ yaw: -90, pitch: 0 }).u).toBeCloseTo(0.25, 1);
    expect(centre({ yaw: 0, pitch: 45 }).v).toBeCloseTo(0.25, 1);
    expect(centre({ yaw: 0, pitch: -45 }).v).toBeCloseTo(0.75, 1);
  });

  it('fills every pixel opaque, also across the seam behind the viewer', () => {
    const out: Pixels = { width: 40, height: 20, data: new Uint8ClampedArray(40 * 20 * 4) };
    drawEquirectView(gradient(), out, { yaw: 180, pitch: 10, fov: 75 });
    for (let i = 3; i < out.data.length; i += 4) expect(out.data[i]).toBe(255);
  });
});
