import { describe, expect, it } from 'vitest';
import { angleDelta, angularDistance, directionToYawPitch, yawPitchToDirection, yawPitchToUv } from '../../src/core/yaw-pitch.ts';

describe('yaw/pitch convention', () => {
  it('yaw 0 looks forward (−Z), positive yaw turns right (+X), positive pitch looks up', () => {
    const f = yawPitchToDirection(0, 0);
    expect(f.z).toBeCloseTo(-1);
    const r = yawPitchToDirection(90, 0);
    expect(r.x).toBeCloseTo(1);
    expect(r.z).toBeCloseTo(0);
    expect(yawPitchToDirection(0, 90).y).toBeCloseTo(1);
    expect(yawPitchToDirection(-90, 0).x).toBeCloseTo(-1);
  });

  it('round-trips directions and angles', () => {
    for (const [yaw, pitch] of [
      [0, 0],
      [45, 10],
      [-135, -30],
      [179, 60],
      [-90, 0],
    ] as const) {
      const d = yawPitchToDirection(yaw, pitch);
      const back = directionToYawPitch(d.x * 3, d.y * 3, d.z * 3);
      expect(back.yaw).toBeCloseTo(yaw);
      expect(back.pitch).toBeCloseTo(pitch);
    }
  });

  it('maps to equirectangular texture coordinates: yaw 0 is the image centre', () => {
    expect(yawPitchToUv(0, 0)).toEqual({ u: 0.5, v: 0.5 });
    expect(yawPitchToUv(90, 0).u).toBeCloseTo(0.75);
    expect(yawPitchToUv(-180, 90)).toEqual({ u: 0, v: 0 });
  });

  it('measures angles across the ±180° seam', () => {
    expect(angleDelta(170, -170)).toBeCloseTo(-20);
    expect(angleDelta(-170, 170)).toBeCloseTo(20);
    expect(angularDistance(179, 0, -179, 0)).toBeCloseTo(2);
    expect(angularDistance(0, 0, 0, 90)).toBeCloseTo(90);
  });
});
