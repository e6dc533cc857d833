/**
 * Compiles a resolved view (rooms.json) into what the renderer needs: the room box, wall
 * openings, all shapes in world space (camera on the floor at x = z = 0, eye at eyeHeight),
 * area lights, and named anchors for hotspots. Pure: no I/O.
 */
import { Bvh } from './bvh.ts';
import { hexToLinear, type RGB } from './color.ts';
import { LIBRARY } from './library/index.ts';
import { Params, PartBuilder, TONE, type MatLike, type PartSpec } from './library/parts.ts';
import { material, type Material } from './materials.ts';
import { applyBasis, composeBasis, directionToYawPitch, rotationBasis, type Vec3, type YawPitch } from './math.ts';
import { Prim } from './primitives.ts';
import type { ObjectSpec, ResolvedView, WallName } from './room-schema.ts';

export const FLOOR = 0,
  CEILING = 1,
  NORTH = 2,
  SOUTH = 3,
  EAST = 4,
  WEST = 5;
const WALL_FACE: Record<WallName, number> = { north: NORTH, south: SOUTH, east: EAST, west: WEST };

export interface RectLight {
  /** Corner and edge vectors of the emitting rectangle. */
  p0: Vec3;
  e1: Vec3;
  e2: Vec3;
  /** Direction the light shines to. */
  normal: Vec3;
  radiance: RGB;
  /** Shadow samples per edge (n×n rays). */
  samples: number;
  /** Area and squared size (longest edge²), for the far-field approximation. */
  area: number;
  size2: number;
}

export interface Opening {
  face: number;
  /** Rectangle in wall coordinates: u along the wall (x or z), v = height. */
  u0: number;
  u1: number;
  v0: number;
  v1: number;
  kind: 'window' | 'door';
}

export interface Anchor extends YawPitch {
  /** Distance from the eye in metres. */
  distance: number;
  /** World position (camera-relative, floor = 0). */
  position: Vec3;
}

export interface Scene {
  name: string;
  eye: Vec3;
  x0: number;
  x1: number;
  z0: number;
  z1: number;
  height: number;
  /** Materials of floor, ceiling, north, south, east, west. */
  faceMats: Material[];
  skirting: { height: number; mat: Material } | null;
  openings: Opening[];
  prims: Prim[];
  bvh: Bvh;
  lights: RectLight[];
  ambient: RGB;
  exposure: number;
  outside: { sky: RGB; horizon: RGB; trees: RGB; ground: RGB };
  /** Colour seen through an open door. */
  beyond: RGB;
  /** Ambient-occlusion lookup grid: cell → prims near it. */
  ao: { ox: number; oy: number; oz: number; cell: number; nx: number; ny: number; nz: number; cells: Prim[][] };
  anchors: Record<string, Anchor>;
}

/** Panel lamp radiance per unit of `intensity`, relative to a white wall at display white. */
const PANEL_RADIANCE = 26;
/** Window radiance for lighting per unit of `daylight` (the visible sky is shown dimmer). */
const DAYLIGHT_RADIANCE = 2.6;
export const AO_RANGE = 0.5;

