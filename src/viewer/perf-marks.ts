/**
 * Named timings the player records with the User Timing API; `npm run bench:player` reads
 * them from the page. Cheap enough to leave on.
 */
export type PlayerMark = 'choice' | 'preview-shown' | 'full-shown' | 'scene-visible';

export function mark(name: PlayerMark, detail?: Record<string, unknown>): void {
  performance.mark(`bbvr:${name}`, { detail });
}

/** A span of main-thread work the benchmark attributes long tasks to (texture uploads). */
export function measure(name: 'upload', start: number, detail?: Record<string, unknown>): void {
  performance.measure(`bbvr:${name}`, { start, end: performance.now(), detail });
}
