import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  animateView,
  animationValue,
  checkVideo,
  compileScene,
  renderVideoFrame,
  resolveView,
  RoomsFile,
  yawPitchToPixel,
} from '../../src/tools/panorama/index.ts';
import { encodeLoop } from '../../src/tools/panorama-video.ts';

const W = 256;
const H = 128;
const N = 8;

/** A small room with a person talking with her hand straight ahead, and a still cupboard behind the camera. */
const rooms = RoomsFile.parse({
  views: {
    gang: {
      room: { width: 3, depth: 5, height: 2.6 },
      walls: '#9a9a9a',
      lights: [{ x: 0, z: -1 }],
      objects: [
        { type: 'persoon-gebaar', name: 'dochter', x: 0, z: -1.2, facing: 'camera', top: '#2f7f7a' },
        { type: 'kast', name: 'kast', wall: 'south', at: 0, color: '#c03030' },
      ],
      video: {
        frames: N,
        fps: 12,
        animate: [
          { object: 'dochter', field: 'gesture', from: 0, to: 1 },
          { object: 'dochter', field: 'headTurn', from: -10, to: 10, cycles: 2, phase: 0.25 },
        ],
      },
    },
    'gang-stil': { extends: 'gang' },
  },
});
const view = resolveView(rooms, 'gang');

describe('video views', () => {
  it('moves an option from `from` to `to` and back in a seamless loop', () => {
    const a = view.video!.animate[0]!;
    expect(animationValue(a, 0, N)).toBe(0);
    expect(animationValue(a, N / 2, N)).toBeCloseTo(1, 12);
    expect(animationValue(a, N, N)).toBeCloseTo(animationValue(a, 0, N), 12);
    expect(animationValue(a, 1, N)).toBeCloseTo(animationValue(a, N - 1, N), 12);
    const b = view.video!.animate[1]!; // two cycles, starting half-way up
    expect(animationValue(b, 0, N)).toBeCloseTo(0, 12);
    expect(animationValue(b, N / 4, N)).toBeCloseTo(0, 12);
    expect(animationValue(b, N / 8, N)).toBeCloseTo(10, 12);
  });

  it('gives each frame the animated values without touching the view, and is not inherited', () => {
    const frame = animateView(view, N / 2);
    const dochter = frame.objects.find((o) => o.name === 'dochter') as Record<string, unknown>;
    expect(dochter.gesture).toBe(1);
    expect(frame.video).toBeUndefined();
    expect(view.objects.find((o) => o.name === 'dochter')).not.toHaveProperty('gesture');
    expect(resolveView(rooms, 'gang-stil').video).toBeUndefined();
    expect(() => animateView(view, N)).toThrow(/frame 8/);
  });

  it('refuses animations of missing objects or non-numeric options', () => {
    const bad = (animate: unknown) => resolveView(RoomsFile.parse({ views: { v: { ...rooms.views.gang, video: { frames: 4, fps: 12, animate } } } }), 'v');
    expect(() => checkVideo(bad([{ object: 'niemand', field: 'x', from: 0, to: 1 }]))).toThrow(/no object with that name/);
    expect(() => checkVideo(bad([{ object: 'dochter', field: 'top', from: 0, to: 1 }]))).toThrow(/not a number/);
    expect(() => checkVideo(bad([{ object: 'dochter', field: 'type', from: 0, to: 1 }]))).toThrow(/cannot be animated/);
  });

  it('renders a frame to the same bytes twice; frames differ where the hand moves and nowhere far from it', () => {
    const opts = { width: W, height: H };
    const f0 = renderVideoFrame(view, 0, opts);
    const again = renderVideoFrame(resolveView(rooms, 'gang'), 0, opts);
    expect(Buffer.from(again).equals(Buffer.from(f0))).toBe(true);
    const mid = renderVideoFrame(view, N / 2, opts);
    expect(Buffer.from(mid).equals(Buffer.from(f0))).toBe(false);

    // Pixels that changed lie around the person (yaw near 0); the cupboard behind is identical.
    const anchors = compileScene(animateView(view, N / 2)).anchors;
    const hand = yawPitchToPixel(anchors['dochter.hand']!.yaw, anchors['dochter.hand']!.pitch);
    const changedNearHand = (() => {
      let n = 0;
      const cx = Math.floor(hand.u * W),
        cy = Math.floor(hand.v * H);
      for (let y = cy - 6; y <= cy + 6; y++)
        for (let x = cx - 6; x <= cx + 6; x++) {
          const i = (y * W + x) * 3;
          if (f0[i] !== mid[i] || f0[i + 1] !== mid[i + 1] || f0[i + 2] !== mid[i + 2]) n++;
        }
      return n;
    })();
    expect(changedNearHand).toBeGreaterThan(5);
    for (let y = 0; y < H; y++) {
      for (const x of [0, 1, 2, W - 3, W - 2, W - 1]) {
        const i = (y * W + x) * 3;
        expect([mid[i], mid[i + 1], mid[i + 2]], `pixel ${x},${y}`).toEqual([f0[i], f0[i + 1], f0[i + 2]]);
      }
    }
  });
});

describe('video encoding (ffmpeg)', () => {
  it('has ffmpeg (apt-get install ffmpeg, or set FFMPEG); scenes:render needs it for video views', () => {
    expect(spawnSync(process.env.FFMPEG ?? 'ffmpeg', ['-version']).status).toBe(0);
  });

  it('writes the same MP4 (moov first) and WebM bytes for the same frames', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bbvr-video-'));
    try {
      const frames = [0, 1, 2, 3].map((k) => renderVideoFrame(view, k * 2, { width: 128, height: 64 }));
      const files: Buffer[][] = [];
      for (const run of [0, 1]) {
        const mp4 = join(dir, `${run}.mp4`),
          webm = join(dir, `${run}.webm`);
        const enc = encodeLoop({ width: 128, height: 64, fps: 12, frames: frames.length, mp4, webm });
        for (const f of frames) await enc.write(f);
        await enc.finish();
        files.push([await readFile(mp4), await readFile(webm)]);
      }
      expect(files[0]![0]!.equals(files[1]![0]!)).toBe(true);
      expect(files[0]![1]!.equals(files[1]![1]!)).toBe(true);
      const mp4 = files[0]![0]!;
      expect(mp4.subarray(4, 8).toString()).toBe('ftyp');
      expect(mp4.indexOf('moov')).toBeLessThan(mp4.indexOf('mdat'));
      expect(files[0]![1]!.subarray(0, 4).toString('hex')).toBe('1a45dfa3'); // EBML (Matroska/WebM)
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