export function compileScene(view: ResolvedView): Scene {
  const { width, depth, height, cameraOffset } = view.room;
  const x0 = -width / 2 - cameraOffset.x,
    x1 = width / 2 - cameraOffset.x;
  const z0 = -depth / 2 - cameraOffset.z,
    z1 = depth / 2 - cameraOffset.z;
  if (!(x0 < -0.05 && x1 > 0.05 && z0 < -0.05 && z1 > 0.05))
    throw new Error(`view "${view.name}": the camera must stand inside the room (check room.cameraOffset)`);
  if (view.eyeHeight >= height) throw new Error(`view "${view.name}": eyeHeight must be below the ceiling`);
  const wallMat = (w: WallName) => material(view.wallOverrides[w] ?? view.walls);
  const faceMats = [material(view.floor), material(view.ceiling), wallMat('north'), wallMat('south'), wallMat('east'), wallMat('west')];

  const worldParts: PartSpec[] = [];
  const anchors: Record<string, Anchor> = {};
  const eye: Vec3 = [0, view.eyeHeight, 0];
  const addAnchor = (key: string, p: Vec3) => {
    if (anchors[key]) throw new Error(`view "${view.name}": two things are named "${key}"`);
    const rel: Vec3 = [p[0] - eye[0], p[1] - eye[1], p[2] - eye[2]];
    anchors[key] = { ...directionToYawPitch(rel[0], rel[1], rel[2]), distance: Math.hypot(...rel), position: p };
  };

  /** Wall frame: origin on the wall at (along, y), local +z = into the room, x = right seen from inside. */
  const wallFrame = (wall: WallName, along: number): { origin: Vec3; yaw: number } => {
    switch (wall) {
      case 'north':
        return { origin: [along, 0, z0], yaw: 0 };
      case 'south':
        return { origin: [along, 0, z1], yaw: 180 };
      case 'east':
        return { origin: [x1, 0, along], yaw: 90 };
      case 'west':
        return { origin: [x0, 0, along], yaw: -90 };
    }
  };
  /** Adds a builder's parts turned by `yaw` and moved to `origin`; returns that transform for anchors. */
  const place = (b: PartBuilder, origin: Vec3, yaw: number) => {
    const rot = rotationBasis(yaw);
    for (const s of b.parts) {
      const c = applyBasis(rot, s.center);
      worldParts.push({ ...s, center: [c[0] + origin[0], c[1] + origin[1], c[2] + origin[2]], basis: composeBasis(rot, s.basis) });
    }
    return (p: Vec3): Vec3 => {
      const c = applyBasis(rot, p);
      return [c[0] + origin[0], c[1] + origin[1], c[2] + origin[2]];
    };
  };

  // ── Windows: hole in the wall, reveals, frame with glazing bars, sill; they also light the room.
  const openings: Opening[] = [];
  const lights: RectLight[] = [];
  const out = view.outside;
  const outside = { sky: hexToLinear(out.sky), horizon: hexToLinear(out.horizon), trees: hexToLinear(out.trees), ground: hexToLinear(out.ground) };
  const revealDepth = 0.22;
  const wallSpec = (w: WallName): MatLike => view.wallOverrides[w] ?? view.walls;
  for (const w of view.windows) {
    const face = WALL_FACE[w.wall];
    const { origin, yaw } = wallFrame(w.wall, w.at);
    const hw = w.width / 2,
      top = w.bottom + w.height;
    // Wall coordinate u runs along x (north/south walls) or z (east/west); openings are symmetric around `at`.
    openings.push({ face, u0: w.at - hw, u1: w.at + hw, v0: w.bottom, v1: top, kind: 'window' });
    const b = new PartBuilder();
    const wm = wallSpec(w.wall);
    b.block(-hw - 0.01, w.bottom - 0.01, -revealDepth, -hw, top + 0.01, 0.001, wm);
    b.block(hw, w.bottom - 0.01, -revealDepth, hw + 0.01, top + 0.01, 0.001, wm);
    b.block(-hw, top, -revealDepth, hw, top + 0.01, 0.001, wm);
    b.block(-hw, w.bottom - 0.01, -revealDepth, hw, w.bottom, 0.001, wm);
    const f = 0.065,
      fz0 = -0.16,
      fz1 = -0.09;
    b.block(-hw, w.bottom, fz0, -hw + f, top, fz1, w.frame);
    b.block(hw - f, w.bottom, fz0, hw, top, fz1, w.frame);
    b.block(-hw, top - f, fz0, hw, top, fz1, w.frame);
    b.block(-hw, w.bottom, fz0, hw, w.bottom + f, fz1, w.frame);
    for (let i = 1; i <= w.bars; i++) {
      const x = -hw + (i * w.width) / (w.bars + 1);
      b.block(x - 0.03, w.bottom, fz0 + 0.005, x + 0.03, top, fz1, w.frame);
    }
    if (w.sill)
      b.block(-hw - 0.08, w.bottom - 0.03, -0.12, hw + 0.08, w.bottom, 0.2, { color: '#e9e7e1', pattern: 'speckle', color2: '#c9c5bc', scale: 0.004 });
    const toWorld = place(b, origin, yaw);
    // The light-emitting rectangle sits in the glass plane, so glazing bars cast shadows.
    const p0 = toWorld([-hw + f, w.bottom + f, (fz0 + fz1) / 2 - 0.005]);
    const pa = toWorld([hw - f, w.bottom + f, (fz0 + fz1) / 2 - 0.005]);
    const pb = toWorld([-hw + f, top - f, (fz0 + fz1) / 2 - 0.005]);
    const avg: RGB = [0, 1, 2].map(
      (i) => (outside.sky[i]! * 0.5 + outside.horizon[i]! * 0.35 + outside.ground[i]! * 0.15) * DAYLIGHT_RADIANCE * out.daylight,
    ) as RGB;
    lights.push(rectLight(p0, sub(pa, p0), sub(pb, p0), applyBasis(rotationBasis(yaw), [0, 0, 1]), avg, 3));
    if (w.name) addAnchor(w.name, toWorld([0, w.bottom + w.height / 2, 0]));
  }

  // ── Doors: frame, leaf (closed, or open into the room with a hole behind it), handle, sign.
  for (const d of view.doors) {
    const face = WALL_FACE[d.wall];
    const { origin, yaw } = wallFrame(d.wall, d.at);
    const hw = d.width / 2;
    const b = new PartBuilder();
    const fr = 0.07;
    b.block(-hw - fr, 0, -0.02, -hw, d.height + fr, 0.035, d.frame);
    b.block(hw, 0, -0.02, hw + fr, d.height + fr, 0.035, d.frame);
    b.block(-hw, d.height, -0.02, hw, d.height + fr, 0.035, d.frame);
    const hingeLeft = d.handle === 'right';
    const leaf = (fn: () => void) => {
      if (!d.open) return fn();
      // Swung open 95° into the room around its hinge side.
      const hx = hingeLeft ? -hw : hw;
      b.within([hx, 0, 0.035], [hingeLeft ? 95 : -95, 0, 0], () => b.within([-hx, 0, -0.035], [0, 0, 0], fn));
    };
    leaf(() => {
      b.block(-hw + 0.005, 0.01, -0.02, hw - 0.005, d.height - 0.005, 0.02, { color: d.color, pattern: 'wood' });
      b.block(-hw + 0.05, 0.02, 0.02, hw - 0.05, 0.28, 0.024, TONE.steel);
      if (d.glass) b.block(-0.08 + (hingeLeft ? 0.1 : -0.1), 1.2, 0.02, 0.08 + (hingeLeft ? 0.1 : -0.1), 1.85, 0.023, { color: '#5d6a73', emissive: 0.15 });
      const hx = hingeLeft ? hw - 0.09 : -hw + 0.09;
      const dir = hingeLeft ? -1 : 1;
      b.block(hx - 0.025, 0.98, 0.02, hx + 0.025, 1.16, 0.03, TONE.steel);
      b.capsule([hx, 1.06, 0.03], [hx, 1.06, 0.08], 0.011, TONE.steel);
      b.capsule([hx, 1.06, 0.08], [hx + dir * 0.13, 1.06, 0.08], 0.011, TONE.steel);
    });
    if (d.sign) {
      const sx = hingeLeft ? hw + fr + 0.16 : -hw - fr - 0.16;
      b.block(sx - 0.12, 1.42, 0, sx + 0.12, 1.6, 0.012, d.sign);
      b.block(sx - 0.09, 1.47, 0.012, sx + 0.03, 1.49, 0.014, TONE.white);
      b.block(sx - 0.09, 1.52, 0.012, sx + 0.08, 1.55, 0.014, TONE.white);
    }
    if (d.open) {
      openings.push({ face, u0: d.at - hw, u1: d.at + hw, v0: 0, v1: d.height, kind: 'door' });
      b.block(-hw, 0, -0.2, -hw + 0.001, d.height, 0, d.frame);
      b.block(hw - 0.001, 0, -0.2, hw, d.height, 0, d.frame);
    }
    const toWorld = place(b, origin, yaw);
    if (d.name) addAnchor(d.name, toWorld([0, Math.min(1.2, d.height / 2 + 0.1), 0.02]));
  }

  // ── Ceiling lights: an emissive panel in a thin frame, and an area light just below it.
  for (const l of view.lights) {
    const c = hexToLinear(l.color);
    const radiance: RGB = [c[0] * PANEL_RADIANCE * l.intensity, c[1] * PANEL_RADIANCE * l.intensity, c[2] * PANEL_RADIANCE * l.intensity];
    const b = new PartBuilder();
    b.block(-l.width / 2 - 0.02, height - 0.025, -l.depth / 2 - 0.02, l.width / 2 + 0.02, height + 0.01, l.depth / 2 + 0.02, TONE.lightGrey);
    b.block(
      -l.width / 2,
      height - 0.03,
      -l.depth / 2,
      l.width / 2,
      height - 0.02,
      l.depth / 2,
      { color: l.color, emissive: PANEL_RADIANCE * l.intensity * 0.6 },
      { shadow: false },
    );
    place(b, [l.x, 0, l.z], 0);
    const y = height - 0.031;
    lights.push(rectLight([l.x - l.width / 2, y, l.z - l.depth / 2], [l.width, 0, 0], [0, 0, l.depth], [0, -1, 0], radiance, 2));
  }

  // ── Objects from the library.
  for (const o of view.objects) placeObject(o, view, { x0, x1, z0, z1 }, worldParts, addAnchor);

  const prims = worldParts.map((s) => new Prim(s.kind, s.center[0], s.center[1], s.center[2], s.basis, s.extents, material(s.mat), s.castsShadow));
  prims.forEach((p, i) => (p.id = i));
  const ambientLevel = view.ambient;
  const lightTint = view.lights.length ? hexToLinear(view.lights[0]!.color) : ([1, 0.97, 0.92] as RGB);
  const ambient: RGB = [ambientLevel * (0.5 + 0.5 * lightTint[0]), ambientLevel * (0.5 + 0.5 * lightTint[1]), ambientLevel * (0.5 + 0.5 * lightTint[2])];
  const wallAlbedo = faceMats[NORTH]!.albedo;
  return {
    name: view.name,
    eye,
    x0,
    x1,
    z0,
    z1,
    height,
    faceMats,
    skirting: view.skirting ? { height: view.skirting.height, mat: material(view.skirting.color) } : null,
    openings,
    prims,
    bvh: new Bvh(prims),
    lights,
    ambient,
    exposure: view.exposure,
    outside,
    beyond: [wallAlbedo[0] * 0.28, wallAlbedo[1] * 0.28, wallAlbedo[2] * 0.28],
    ao: buildAoGrid(prims, x0, x1, z0, z1, height),
    anchors,
  };
}

