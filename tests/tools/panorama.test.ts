import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
  compileScene,
  directionToYawPitch,
  pixelToDirection,
  renderPanorama,
  renderRows,
  resolveView,
  RoomsFile,
  yawPitchToDirection,
  yawPitchToPixel,
} from '../../src/tools/panorama/index.ts';
import { encodePanorama } from '../../src/tools/panorama-encode.ts';
import * as player from '../../src/core/yaw-pitch.ts';

const W = 256;
const H = 128;

/** A small room: grey walls, a window, a lamp, a bright red cupboard straight ahead, a bed and a person. */
const rooms = RoomsFile.parse({
  views: {
    test: {
      room: { width: 4, depth: 5, height: 2.6, cameraOffset: { x: 0, z: 0.5 } },
      walls: '#9a9a9a',
      floor: { color: '#808080', pattern: 'speckle' },
      windows: [{ wall: 'east', at: -1, width: 1.2 }],
      lights: [{ x: 0, z: -1 }],
      objects: [
        { type: 'kast', name: 'rood', x: 0, z: -2, width: 1.0, height: 2.2, color: '#e01010' },
        { type: 'hoog-laagbed', name: 'bed', x: -1.2, z: 0.5, facing: 'east', backrest: 30, occupant: {} },
        { type: 'persoon', name: 'zorgverlener', x: 1.2, z: 1.2, facing: 'camera' },
      ],
    },
    'zonder-bed': { extends: 'test', remove: ['bed'] },
  },
});

const scene = compileScene(resolveView(rooms, 'test'));
const pixel = (rgb: Uint8Array, x: number, y: number) => [rgb[(y * W + x) * 3]!, rgb[(y * W + x) * 3 + 1]!, rgb[(y * W + x) * 3 + 2]!] as const;

describe('panorama renderer', () => {
  it('renders the same bytes twice, and the same when split into bands of rows', () => {
    const a = renderPanorama(scene, { width: W, height: H });
    const b = renderPanorama(compileScene(resolveView(rooms, 'test')), { width: W, height: H });
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const bands = [
      renderRows(scene, { width: W, height: H }, 0, 37),
      renderRows(scene, { width: W, height: H }, 37, 64),
      renderRows(scene, { width: W, height: H }, 64, H),
    ];
    expect(Buffer.concat(bands.map((x) => Buffer.from(x))).equals(Buffer.from(a))).toBe(true);
  });

  it('outputs 2:1 RGB and encodes to byte-identical 2:1 JPEGs with a preview', async () => {
    const rgb = renderPanorama(scene, { width: W, height: H });
    expect(rgb.length).toBe(W * H * 3);
    const one = await encodePanorama(rgb, W, H);
    const two = await encodePanorama(rgb, W, H);
    expect(one.jpg.equals(two.jpg)).toBe(true);
    expect(one.preview.equals(two.preview)).toBe(true);
    const meta = await sharp(one.jpg).metadata();
    expect([meta.width, meta.height, meta.format]).toEqual([W, H, 'jpeg']);
    const pm = await sharp(one.preview).metadata();
    expect(pm.width).toBe(2 * pm.height!);
  });

  it('shows an object straight ahead (yaw 0) in the centre column, and the anchor agrees', () => {
    const rgb = renderPanorama(scene, { width: W, height: H });
    const [r, g, b] = pixel(rgb, W / 2, H / 2);
    expect(r).toBeGreaterThan(120);
    expect(r).toBeGreaterThan(2 * g);
    expect(r).toBeGreaterThan(2 * b);
    // Turned 90° right (yaw +90) the camera faces the east wall's window, not the red cupboard.
    const [r2, g2] = pixel(rgb, (3 * W) / 4, H / 2 - 4);
    expect(r2).toBeLessThan(2 * g2);
    expect(scene.anchors.rood!.yaw).toBeCloseTo(0, 6);
    // The person at (1.2, 1.2) stands behind-right: yaw 135°.
    expect(scene.anchors.zorgverlener!.yaw).toBeCloseTo(135, 6);
  });

  it('draws an off-axis object where the player maps its yaw/pitch', () => {
    // A small red box 2 m away at yaw 60°, pitch −10°, placed with the player's own mapping.
    const d = player.yawPitchToDirection(60, -10);
    const view = resolveView(rooms, 'zonder-bed');
    const box = {
      type: 'kast',
      name: 'doos',
      x: d.x * 2,
      z: d.z * 2,
      y: 1.2 + d.y * 2 - 0.19,
      width: 0.3,
      height: 0.3,
      depth: 0.3,
      facing: 'camera' as const,
      color: '#e01010',
    };
    const s = compileScene({ ...view, objects: [box] });
    const rgb = renderPanorama(s, { width: W, height: H });
    const { u, v } = player.yawPitchToUv(60, -10);
    const [r, g, b] = pixel(rgb, Math.floor(u * W), Math.floor(v * H));
    expect(r).toBeGreaterThan(2 * g);
    expect(r).toBeGreaterThan(2 * b);
  });

  it('puts anchors where their object is drawn', () => {
    const rgb = renderPanorama(scene, { width: W, height: H });
    const { u, v } = yawPitchToPixel(scene.anchors['bed.hoofd']!.yaw, scene.anchors['bed.hoofd']!.pitch);
    const [r, g, b] = pixel(rgb, Math.floor(u * W), Math.floor(v * H));
    // The default skin tone is warm: more red than blue; the grey walls are not.
    expect(r - b).toBeGreaterThan(20);
    expect(g).toBeLessThan(r);
  });

  it('applies "extends" and "remove"', () => {
    const v = resolveView(rooms, 'zonder-bed');
    expect(v.objects.map((o) => o.name)).toEqual(['rood', 'zorgverlener']);
    expect(() => compileScene({ ...v, objects: [{ type: 'raket', x: 0, z: -1 }] })).toThrow(/unknown type "raket"/);
  });
});

