/**
 * Finds faces in an equirectangular panorama with Human's BlazeFace model (the weights ship in
 * the @vladmandic/human package; TensorFlow.js runs them in WebAssembly, so nothing is fetched
 * from the network and no native TensorFlow is needed). Runs in a media worker thread: the
 * WebAssembly calls block the thread they run on.
 *
 * The panorama is looked at through rectilinear views that cover the whole sphere (faces near
 * the poles are stretched in the panorama, not in a view); each view's boxes are mapped back to
 * the sphere and the duplicates of overlapping views merged.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { mergeBoxes, type ScoredBox } from '../../core/faces/merge-boxes.ts';
import { type RawImage, renderView } from '../../core/faces/render-view.ts';
import { viewBoxToSphereBox } from '../../core/faces/sphere-box.ts';
import type { SphereView } from '../../core/faces/sphere-view.ts';
import { viewsCoveringSphere } from '../../core/faces/view-set.ts';

const require = createRequire(import.meta.url);

/**
 * Narrow views of 36° seen at BlazeFace's own input size (256 px): a face of 40 px in a
 * 4096-wide panorama (3.5°) is about 24 px in a view, within what the model finds. Centres
 * 0.65 × 36° apart, so a face up to about 12° lies whole in at least one view; bigger faces are
 * found in the wide views. Each set looks at the panorama scaled to about its own pixels per
 * degree (`sourceWidth`), which keeps sampling cheap and free of aliasing.
 */
export const FACE_VIEW_SETS = [
  { fov: 36, size: 256, step: 0.65, sourceWidth: 2560 },
  { fov: 90, size: 256, step: 0.6, sourceWidth: 1024 },
] as const;

/** Below this the model's guess is too often not a face; the maker reviews every suggestion anyway. */
const MIN_SCORE = 0.35;

type HumanLike = {
  load(): Promise<void>;
  detect(input: unknown): Promise<{ face: { box: [number, number, number, number]; score: number }[] }>;
};
type TfLike = {
  tensor4d(values: Int32Array, shape: [number, number, number, number], dtype: 'int32'): { dispose(): void };
  io: {
    registerLoadRouter(router: (url: string | string[]) => unknown): void;
    getModelArtifactsForJSON(json: unknown, loadWeights: (manifest: WeightsGroup[]) => Promise<[unknown[], ArrayBuffer]>): Promise<unknown>;
  };
};
type WeightsGroup = { paths: string[]; weights: unknown[] };

let model: Promise<{ human: HumanLike; tf: TfLike }> | undefined;

/** A package's folder in node_modules (Human's "exports" reach neither its WebAssembly build nor its package.json). */
export function packageDir(name: string): string {
  let dir = dirname(require.resolve(name));
  while (!existsSync(join(dir, 'package.json')) || !dir.endsWith(name.split('/').pop()!)) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`package folder of ${name} not found`);
    dir = up;
  }
  return dir;
}

/** Loads the model once per worker thread, from the package's files. */
export function loadFaceModel(): Promise<{ human: HumanLike; tf: TfLike }> {
  model ??= (async () => {
    const humanDir = packageDir('@vladmandic/human');
    const tf = require('@tensorflow/tfjs-core') as TfLike;
    require('@tensorflow/tfjs-backend-wasm');
    registerFileLoader(tf);
    const { Human } = require(join(humanDir, 'dist/human.node-wasm.js')) as { Human: new (config: unknown) => HumanLike };
    const h = new Human({
      backend: 'wasm',
      wasmPath: `${join(packageDir('@tensorflow/tfjs-backend-wasm'), 'dist')}/`,
      modelBasePath: `file://${join(humanDir, 'models')}/`,
      debug: false,
      cacheSensitivity: 0,
      face: {
        enabled: true,
        detector: { modelPath: 'blazeface.json', rotation: false, maxDetected: 20, minConfidence: MIN_SCORE, iouThreshold: 0.2, return: false },
        mesh: { enabled: false },
        iris: { enabled: false },
        description: { enabled: false },
        emotion: { enabled: false },
        antispoof: { enabled: false },
        liveness: { enabled: false },
      },
      body: { enabled: false },
      hand: { enabled: false },
      object: { enabled: false },
      gesture: { enabled: false },
      segmentation: { enabled: false },
      filter: { enabled: false },
    });
    await h.load();
    return { human: h, tf };
  })();
  return model;
}

/**
 * TensorFlow.js reads `file://` models only with its native Node backend; this reads them from
 * disk for the WebAssembly one (the model files of the package, nothing else).
 */
function registerFileLoader(tf: TfLike): void {
  tf.io.registerLoadRouter((url) => {
    const u = Array.isArray(url) ? url[0] : url;
    if (typeof u !== 'string' || !u.startsWith('file://')) return null;
    const file = u.slice('file://'.length);
    return {
      load: async () => {
        const json = JSON.parse(await readFile(file, 'utf8')) as unknown;
        return tf.io.getModelArtifactsForJSON(json, async (manifest) => {
          const specs: unknown[] = [];
          const parts: Buffer[] = [];
          for (const group of manifest) {
            for (const p of group.paths) parts.push(await readFile(join(dirname(file), p)));
            specs.push(...group.weights);
          }
          const all = Buffer.concat(parts);
          return [specs, all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength) as ArrayBuffer];
        });
      },
    };
  });
}

/** Every view the detector looks through, with the width of panorama it samples; wide ones last. */
export function faceViews(): { view: SphereView; sourceWidth: number }[] {
  return FACE_VIEW_SETS.flatMap((set) => viewsCoveringSphere(set).map((view) => ({ view, sourceWidth: set.sourceWidth })));
}

/**
 * Faces in an equirectangular panorama, as boxes on the sphere with the model's score.
 * `panorama(width)` gives the panorama (RGB) scaled to that width (2:1).
 */
export async function detectFaces(panorama: (width: number) => Promise<RawImage>, onProgress: (fraction: number) => void = () => {}): Promise<ScoredBox[]> {
  const { human, tf } = await loadFaceModel();
  const views = faceViews();
  const found: ScoredBox[] = [];
  const scaled = new Map<number, RawImage>();
  for (const [i, { view, sourceWidth }] of views.entries()) {
    if (!scaled.has(sourceWidth)) {
      scaled.clear();
      scaled.set(sourceWidth, await panorama(sourceWidth));
    }
    const image = renderView(scaled.get(sourceWidth)!, view);
    const input = tf.tensor4d(Int32Array.from(image.data), [1, view.size, view.size, 3], 'int32');
    try {
      const result = await human.detect(input);
      for (const f of result.face) {
        if (f.score < MIN_SCORE) continue;
        const [x, y, width, height] = f.box;
        found.push({ ...viewBoxToSphereBox(view, { x, y, width, height }), score: f.score });
      }
    } finally {
      input.dispose();
    }
    onProgress((i + 1) / views.length);
  }
  return mergeBoxes(found);
}
