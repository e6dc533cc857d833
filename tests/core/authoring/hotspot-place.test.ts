import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hotspotPlace } from '../../../src/core/authoring/hotspot-place.ts';
import { angleDelta } from '../../../src/core/yaw-pitch.ts';

describe('hotspotPlace', () => {
  it('wraps yaw, clamps pitch and rounds both to 0.1°', () => {
    expect(hotspotPlace(181, 12.34)).toEqual({ yaw: -179, pitch: 12.3 });
    expect(hotspotPlace(-540, -120)).toEqual({ yaw: -180, pitch: -90 });
    expect(hotspotPlace(720.06, 90.2)).toEqual({ yaw: 0.1, pitch: 90 });
    expect(Object.is(hotspotPlace(-0.01, -0.01)?.yaw, -0)).toBe(false);
  });

  it('refuses what is not a finite number', () => {
    expect(hotspotPlace(Number.NaN, 0)).toBeUndefined();
    expect(hotspotPlace(0, Infinity)).toBeUndefined();
  });

  it('always gives a valid place in the same direction, within 0.05°', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.double({ min: -89, max: 89, noNaN: true }), (yaw, pitch) => {
        const p = hotspotPlace(yaw, pitch)!;
        expect(p.yaw).toBeGreaterThanOrEqual(-180);
        expect(p.yaw).toBeLessThanOrEqual(180);
        expect(Math.abs(angleDelta(p.yaw, yaw))).toBeLessThanOrEqual(0.05 + 1e-9);
        expect(Math.abs(p.pitch - pitch)).toBeLessThanOrEqual(0.05 + 1e-9);
        expect(Math.round(p.yaw * 10)).toBeCloseTo(p.yaw * 10, 9);
      }),
    );
  });
});
