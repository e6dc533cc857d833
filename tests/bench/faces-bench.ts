/**
 * `npm run bench:faces`: recall of the face detector on generated panoramas with real faces at
 * known places (tests/bench/face-panorama.ts), at several sizes, yaws and pitches, near the poles
 * and across the seam; and the time per 4096 × 2048 panorama. Goal: ≥ 95 % of the faces of at
 * least 40 px height found. A face counts as found when a detected box overlaps its true box
 * (intersection over union on the sphere ≥ 0.3).
 */
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { sphereIoU } from '../../src/core/faces/sphere-box.ts';
import { detectFaces, faceViews } from '../../src/server/authoring/face-detector.ts';
import { scaleRaw, type FaceCrop, facePanorama, faceCrops, locateFace, type PlacedFace, placedFaceBox } from './face-panorama.ts';

const WIDTH = 4096;
const PX_PER_DEG = WIDTH / 360;
const HEIGHTS_PX = [40, 56, 80, 120, 200];
const PITCHES = [-82, -70, -45, -20, 0, 15, 35, 60, 75, 85];
const PANORAMAS = Number(process.env.FACES_BENCH_PANORAMAS ?? 8);

function layout(crops: FaceCrop[], n: number): PlacedFace[] {
  // Faces spread round the sphere, never overlapping: each on its own yaw slot of its pitch.
  const faces: PlacedFace[] = [];
  let k = n * 7;
  for (const [i, pitch] of PITCHES.entries()) {
    const heightPx = HEIGHTS_PX[(i + n) % HEIGHTS_PX.length]!;
    const count = Math.abs(pitch) > 70 ? 1 : 2;
    for (let j = 0; j < count; j++) {
      // Yaws step round and one face per panorama sits on the ±180° seam.
      const yaw = i === 4 && j === 0 ? 180 - 0.2 : -180 + ((j * 180 + n * 47 + i * 71) % 360);
      faces.push({ crop: crops[k++ % crops.length]!, yaw, pitch, heightDeg: heightPx / PX_PER_DEG });
    }
  }
  return faces;
}

const crops = await faceCrops(locateFace);
console.log(`face crops: ${crops.length} usable of 108 in the sheet; ${faceViews().length} views per panorama`);
let found = 0;
let total = 0;
let falsePositives = 0;
const bySize = new Map<number, { found: number; total: number }>();
const byPole = { found: 0, total: 0 };
const times: number[] = [];
for (let n = 0; n < PANORAMAS; n++) {
  const faces = layout(crops, n);
  const pano = facePanorama(WIDTH, faces, n + 1);
  const t0 = performance.now();
  const boxes = await detectFaces((w) => scaleRaw(pano, w));
  times.push(performance.now() - t0);
  const used = new Set<number>();
  for (const f of faces) {
    const truth = placedFaceBox(f);
    const hit = boxes.findIndex((b, i) => !used.has(i) && sphereIoU(b, truth) >= 0.3);
    const px = Math.round(f.heightDeg * PX_PER_DEG);
    const s = bySize.get(px) ?? { found: 0, total: 0 };
    s.total++;
    total++;
    if (Math.abs(f.pitch) >= 70) byPole.total++;
    if (hit >= 0) {
      used.add(hit);
      s.found++;
      found++;
      if (Math.abs(f.pitch) >= 70) byPole.found++;
    } else if (process.env.FACES_BENCH_VERBOSE) console.log(`missed: ${px} px at yaw ${f.yaw}, pitch ${f.pitch}`);
    bySize.set(px, s);
  }
  falsePositives += boxes.length - used.size;
}
const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)} %`;
console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, node ${process.version}, date ${new Date().toISOString().slice(0, 10)}`);
console.log(`panoramas: ${PANORAMAS} of ${WIDTH}×${WIDTH / 2}, faces: ${total}`);
for (const [px, s] of [...bySize].sort((a, b) => a[0] - b[0]))
  console.log(`  ${String(px).padStart(4)} px high: ${s.found}/${s.total} found (${pct(s.found, s.total)})`);
console.log(`  near the poles (|pitch| ≥ 70°): ${byPole.found}/${byPole.total} (${pct(byPole.found, byPole.total)})`);
console.log(`recall at ≥ 40 px: ${found}/${total} = ${pct(found, total)} (goal ≥ 95 %)`);
console.log(`boxes that match no face: ${falsePositives} (${(falsePositives / PANORAMAS).toFixed(1)} per panorama)`);
const sorted = [...times].sort((a, b) => a - b);
console.log(
  `time per panorama (one thread, WebAssembly): median ${(sorted[Math.floor(sorted.length / 2)]! / 1000).toFixed(1)} s, max ${(sorted.at(-1)! / 1000).toFixed(1)} s`,
);
