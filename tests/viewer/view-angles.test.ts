import { describe, expect, it } from 'vitest';
import { clampPitch, lookedAt, wrapYaw } from '../../src/viewer/view-angles.ts';

describe('view angles', () => {
  it('wraps yaw into −180…180 and keeps flat-mode pitch short of the poles', () => {
    expect(wrapYaw(190)).toBe(-170);
    expect(wrapYaw(-190)).toBe(170);
    expect(wrapYaw(540)).toBe(-180);
    expect(clampPitch(120)).toBe(85);
    expect(clampPitch(-120)).toBe(-85);
  });

  it('gives the content direction the head points at, whatever the VR recenter turned', () => {
    // Content turned by +30°: a head at 40° looks at content yaw 10°.
    expect(lookedAt({ headYaw: 40, headPitch: 12, worldYawOffset: 30 })).toEqual({ yaw: 10, pitch: 12 });
    expect(lookedAt({ headYaw: -170, headPitch: -95, worldYawOffset: 30 })).toEqual({ yaw: 160, pitch: -90 });
  });
});
