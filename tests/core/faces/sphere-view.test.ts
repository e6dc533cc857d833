import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { directionToViewPoint, type SphereView, viewPointToDirection, viewPointToYawPitch } from '../../../src/core/faces/sphere-view.ts';
import { viewsCoveringSphere } from '../../../src/core/faces/view-set.ts';
import { angleDelta, angularDistance, directionToYawPitch, yawPitchToDirection } from '../../../src/core/yaw-pitch.ts';

describe('rectilinear views of the sphere', () => {
  it('looks at its own yaw/pitch through its centre, right is more yaw and up is more pitch', () => {
    const view: SphereView = { yaw: 40, pitch: 10, fov: 60, size: 200 };
    const c = viewPointToYawPitch(view, 100, 100);
    expect(c.yaw).toBeCloseTo(40, 9);
    expect(c.pitch).toBeCloseTo(10, 9);
    expect(viewPointToYawPitch(view, 200, 100).yaw).toBeGreaterThan(40);
    expect(viewPointToYawPitch(view, 100, 0).pitch).toBeGreaterThan(10);
    // The edge midpoint is half the field of view away.
    expect(angularDistance(40, 10, viewPointToYawPitch(view, 200, 100).yaw, viewPointToYawPitch(view, 200, 100).pitch)).toBeCloseTo(30, 6);
  });

  it('maps a direction to its pixel and back (any view, any point in front of it)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.double({ min: -90, max: 90, noNaN: true }),
        fc.double({ min: 10, max: 120, noNaN: true }),
        fc.double({ min: 0, max: 256, noNaN: true }),
        fc.double({ min: 0, max: 256, noNaN: true }),
        (yaw, pitch, fov, x, y) => {
          const view = { yaw, pitch, fov, size: 256 };
          const d = viewPointToDirection(view, x, y);
          const back = directionToViewPoint(view, d)!;
          expect(back.x).toBeCloseTo(x, 6);
          expect(back.y).toBeCloseTo(y, 6);
        },
      ),
    );
  });

  it('is not rolled at a pole: looking straight up, the top of the image is the yaw looked at', () => {
    const up: SphereView = { yaw: 90, pitch: 90, fov: 60, size: 100 };
    const top = viewPointToYawPitch(up, 50, 10);
    expect(Math.abs(angleDelta(top.yaw, 90 + 180))).toBeLessThan(1e-6);
    expect(directionToViewPoint(up, { x: 0, y: -1, z: 0 })).toBeNull();
  });

  it.each([
    { fov: 36, size: 256, step: 0.65 },
    { fov: 90, size: 256, step: 0.6 },
  ])('covers the whole sphere with views of $fov° so that a face of (1 − step) × fov lies whole in one ($fov°)', (set) => {
    const views = viewsCoveringSphere(set);
    // What must fit: a disc of this radius round any direction, poles and seam included.
    const radius = ((1 - set.step) * set.fov) / 2 - 0.5;
    const n = 4000;
    for (let i = 0; i < n; i++) {
      // Fibonacci sphere: evenly spread directions.
      const y = 1 - (2 * (i + 0.5)) / n;
      const r = Math.sqrt(1 - y * y);
      const phi = i * Math.PI * (3 - Math.sqrt(5));
      const p = directionToYawPitch(r * Math.cos(phi), y, r * Math.sin(phi));
      const fits = views.some((v) => {
        for (let k = 0; k < 8; k++) {
          // Eight points on the disc's rim round p must all land inside the view.
          const a = (k * Math.PI) / 4;
          const q = offset(p.yaw, p.pitch, radius, a);
          const at = directionToViewPoint(v, yawPitchToDirection(q.yaw, q.pitch));
          if (!at || at.x < 0 || at.y < 0 || at.x > v.size || at.y > v.size) return false;
        }
        return true;
      });
      expect(fits, `yaw ${p.yaw.toFixed(1)}, pitch ${p.pitch.toFixed(1)}`).toBe(true);
    }
  });
});

/** The point `dist` degrees from (yaw, pitch) in direction `bearing` (radians). */
function offset(yaw: number, pitch: number, dist: number, bearing: number) {
  const R = Math.PI / 180;
  const lat1 = pitch * R;
  const d = dist * R;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(bearing));
  const lon2 = yaw * R + Math.atan2(Math.sin(bearing) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
  return { yaw: lon2 / R, pitch: lat2 / R };
}
