/**
 * `npm run scenes:render [scenario folder…]` — renders the 360° images of every view in each
 * folder's rooms.json (default: every scenario folder under scenes/ that has one):
 *   media/<view>.jpg            4096×2048 equirectangular JPEG (mozjpeg, ≤ 1.5 MB)
 *   media/<view>-preview.jpg    512×256, shown first by the player
 *   media/<view>.anchors.json   yaw/pitch of every named object, to copy into hotspots
 * A view with a "video" block (docs/rendered-rooms.md#video-views) becomes a short seamless loop
 * instead: media/<view>.mp4 (H.264) and media/<view>.webm (VP9), 2048×1024 by default, its
 * preview (frame 0) and anchors; this needs ffmpeg (set FFMPEG to use another binary).
 * Output is byte-identical for the same input, however many workers render it.
 * Options: --workers N (rows rendered in N worker threads; default 1, because on the 2-vCPU
 * machines this project runs on two threads were measured slower than one), --force (re-render
 * even when nothing changed),
 * --size WIDTH (smaller test renders; 2:1), --only VIEW (one view).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { encodePanorama } from './panorama-encode.ts';
import { encodeLoop, VIDEO_SETTINGS } from './panorama-video.ts';
import {
  animateView,
  checkVideo,
  compileScene,
  renderRows,
  resolveView,
  RoomsFile,
  type RenderStats,
  type ResolvedView,
  type Scene,
} from './panorama/index.ts';
import type { BandRequest, BandResult } from './scenes-render-worker.ts';

const WIDTH = 4096;
const BAND_ROWS = 64;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PANORAMA_SRC = join(ROOT, 'src/tools/panorama');

interface Args {
  folders: string[];
  workers: number;
  force: boolean;
  width: number;
  /** --size was given (video views then render at most this wide). */
  sized: boolean;
  only: string | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { folders: [], workers: 1, force: false, width: WIDTH, sized: false, only: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--force') args.force = true;
    else if (a === '--workers') args.workers = Math.max(1, Math.min(availableParallelism(), Number(argv[++i]) || 1));
    else if (a === '--size') {
      args.width = Number(argv[++i]);
      args.sized = true;
    } else if (a === '--only') args.only = argv[++i] ?? null;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else args.folders.push(a);
  }
  if (!Number.isInteger(args.width) || args.width < 64 || args.width % 8 !== 0) throw new Error('--size must be a multiple of 8, at least 64');
  return args;
}

async function findRoomFolders(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.') || e.name === 'node_modules' || !e.isDirectory()) continue;
    const child = join(dir, e.name);
    if (existsSync(join(child, 'rooms.json'))) out.push(child);
    else out.push(...(await findRoomFolders(child)));
  }
  return out.sort();
}

/** Hash of the renderer's own source, so a change to the library re-renders everything. */
async function rendererHash(): Promise<string> {
  const h = createHash('sha256');
  const walk = async (d: string): Promise<void> => {
    for (const e of (await readdir(d, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.name.endsWith('.ts')) h.update(e.name).update(await readFile(p));
    }
  };
  await walk(PANORAMA_SRC);
  return h.digest('hex');
}

/** A small pool of render workers fed bands of rows. */
class Pool {
  private readonly workers: Worker[] = [];
  constructor(n: number) {
    const api = import.meta.resolve('tsx/esm/api');
    const entry = new URL('./scenes-render-worker.ts', import.meta.url).href;
    // Workers do not inherit tsx's loader; load the worker's TypeScript through tsx's API.
    const code = `import(${JSON.stringify(api)}).then((m) => m.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`;
    for (let i = 0; i < n; i++) this.workers.push(new Worker(code, { eval: true }));
  }

  async render(view: ResolvedView, width: number, height: number, stats: RenderStats): Promise<Uint8Array> {
    const out = new Uint8Array(width * height * 3);
    const bands: [number, number][] = [];
    for (let y = 0; y < height; y += BAND_ROWS) bands.push([y, Math.min(height, y + BAND_ROWS)]);
    let next = 0;
    await Promise.all(
      this.workers.map(
        (w) =>
          new Promise<void>((done, fail) => {
            const onError = (e: Error) => fail(e);
            w.on('error', onError);
            const take = () => {
              const band = bands[next++];
              if (!band) {
                w.off('error', onError);
                w.off('message', onMessage);
                return done();
              }
              const req: BandRequest = { view, width, height, y0: band[0], y1: band[1] };
              w.postMessage(req);
            };
            const onMessage = (r: BandResult) => {
              out.set(r.rgb, r.y0 * width * 3);
              stats.exactLighting += r.stats.exactLighting;
              stats.antialiased += r.stats.antialiased;
              take();
            };
            w.on('message', onMessage);
            take();
          }),
      ),
    );
    return out;
  }

  close(): Promise<number[]> {
    return Promise.all(this.workers.map((w) => w.terminate()));
  }
}

function kb(n: number): string {
  return `${Math.round(n / 1024)} KB`;
}

function anchorsJson(scene: Scene, key: string): string {
  const anchors = Object.fromEntries(
    Object.entries(scene.anchors)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, a]) => [k, { yaw: round(a.yaw, 1), pitch: round(a.pitch, 1), distance: round(a.distance, 2) }]),
  );
  return `${JSON.stringify({ $comment: 'Generated by npm run scenes:render: yaw/pitch (degrees) of named objects, for hotspots.', inputHash: key, anchors }, null, 2)}\n`;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

/**
 * Renders a video view frame by frame (each frame like a still, in the pool when there is one)
 * and streams the frames into the MP4 and WebM encoders. Returns false when it was unchanged.
 */
