/**
 * Worker for `npm run scenes:render`: renders bands of rows of a view. Each worker compiles the
 * scene itself from the resolved view (plain JSON), so nothing but numbers crosses threads.
 */
import { parentPort } from 'node:worker_threads';
import { compileScene, renderRows, type RenderStats, type ResolvedView, type Scene } from './panorama/index.ts';

export interface BandRequest {
  view: ResolvedView;
  width: number;
  height: number;
  y0: number;
  y1: number;
}

export interface BandResult {
  y0: number;
  rgb: Uint8Array;
  stats: RenderStats;
}

let cached: { key: string; scene: Scene } | null = null;

parentPort?.on('message', (req: BandRequest) => {
  const key = JSON.stringify(req.view);
  if (!cached || cached.key !== key) cached = { key, scene: compileScene(req.view) };
  const stats: RenderStats = { exactLighting: 0, antialiased: 0 };
  const rgb = renderRows(cached.scene, { width: req.width, height: req.height }, req.y0, req.y1, stats);
  const result: BandResult = { y0: req.y0, rgb, stats };
  parentPort!.postMessage(result, [rgb.buffer as ArrayBuffer]);
});
