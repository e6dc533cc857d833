/**
 * Named timings the player records with the User Timing API; `npm run bench:player` reads
 * them from the page. Cheap enough to leave on.
 */
export type PlayerMark = 'choice' | 'preview-shown' | 'full-shown' | 'scene-visible';

export function mark(name: PlayerMark, detail?: Record<string, unknown>): void {
  performance.mark(`bbvr:${name}`, { detail });
}
