/**
 * Video encoding of rendered loops (the I/O side of video views): raw RGB frames are piped into
 * two ffmpeg processes at once, one writing H.264 MP4 (yuv420p, moov atom first so it starts
 * playing while it loads) and one writing VP9 WebM (the fallback for browsers without H.264).
 * Fixed settings, one thread each and bit-exact muxing, so the same frames give the same bytes
 * with the same ffmpeg. ffmpeg is only needed when rendering; the files are committed.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { rename, rm } from 'node:fs/promises';

/** Part of the render key: changing any of these re-renders video views. */
export const VIDEO_SETTINGS = {
  mp4: ['-c:v', 'libx264', '-preset', 'slow', '-crf', '23', '-profile:v', 'high', '-tune', 'animation', '-movflags', '+faststart', '-f', 'mp4'],
  webm: ['-c:v', 'libvpx-vp9', '-crf', '34', '-b:v', '0', '-deadline', 'good', '-cpu-used', '2', '-row-mt', '0', '-tile-columns', '0', '-f', 'webm'],
  common: [
    '-an',
    '-map_metadata',
    '-1',
    '-fflags',
    '+bitexact',
    '-flags:v',
    '+bitexact',
    '-vf',
    'scale=out_color_matrix=bt709:out_range=tv:flags=bicubic+accurate_rnd+full_chroma_int,format=yuv420p',
    '-colorspace',
    'bt709',
    '-color_primaries',
    'bt709',
    '-color_trc',
    'bt709',
    '-color_range',
    'tv',
    '-threads',
    '1',
  ],
} as const;

export interface LoopEncoder {
  /** Adds the next frame (8-bit RGB, row-major, width × height). */
  write(rgb: Uint8Array): Promise<void>;
  /** Closes the loop and moves the files into place. */
  finish(): Promise<void>;
  /** Stops and removes partial files (after an error). */
  abort(): Promise<void>;
}

interface Job {
  proc: ChildProcessWithoutNullStreams;
  done: Promise<void>;
  tmp: string;
  out: string;
}

const FFMPEG = process.env.FFMPEG ?? 'ffmpeg';

function startFfmpeg(args: string[], tmp: string, out: string): Job {
  const proc = spawn(FFMPEG, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let log = '';
  proc.stderr.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
  proc.stdout.resume();
  const done = new Promise<void>((resolve, reject) => {
    proc.on('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'ENOENT' ? new Error(`ffmpeg not found (needed to render video views; install it or set FFMPEG=/path/to/ffmpeg)`) : e),
    );
    proc.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`ffmpeg failed (exit ${code}) writing ${out}:\n${log}`))));
  });
  // Errors on stdin (EPIPE when ffmpeg quits early) surface through `done`.
  proc.stdin.on('error', () => undefined);
  return { proc, done, tmp, out };
}

/** Starts encoding a loop of `fps` frames per second into `mp4` and `webm`. */
export function encodeLoop(o: { width: number; height: number; fps: number; frames: number; mp4: string; webm: string }): LoopEncoder {
  const input = [
    '-hide_banner',
    '-nostdin',
    '-loglevel',
    'error',
    '-f',
    'rawvideo',
    '-pix_fmt',
    'rgb24',
    '-s',
    `${o.width}x${o.height}`,
    '-r',
    String(o.fps),
    '-i',
    'pipe:0',
  ];
  // One keyframe a second: a loop restarts (seeks to 0) cleanly, and decoders never wait long.
  const gop = ['-g', String(o.fps), '-keyint_min', String(o.fps)];
  const jobs = [
    startFfmpeg([...input, ...VIDEO_SETTINGS.common, ...gop, ...VIDEO_SETTINGS.mp4, '-y', `${o.mp4}.part`], `${o.mp4}.part`, o.mp4),
    startFfmpeg([...input, ...VIDEO_SETTINGS.common, ...gop, ...VIDEO_SETTINGS.webm, '-y', `${o.webm}.part`], `${o.webm}.part`, o.webm),
  ];
  // Fail fast if a process dies: every pending write rejects with its error.
  const failed = Promise.race(jobs.map((j) => j.done.then(() => new Promise<never>(() => undefined))));
  failed.catch(() => undefined);
  const writeOne = (j: Job, rgb: Uint8Array) =>
    new Promise<void>((resolve) => {
      if (j.proc.stdin.write(rgb)) resolve();
      else j.proc.stdin.once('drain', resolve);
    });
  let written = 0;
  return {
    async write(rgb) {
      if (rgb.length !== o.width * o.height * 3) throw new Error(`frame has ${rgb.length} bytes, expected ${o.width * o.height * 3}`);
      await Promise.race([Promise.all(jobs.map((j) => writeOne(j, rgb))), failed]);
      written++;
    },
    async finish() {
      if (written !== o.frames) throw new Error(`wrote ${written} frames, expected ${o.frames}`);
      for (const j of jobs) j.proc.stdin.end();
      await Promise.all(jobs.map((j) => j.done));
      for (const j of jobs) await rename(j.tmp, j.out);
    },
    async abort() {
      for (const j of jobs) j.proc.kill('SIGTERM');
      await Promise.allSettled(jobs.map((j) => j.done));
      for (const j of jobs) await rm(j.tmp, { force: true });
    },
  };
}