async function renderVideoView(view: ResolvedView, media: string, codeHash: string, args: Args, pool: Pool | null): Promise<boolean> {
  checkVideo(view);
  const video = view.video!;
  const name = view.name;
  const width = args.sized ? Math.min(args.width, video.width) : video.width,
    height = width / 2;
  const key = createHash('sha256')
    .update(JSON.stringify([codeHash, width, view, VIDEO_SETTINGS]))
    .digest('hex')
    .slice(0, 16);
  const anchorsFile = join(media, `${name}.anchors.json`),
    previewFile = join(media, `${name}-preview.jpg`);
  const mp4 = join(media, `${name}.mp4`),
    webm = join(media, `${name}.webm`);
  if (!args.force && [mp4, webm, previewFile, anchorsFile].every((f) => existsSync(f))) {
    const old = JSON.parse(await readFile(anchorsFile, 'utf8')) as { inputHash?: string };
    if (old.inputHash === key) {
      console.log(`  ${name.padEnd(22)} unchanged (video)`);
      return false;
    }
  }
  const t0 = performance.now();
  const stats: RenderStats = { exactLighting: 0, antialiased: 0 };
  const encoder = encodeLoop({ width, height, fps: video.fps, frames: video.frames, mp4, webm });
  let first: { rgb: Uint8Array; scene: Scene } | null = null;
  try {
    for (let k = 0; k < video.frames; k++) {
      const frame = animateView(view, k);
      const scene = pool && k > 0 ? null : compileScene(frame);
      const rgb = pool ? await pool.render(frame, width, height, stats) : renderRows(scene!, { width, height }, 0, height, stats);
      if (k === 0) first = { rgb, scene: scene! };
      await encoder.write(rgb);
      if (process.stdout.isTTY) process.stdout.write(`\r  ${name.padEnd(22)} frame ${k + 1}/${video.frames}`);
    }
    await encoder.finish();
  } catch (e) {
    await encoder.abort();
    throw e;
  }
  if (process.stdout.isTTY) process.stdout.write('\r');
  const { preview } = await encodePanorama(first!.rgb, width, height);
  await writeFile(previewFile, preview);
  await writeFile(anchorsFile, anchorsJson(first!.scene, key));
  const sizes = await Promise.all([mp4, webm].map(async (f) => (await stat(f)).size));
  console.log(
    `  ${name.padEnd(22)} video ${width}×${height} ${video.frames} frames at ${video.fps} fps  ${((performance.now() - t0) / 1000).toFixed(1)} s  ` +
      `mp4 ${kb(sizes[0]!)}, webm ${kb(sizes[1]!)}, preview ${kb(preview.length)}`,
  );
  return true;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const folders = args.folders.length ? args.folders.map((f) => resolve(f)) : await findRoomFolders(join(ROOT, 'scenes'));
  if (folders.length === 0) {
    console.log('No rooms.json found.');
    return;
  }
  const codeHash = await rendererHash();
  const pool = args.workers > 1 ? new Pool(args.workers) : null;
  const total = performance.now();
  let rendered = 0;
  try {
    for (const folder of folders) {
      const file = join(folder, 'rooms.json');
      if (!(await stat(file).catch(() => null))) throw new Error(`${relative(ROOT, folder)}: no rooms.json`);
      const parsed = RoomsFile.safeParse(JSON.parse(await readFile(file, 'utf8')));
      if (!parsed.success) throw new Error(`${relative(ROOT, file)}:\n${z.prettifyError(parsed.error)}`);
      const media = join(folder, 'media');
      await mkdir(media, { recursive: true });
      console.log(`${relative(ROOT, folder)}`);
      for (const name of Object.keys(parsed.data.views)) {
        if (args.only && name !== args.only) continue;
        const view = resolveView(parsed.data, name);
        if (view.video) {
          if (await renderVideoView(view, media, codeHash, args, pool)) rendered++;
          continue;
        }
        const scene = compileScene(view);
        const width = args.width,
          height = width / 2;
        const key = createHash('sha256')
          .update(JSON.stringify([codeHash, width, view]))
          .digest('hex')
          .slice(0, 16);
        const anchorsFile = join(media, `${name}.anchors.json`);
        const jpgFile = join(media, `${name}.jpg`),
          previewFile = join(media, `${name}-preview.jpg`);
        if (!args.force && existsSync(jpgFile) && existsSync(previewFile) && existsSync(anchorsFile)) {
          const old = JSON.parse(await readFile(anchorsFile, 'utf8')) as { inputHash?: string };
          if (old.inputHash === key) {
            console.log(`  ${name.padEnd(22)} unchanged`);
            continue;
          }
        }
        const t0 = performance.now();
        const stats: RenderStats = { exactLighting: 0, antialiased: 0 };
        const rgb = pool ? await pool.render(view, width, height, stats) : renderRows(scene, { width, height }, 0, height, stats);
        const t1 = performance.now();
        const { jpg, quality, preview } = await encodePanorama(rgb, width, height);
        await writeFile(jpgFile, jpg);
        await writeFile(previewFile, preview);
        await writeFile(anchorsFile, anchorsJson(scene, key));
        rendered++;
        console.log(
          `  ${name.padEnd(22)} ${width}×${height} ${scene.prims.length} shapes  render ${((t1 - t0) / 1000).toFixed(1)} s, encode ${((performance.now() - t1) / 1000).toFixed(1)} s  ` +
            `${kb(jpg.length)} (q${quality}), preview ${kb(preview.length)}  [edges ${((100 * stats.antialiased) / (width * height)).toFixed(1)}%, exact light ${stats.exactLighting}]`,
        );
      }
    }
  } finally {
    await pool?.close();
  }
  console.log(`${rendered} view(s) rendered in ${((performance.now() - total) / 1000).toFixed(1)} s`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
