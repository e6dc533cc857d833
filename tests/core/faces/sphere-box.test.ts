import { describe, expect, it } from 'vitest';
import { mergeBoxes } from '../../../src/core/faces/merge-boxes.ts';
import { boxContains, sphereBoxToPixelRects, sphereIoU, viewBoxToSphereBox } from '../../../src/core/faces/sphere-box.ts';

describe('boxes on the sphere', () => {
  it('maps a box in the centre of a view at the horizon to the same angles on the panorama', () => {
    // 90° over 200 px: the central 20 px span 2·atan(0.1) ≈ 11.42°.
    const b = viewBoxToSphereBox({ yaw: 30, pitch: 0, fov: 90, size: 200 }, { x: 90, y: 90, width: 20, height: 20 });
    expect(b.yaw).toBeCloseTo(30, 6);
    expect(b.pitch).toBeCloseTo(0, 6);
    expect(b.width).toBeCloseTo(11.42, 1);
    expect(b.height).toBeCloseTo(11.42, 1);
  });

  it('widens a box near a pole in yaw, as the panorama stretches it there', () => {
    const b = viewBoxToSphereBox({ yaw: 0, pitch: 70, fov: 40, size: 200 }, { x: 90, y: 90, width: 20, height: 20 });
    expect(b.height).toBeLessThan(5);
    expect(b.width).toBeGreaterThan(b.height * 2.5);
  });

  it('turns a box round the pole into the cap down to its lowest point, all the way round', () => {
    const b = viewBoxToSphereBox({ yaw: 0, pitch: 90, fov: 60, size: 200 }, { x: 80, y: 80, width: 40, height: 40 });
    expect(b.width).toBe(360);
    expect(b.pitch + b.height / 2).toBeCloseTo(90, 6);
    expect(boxContains(b, 123, 89)).toBe(true);
    expect(boxContains(b, -77, 85)).toBe(true);
  });

  it('keeps a box found across the seam in one piece in angles, and splits it in pixels at the edge', () => {
    const b = viewBoxToSphereBox({ yaw: 180, pitch: 0, fov: 60, size: 200 }, { x: 90, y: 90, width: 20, height: 20 });
    expect(b.width).toBeLessThan(10);
    expect(boxContains(b, 179, 0)).toBe(true);
    expect(boxContains(b, -179, 0)).toBe(true);
    expect(boxContains(b, 0, 0)).toBe(false);
    const rects = sphereBoxToPixelRects(b, 3600, 1800);
    expect(rects).toHaveLength(2);
    const [right, left] = [rects[0]!, rects[1]!];
    expect(right.left + right.width).toBe(3600);
    expect(left.left).toBe(0);
    // Both pieces together are the box's width in pixels (10 px per degree), rounded outwards.
    expect(right.width + left.width).toBeGreaterThanOrEqual(Math.floor(b.width * 10));
    expect(right.width + left.width).toBeLessThanOrEqual(Math.ceil(b.width * 10) + 1);
  });

  it('rounds pixel rectangles outwards and keeps them inside the image', () => {
    expect(sphereBoxToPixelRects({ yaw: 0, pitch: 0, width: 0.05, height: 0.05 }, 360, 180)).toEqual([{ left: 179, top: 89, width: 2, height: 2 }]);
    expect(sphereBoxToPixelRects({ yaw: 0, pitch: 88, width: 360, height: 10 }, 360, 180)).toEqual([{ left: 0, top: 0, width: 360, height: 7 }]);
  });

  it('measures overlap across the seam as on the sphere', () => {
    const a = { yaw: 179, pitch: 0, width: 4, height: 4 };
    const b = { yaw: -179, pitch: 0, width: 4, height: 4 };
    expect(sphereIoU(a, b)).toBeCloseTo(1 / 3, 2);
    expect(sphereIoU(a, { ...a, yaw: 0 })).toBe(0);
  });

  it('merges the boxes of one face seen in several views, weighted by score, and keeps apart faces that do not overlap', () => {
    const merged = mergeBoxes([
      { yaw: 179, pitch: 10, width: 4, height: 5, score: 0.9 },
      { yaw: -179.6, pitch: 10.2, width: 4.4, height: 5.2, score: 0.6 },
      { yaw: 100, pitch: 10, width: 4, height: 5, score: 0.7 },
    ]);
    expect(merged).toHaveLength(2);
    const seam = merged.find((m) => Math.abs(m.yaw) > 170)!;
    expect(seam.score).toBe(0.9);
    // (0.9 · 179 + 0.6 · 180.4) / 1.5 = 179.56, across the seam.
    expect(seam.yaw).toBeCloseTo(179.56, 2);
    expect(seam.width).toBeCloseTo(4.16, 2);
  });
});
