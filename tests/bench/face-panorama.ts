/**
 * Generated test panoramas with real faces at known places, for the face benchmark and the
 * server tests. The faces are the crops in the screenshot `assets/screenshot-facematch.jpg` that
 * ships in the @vladmandic/human package (MIT; read from node_modules, never copied into this
 * repository). Each face is put on the sphere as a flat picture seen head-on from the centre, so
 * it is stretched in the panorama exactly as a real face at that yaw and pitch would be.
 */
import { join } from 'node:path';
import sharp from 'sharp';
import type { RawImage } from '../../src/core/faces/render-view.ts';
import { type PixelBox, type SphereBox, sphereBoxToPixelRects, viewBoxToSphereBox } from '../../src/core/faces/sphere-box.ts';
import { type SphereView, viewBasis, dot } from '../../src/core/faces/sphere-view.ts';
import { loadFaceModel, packageDir } from '../../src/server/authoring/face-detector.ts';
import { yawPitchToDirection } from '../../src/core/yaw-pitch.ts';

export interface FaceCrop {
  image: RawImage;
  /** Where the face is in the crop (its box as the model draws it on the crop seen large and upright). */
  face: PixelBox;
}

export interface PlacedFace {
  crop: FaceCrop;
  yaw: number;
  pitch: number;
  /** Height of the face's box on the sphere, degrees (40 px in a 4096-wide panorama is 40 × 360 / 4096 ≈ 3.5°). */
  heightDeg: number;
}

const SHEET = () => join(packageDir('@vladmandic/human'), 'assets/screenshot-facematch.jpg');
/** The sheet's grid of extracted faces: 18 columns of 1920/18 px, 6 rows from y = 282, 111.5 px apart. */
const COLUMNS = 18;
const ROWS = 6;

/**
 * The crops of the sheet, each with its face box found by `locate` (crops where it finds no
 * single face are left out); at most `limit`.
 */
export async function faceCrops(locate: (image: RawImage) => Promise<PixelBox | undefined>, limit = Infinity): Promise<FaceCrop[]> {
  const crops: FaceCrop[] = [];
  for (let row = 0; row < ROWS; row++) {
    for (let col = 0; col < COLUMNS && crops.length < limit; col++) {
      const left = Math.round((col * 1920) / COLUMNS) + 3;
      const top = Math.round(282 + row * 111.5) + 2;
      const { data, info } = await sharp(SHEET()).extract({ left, top, width: 100, height: 104 }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      const image = { data: new Uint8Array(data), width: info.width, height: info.height, channels: 3 };
      const face = await locate(image);
      if (face) crops.push({ image, face });
    }
  }
  return crops;
}

/** The virtual camera that sees a placed face head-on, its face box centred, and the face's box in it. */
function faceCamera(f: PlacedFace): { view: SphereView; box: PixelBox; offsetX: number; offsetY: number } {
  const size = 4 * Math.max(f.crop.image.width, f.crop.image.height);
  const focal = f.crop.face.height / 2 / Math.tan(((f.heightDeg / 2) * Math.PI) / 180);
  const fov = (2 * Math.atan(size / 2 / focal) * 180) / Math.PI;
  const offsetX = size / 2 - (f.crop.face.x + f.crop.face.width / 2);
  const offsetY = size / 2 - (f.crop.face.y + f.crop.face.height / 2);
  const box = { x: f.crop.face.x + offsetX, y: f.crop.face.y + offsetY, width: f.crop.face.width, height: f.crop.face.height };
  return { view: { yaw: f.yaw, pitch: f.pitch, fov, size }, box, offsetX, offsetY };
}

/** Where a placed face's box lies on the sphere: the truth a detection is compared with. */
export function placedFaceBox(f: PlacedFace): SphereBox {
  const { view, box } = faceCamera(f);
  return viewBoxToSphereBox(view, box);
}

/** A 2:1 RGB panorama: a room-like background (floor, walls, ceiling lights, door-like blocks) with the faces on it. */
export function facePanorama(width: number, faces: readonly PlacedFace[], seed = 1): RawImage {
  const height = width / 2;
  const data = new Uint8Array(width * height * 3);
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let y = 0; y < height; y++) {
    const pitch = 90 - ((y + 0.5) / height) * 180;
    const base = pitch > 35 ? [235, 232, 225] : pitch < -20 ? [150, 120, 95] : [205, 200, 185];
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 3;
      const shade = 0.9 + 0.1 * Math.sin(x / 37 + y / 53);
      data[o] = base[0]! * shade;
      data[o + 1] = base[1]! * shade;
      data[o + 2] = base[2]! * shade;
    }
  }
  // Furniture-like blocks, so the detector has more than a plain wall to look at.
  for (let i = 0; i < 24; i++) {
    const w = Math.round(width * (0.01 + 0.04 * rand()));
    const h = Math.round(height * (0.05 + 0.15 * rand()));
    const x0 = Math.floor(rand() * width);
    const y0 = Math.round(height * (0.45 + 0.2 * rand()));
    const c = [60 + 150 * rand(), 60 + 150 * rand(), 60 + 150 * rand()];
    for (let y = y0; y < Math.min(height, y0 + h); y++) {
      for (let x = x0; x < x0 + w; x++) {
        const o = (y * width + (x % width)) * 3;
        data[o] = c[0]!;
        data[o + 1] = c[1]!;
        data[o + 2] = c[2]!;
      }
    }
  }
  for (const f of faces) paintFace(data, width, height, f);
  return { data, width, height, channels: 3 };
}