function rectLight(p0: Vec3, e1: Vec3, e2: Vec3, normal: Vec3, radiance: RGB, samples: number): RectLight {
  const l1 = Math.hypot(...e1),
    l2 = Math.hypot(...e2);
  return { p0, e1, e2, normal, radiance, samples, area: l1 * l2, size2: Math.max(l1, l2) ** 2 };
}

function sub(a: Vec3, b: Vec3): Vec3 {
  return [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
}

const FACING_YAW = { south: 0, west: 90, north: 180, east: -90 } as const;

function placeObject(
  o: ObjectSpec,
  view: ResolvedView,
  room: { x0: number; x1: number; z0: number; z1: number },
  worldParts: PartSpec[],
  addAnchor: (key: string, p: Vec3) => void,
): void {
  const where = `view "${view.name}", object ${o.name ? `"${o.name}"` : `of type "${o.type}"`}`;
  const build = LIBRARY[o.type];
  if (!build) throw new Error(`${where}: unknown type "${o.type}". Known: ${Object.keys(LIBRARY).join(', ')}`);
  const b = new PartBuilder();
  build(b, new Params(o as Record<string, unknown>, where));
  if (b.parts.length === 0) return;
  // Local bounds: to put an item's back against a wall and to find its default anchor.
  let minZ = Infinity,
    lo: Vec3 = [Infinity, Infinity, Infinity],
    hi: Vec3 = [-Infinity, -Infinity, -Infinity];
  for (const s of b.parts) {
    const p = new Prim(s.kind, s.center[0], s.center[1], s.center[2], s.basis, s.extents, material('#000000'), true);
    minZ = Math.min(minZ, p.minZ);
    lo = [Math.min(lo[0], p.minX), Math.min(lo[1], p.minY), Math.min(lo[2], p.minZ)];
    hi = [Math.max(hi[0], p.maxX), Math.max(hi[1], p.maxY), Math.max(hi[2], p.maxZ)];
  }
  let yaw: number;
  let pos: Vec3;
  const y = o.y ?? 0;
  if (o.wall) {
    if (o.at === undefined) throw new Error(`${where}: give "at" (position along the wall) with "wall"`);
    const gap = (o.gap ?? 0) - minZ;
    switch (o.wall) {
      case 'north':
        yaw = 0;
        pos = [o.at, y, room.z0 + gap];
        break;
      case 'south':
        yaw = 180;
        pos = [o.at, y, room.z1 - gap];
        break;
      case 'east':
        yaw = 90;
        pos = [room.x1 - gap, y, o.at];
        break;
      case 'west':
        yaw = -90;
        pos = [room.x0 + gap, y, o.at];
        break;
    }
    if (o.rotation !== undefined) yaw += o.rotation;
  } else {
    if (o.x === undefined || o.z === undefined) throw new Error(`${where}: give "x" and "z", or "wall" and "at"`);
    pos = [o.x, y, o.z];
    if (o.facing === 'camera') yaw = (Math.atan2(o.x, -o.z) * 180) / Math.PI;
    else if (o.facing) yaw = FACING_YAW[o.facing];
    else yaw = 0;
    yaw += o.rotation ?? 0;
  }
  const rot = rotationBasis(yaw);
  const toWorld = (p: Vec3): Vec3 => {
    const c = applyBasis(rot, p);
    return [c[0] + pos[0], c[1] + pos[1], c[2] + pos[2]];
  };
  for (const s of b.parts) worldParts.push({ ...s, center: toWorld(s.center), basis: composeBasis(rot, s.basis) });
  if (o.name) {
    const main = b.anchors.find((a) => a.key === '');
    addAnchor(o.name, toWorld(main ? main.at : [(lo[0] + hi[0]) / 2, (lo[1] + hi[1]) / 2, (lo[2] + hi[2]) / 2]));
    for (const a of b.anchors) if (a.key) addAnchor(`${o.name}.${a.key}`, toWorld(a.at));
  }
}

function buildAoGrid(prims: Prim[], x0: number, x1: number, z0: number, z1: number, height: number): Scene['ao'] {
  const cell = 0.5,
    m = AO_RANGE + 0.3;
  const ox = Math.min(x0, ...prims.map((p) => p.minX)) - m,
    oy = -m,
    oz = Math.min(z0, ...prims.map((p) => p.minZ)) - m;
  const ex = Math.max(x1, ...prims.map((p) => p.maxX)) + m,
    ey = height + m,
    ez = Math.max(z1, ...prims.map((p) => p.maxZ)) + m;
  const nx = Math.ceil((ex - ox) / cell),
    ny = Math.ceil((ey - oy) / cell),
    nz = Math.ceil((ez - oz) / cell);
  const cells: Prim[][] = Array.from({ length: nx * ny * nz }, () => []);
  for (const p of prims) {
    if (!p.castsShadow) continue;
    const i0 = Math.max(0, Math.floor((p.minX - AO_RANGE - ox) / cell)),
      i1 = Math.min(nx - 1, Math.floor((p.maxX + AO_RANGE - ox) / cell));
    const j0 = Math.max(0, Math.floor((p.minY - AO_RANGE - oy) / cell)),
      j1 = Math.min(ny - 1, Math.floor((p.maxY + AO_RANGE - oy) / cell));
    const k0 = Math.max(0, Math.floor((p.minZ - AO_RANGE - oz) / cell)),
      k1 = Math.min(nz - 1, Math.floor((p.maxZ + AO_RANGE - oz) / cell));
    for (let i = i0; i <= i1; i++) for (let j = j0; j <= j1; j++) for (let k = k0; k <= k1; k++) cells[(k * ny + j) * nx + i]!.push(p);
  }
  return { ox, oy, oz, cell, nx, ny, nz, cells };
}