describe('directions', () => {
  it('agrees with the player mapping in src/core/yaw-pitch.ts', () => {
    for (const [yaw, pitch] of [
      [0, 0],
      [37, 12],
      [-120, -45],
      [179, 80],
      [90, -89],
    ] as const) {
      const ours = yawPitchToDirection(yaw, pitch);
      const theirs = player.yawPitchToDirection(yaw, pitch);
      expect(ours[0]).toBeCloseTo(theirs.x, 12);
      expect(ours[1]).toBeCloseTo(theirs.y, 12);
      expect(ours[2]).toBeCloseTo(theirs.z, 12);
      const uv = player.yawPitchToUv(yaw, pitch);
      expect(yawPitchToPixel(yaw, pitch).v).toBeCloseTo(uv.v, 12);
    }
  });

  it('round-trips pixel → direction → yaw/pitch → pixel', () => {
    for (const [u, v] of [
      [0.5, 0.5],
      [0.75, 0.5],
      [0.25, 0.3],
      [0.1, 0.9],
      [0.999, 0.01],
      [0.6, 0.7],
    ] as const) {
      const d = pixelToDirection(u, v);
      expect(Math.hypot(...d)).toBeCloseTo(1, 12);
      const yp = directionToYawPitch(...d);
      expect(yp.yaw).toBeCloseTo((u - 0.5) * 360, 9);
      expect(yp.pitch).toBeCloseTo((0.5 - v) * 180, 9);
      const back = yawPitchToPixel(yp.yaw, yp.pitch);
      expect(back.u).toBeCloseTo(u, 9);
      expect(back.v).toBeCloseTo(v, 9);
    }
  });

  it('follows the player convention: yaw 0 = −Z, +90 = +X (right), pitch + = up', () => {
    expect(directionToYawPitch(0, 0, -1)).toEqual({ yaw: 0, pitch: 0 });
    expect(directionToYawPitch(1, 0, 0).yaw).toBeCloseTo(90, 12);
    expect(directionToYawPitch(-1, 0, 0).yaw).toBeCloseTo(-90, 12);
    expect(directionToYawPitch(0, 0, 1).yaw).toBe(180);
    expect(directionToYawPitch(0, 1, -1).pitch).toBeCloseTo(45, 12);
    const d = yawPitchToDirection(30, -20);
    const yp = directionToYawPitch(d[0] * 3, d[1] * 3, d[2] * 3);
    expect(yp.yaw).toBeCloseTo(30, 12);
    expect(yp.pitch).toBeCloseTo(-20, 12);
  });
});
