/**
 * Video views: a view with a `video` block in rooms.json is rendered as a short loop of frames
 * in which a few numeric options of named objects move (an arm, a head, a curtain). Every frame
 * is a pure function of the view and its frame number, so a loop renders to the same pixels
 * every time. Frame `frames` would equal frame 0: the loop is seamless. Pure: no I/O here
 * (`src/tools/panorama-video.ts` encodes the frames with ffmpeg).
 */
import { renderRows, type RenderOptions, type RenderStats } from './render.ts';
import type { AnimateSpec, ObjectSpec, ResolvedView } from './room-schema.ts';
import { compileScene } from './scene.ts';

/** Options that place or identify an object and cannot be animated. */
const FIXED = new Set(['type', 'name', 'wall', 'facing']);

/** Value of an animated option in frame `frame` of `frames`: a cosine ease from `from` to `to` and back. */
export function animationValue(a: AnimateSpec, frame: number, frames: number): number {
  const t = (a.cycles * frame) / frames + a.phase;
  const w = (1 - Math.cos(2 * Math.PI * t)) / 2;
  return a.from + (a.to - a.from) * w;
}

/** Throws a clear error when the view's animation refers to things that are not there. */
export function checkVideo(view: ResolvedView): void {
  if (!view.video) throw new Error(`view "${view.name}" has no "video" block`);
  for (const a of view.video.animate) {
    const o = view.objects.find((x) => x.name === a.object);
    if (!o) throw new Error(`view "${view.name}": video animates "${a.object}", but the view has no object with that name`);
    if (FIXED.has(a.field)) throw new Error(`view "${view.name}": "${a.field}" of "${a.object}" cannot be animated (only numeric options)`);
    const v = (o as Record<string, unknown>)[a.field];
    if (v !== undefined && typeof v !== 'number') throw new Error(`view "${view.name}": "${a.field}" of "${a.object}" is not a number`);
    if (a.field === 'at' && o.wall === undefined) throw new Error(`view "${view.name}": "at" of "${a.object}" only moves objects placed against a wall`);
  }
}

/** The view as it is in frame `frame` (0 ≤ frame < video.frames), without its video block. */
export function animateView(view: ResolvedView, frame: number): ResolvedView {
  checkVideo(view);
  const video = view.video!;
  if (!Number.isInteger(frame) || frame < 0 || frame >= video.frames) throw new Error(`view "${view.name}": frame ${frame} is not in 0…${video.frames - 1}`);
  const objects = view.objects.map((o): ObjectSpec => {
    const moves = video.animate.filter((a) => a.object === o.name);
    if (moves.length === 0) return o;
    const changed: Record<string, unknown> = { ...o };
    for (const a of moves) changed[a.field] = round6(animationValue(a, frame, video.frames));
    return changed as ObjectSpec;
  });
  const { video: _video, ...still } = view;
  return { ...still, objects };
}

/** Renders one frame of a video view as 8-bit RGB rows (width × width/2 by default). */
export function renderVideoFrame(view: ResolvedView, frame: number, opts: RenderOptions, stats?: RenderStats): Uint8Array {
  return renderRows(compileScene(animateView(view, frame)), opts, 0, opts.height, stats);
}

/** Rounded so that the same frame gives the same numbers (and hashes) on every machine. */
function round6(x: number): number {
  const r = Math.round(x * 1e6) / 1e6;
  return Object.is(r, -0) ? 0 : r;
}