function paintFace(data: Uint8Array, width: number, height: number, f: PlacedFace): void {
  const { view, offsetX, offsetY } = faceCamera(f);
  const basis = viewBasis(view);
  const img = f.crop.image;
  const focal = view.size / 2 / basis.half;
  // Angular radius of the crop round its face centre, with a margin.
  const reach = Math.hypot(img.width, img.height) / focal;
  const radius = (Math.atan(reach) * 180) / Math.PI + 0.5;
  const centre = yawPitchToDirection(f.yaw, f.pitch);
  const top = Math.max(0, Math.floor(((90 - Math.min(90, f.pitch + radius)) / 180) * height));
  const bottom = Math.min(height, Math.ceil(((90 - Math.max(-90, f.pitch - radius)) / 180) * height));
  for (let y = top; y < bottom; y++) {
    const pitch = 90 - ((y + 0.5) / height) * 180;
    const cos = Math.cos((pitch * Math.PI) / 180);
    const all = Math.abs(pitch) + radius >= 89 || cos < 1e-3;
    const span = all ? 180 : Math.min(180, radius / cos + 1);
    const x0 = all ? 0 : Math.floor((0.5 + (f.yaw - span) / 360) * width);
    const x1 = all ? width : Math.ceil((0.5 + (f.yaw + span) / 360) * width);
    for (let xx = x0; xx < x1; xx++) {
      const x = ((xx % width) + width) % width;
      const yaw = ((x + 0.5) / width - 0.5) * 360;
      const d = yawPitchToDirection(yaw, pitch);
      const depth = dot(d, basis.forward);
      if (depth <= 0 || dot(d, centre) < Math.cos((radius * Math.PI) / 180)) continue;
      const px = (dot(d, basis.right) / depth) * focal + view.size / 2 - offsetX;
      const py = (-dot(d, basis.up) / depth) * focal + view.size / 2 - offsetY;
      if (px < 0 || py < 0 || px > img.width - 1 || py > img.height - 1) continue;
      const ix = Math.floor(px);
      const iy = Math.floor(py);
      const fx = px - ix;
      const fy = py - iy;
      const ix1 = Math.min(img.width - 1, ix + 1);
      const iy1 = Math.min(img.height - 1, iy + 1);
      const o = (y * width + x) * 3;
      for (let c = 0; c < 3; c++) {
        const p = (yy: number, xq: number) => img.data[(yy * img.width + xq) * img.channels + c]!;
        data[o + c] = Math.round((p(iy, ix) * (1 - fx) + p(iy, ix1) * fx) * (1 - fy) + (p(iy1, ix) * (1 - fx) + p(iy1, ix1) * fx) * fy);
      }
    }
  }
}

/** The panorama scaled to `width` (2:1), as the server's worker scales the uploaded file. */
export async function scaleRaw(pano: RawImage, width: number): Promise<RawImage> {
  const { data, info } = await sharp(pano.data, { raw: { width: pano.width, height: pano.height, channels: 3 } })
    .resize(width, width / 2, { fit: 'fill' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data), width: info.width, height: info.height, channels: 3 };
}

/** The face box in a crop: the model's box on the crop seen large and upright on a grey square. */
export async function locateFace(image: RawImage): Promise<PixelBox | undefined> {
  const { human, tf } = await loadFaceModel();
  const scale = 1.5;
  const size = 256;
  const canvas = new Int32Array(size * size * 3).fill(128);
  const ox = Math.round((size - image.width * scale) / 2);
  const oy = Math.round((size - image.height * scale) / 2);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const sx = Math.floor((x - ox) / scale);
      const sy = Math.floor((y - oy) / scale);
      if (sx < 0 || sy < 0 || sx >= image.width || sy >= image.height) continue;
      for (let c = 0; c < 3; c++) canvas[(y * size + x) * 3 + c] = image.data[(sy * image.width + sx) * 3 + c]!;
    }
  const t = tf.tensor4d(canvas, [1, size, size, 3], 'int32');
  try {
    const faces = (await human.detect(t)).face.filter((f) => f.score >= 0.5);
    if (faces.length !== 1) return undefined;
    const [x, y, w, h] = faces[0]!.box;
    return { x: (x - ox) / scale, y: (y - oy) / scale, width: w / scale, height: h / scale };
  } finally {
    t.dispose();
  }
}

type Img = { data: Uint8Array | Buffer; width: number; height: number };

/** Fine detail along rows (second difference, green channel) at each pixel of a box. */
function detailAt(img: Img, box: SphereBox, scale: number): number[] {
  const out: number[] = [];
  for (const r of sphereBoxToPixelRects(box, img.width, img.height))
    for (let y = r.top; y < r.top + r.height; y++)
      for (let x = r.left + 1; x < r.left + r.width - 1; x++) {
        const i = (y * img.width + x) * 3 + 1;
        out.push((2 * img.data[i]! - img.data[i - 3]! - img.data[i + 3]!) * scale);
      }
  return out;
}

/**
 * How much of the original's fine detail (a face's eyes, mouth, edges) is still in the served
 * image inside a box: the correlation of the two images' detail there. A copy (even re-encoded
 * as JPEG) scores near 1; a blurred box near 0.
 */
export function detailKept(served: Img, original: Img, box: SphereBox): number {
  const a = detailAt(served, box, 1);
  const b = detailAt(original, box, 1);
  const n = Math.min(a.length, b.length);
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < n; i++) {
    ab += a[i]! * b[i]!;
    aa += a[i]! * a[i]!;
    bb += b[i]! * b[i]!;
  }
  return ab / Math.sqrt(Math.max(1e-9, aa * bb));
}
