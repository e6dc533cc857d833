/**
 * People: simple, dignified figures (no faces, no caricature), standing or seated, in their own
 * clothes or a uniform. Built around one reference height of 1.70 m and scaled.
 *
 * Options: pose "staand" | "zittend", height, top, trim (uniform piping), trousers, skirt (true
 * for a skirt instead of trousers), skin, hair, hairStyle "kort" | "lang" | "knot" | "krul",
 * shoes, sleeves "kort" | "lang", arms "langs" | "voor" (standing), seatHeight and lean
 * (seated, degrees back), headTurn (degrees, + = to the figure's left... i.e. clockwise from above).
 */
import type { Vec3 } from '../math.ts';
import type { ItemBuilder, MatLike, PartBuilder, Params } from './parts.ts';

export interface Look {
  top: MatLike;
  trim: MatLike | undefined;
  trousers: MatLike;
  skirt: boolean;
  skin: MatLike;
  hair: MatLike;
  hairStyle: 'kort' | 'lang' | 'knot' | 'krul' | 'kaal';
  shoes: MatLike;
  longSleeves: boolean;
}

export function readLook(p: Params): Look {
  const trimColor = p.mat('trim', '#000000');
  return {
    top: p.mat('top', { color: '#5d7fa3', pattern: 'fabric' }),
    trim: trimColor === '#000000' ? undefined : trimColor,
    trousers: p.mat('trousers', { color: '#30343c', pattern: 'fabric' }),
    skirt: p.bool('skirt', false),
    skin: p.mat('skin', '#d9a98a'),
    hair: p.mat('hair', '#4a3426'),
    hairStyle: p.str('hairStyle', 'kort', ['kort', 'lang', 'knot', 'krul', 'kaal'] as const),
    shoes: p.mat('shoes', '#2c2a29'),
    longSleeves: p.str('sleeves', 'kort', ['kort', 'lang'] as const) === 'lang',
  };
}

/** Head with hair; (x,y,z) is the centre of the head. Shared with the figure lying in bed. */
export function head(b: PartBuilder, c: Vec3, s: number, look: Look, turn = 0): void {
  b.within(c, [turn, 0, 0], () => {
    b.ellipsoid([0, 0, 0], [0.085 * s, 0.11 * s, 0.1 * s], look.skin);
    // Ears break the egg shape and make it read as a head from the side.
    b.ellipsoid([0.084 * s, -0.005 * s, -0.005 * s], [0.014 * s, 0.028 * s, 0.02 * s], look.skin);
    b.ellipsoid([-0.084 * s, -0.005 * s, -0.005 * s], [0.014 * s, 0.028 * s, 0.02 * s], look.skin);
    // A nose gives the head a clear front without drawing a face.
    b.ellipsoid([0, -0.01 * s, 0.098 * s], [0.014 * s, 0.025 * s, 0.016 * s], look.skin);
    switch (look.hairStyle) {
      case 'kaal':
        break;
      case 'krul':
        b.ellipsoid([0, 0.035 * s, -0.015 * s], [0.1 * s, 0.1 * s, 0.112 * s], look.hair);
        break;
      default:
        b.ellipsoid([0, 0.03 * s, -0.012 * s], [0.093 * s, 0.1 * s, 0.106 * s], look.hair);
    }
    if (look.hairStyle === 'lang') b.ellipsoid([0, -0.09 * s, -0.05 * s], [0.1 * s, 0.15 * s, 0.065 * s], look.hair);
    if (look.hairStyle === 'knot') b.sphere([0, 0.06 * s, -0.11 * s], 0.045 * s, look.hair);
  });
}

/** Torso, shoulders, neck and head above a hip point, upright in the current frame. */
function upperBody(b: PartBuilder, s: number, look: Look, headTurn: number): void {
  const S = (x: number, y: number, z: number): Vec3 => [x * s, y * s, z * s];
  b.ellipsoid(S(0, 0.1, 0), S(0.17, 0.14, 0.11), look.skirt ? look.top : look.trousers);
  b.ellipsoid(S(0, 0.3, 0), S(0.18, 0.27, 0.115), look.top);
  b.capsule(S(-0.155, 0.48, -0.005), S(0.155, 0.48, -0.005), 0.075 * s, look.top);
  if (look.trim) b.capsule(S(-0.07, 0.535, 0.035), S(0.07, 0.535, 0.035), 0.018 * s, look.trim);
  b.cylinder(S(0, 0.5, -0.005), S(0, 0.6, -0.005), 0.05 * s, look.skin);
  head(b, S(0, 0.7, 0), s, look, headTurn);
}

function arm(b: PartBuilder, s: number, look: Look, shoulder: Vec3, elbow: Vec3, wrist: Vec3): void {
  const S = (v: Vec3): Vec3 => [v[0] * s, v[1] * s, v[2] * s];
  b.capsule(S(shoulder), S(elbow), 0.05 * s, look.top);
  if (look.trim && !look.longSleeves) {
    const e = elbow,
      sh = shoulder;
    const cuff: Vec3 = [sh[0] + (e[0] - sh[0]) * 0.55, sh[1] + (e[1] - sh[1]) * 0.55, sh[2] + (e[2] - sh[2]) * 0.55];
    b.capsule(S(cuff), S([cuff[0] + (e[0] - sh[0]) * 0.08, cuff[1] + (e[1] - sh[1]) * 0.08, cuff[2] + (e[2] - sh[2]) * 0.08]), 0.053 * s, look.trim);
  }
  const sleeveEnd: Vec3 = look.longSleeves
    ? wrist
    : [shoulder[0] + (elbow[0] - shoulder[0]) * 0.6, shoulder[1] + (elbow[1] - shoulder[1]) * 0.6, shoulder[2] + (elbow[2] - shoulder[2]) * 0.6];
  if (!look.longSleeves) b.capsule(S(sleeveEnd), S(elbow), 0.041 * s, look.skin);
  b.capsule(S(elbow), S(wrist), 0.04 * s, look.longSleeves ? look.top : look.skin);
  const dx = wrist[0] - elbow[0],
    dy = wrist[1] - elbow[1],
    dz = wrist[2] - elbow[2];
  const l = Math.hypot(dx, dy, dz);
  b.sphere(S([wrist[0] + (dx / l) * 0.05, wrist[1] + (dy / l) * 0.05, wrist[2] + (dz / l) * 0.05]), 0.042 * s, look.skin);
}

/** Feet and legs of a standing person (trousers, or a skirt over bare legs), scaled by `s`. */
export function standingLegs(b: PartBuilder, s: number, look: Look): void {
  const S = (x: number, y: number, z: number): Vec3 => [x * s, y * s, z * s];
  for (const side of [-1, 1]) {
    b.ellipsoid(S(side * 0.1, 0.04, 0.04), S(0.05, 0.04, 0.12), look.shoes);
    if (!look.skirt) b.capsule(S(side * 0.1, 0.12, 0), S(side * 0.1, 0.86, 0), 0.072 * s, look.trousers);
    else b.capsule(S(side * 0.1, 0.12, 0), S(side * 0.1, 0.6, 0), 0.055 * s, look.skin);
  }
  if (look.skirt) b.cylinder(S(0, 0.52, 0), S(0, 0.95, 0), 0.2 * s, look.trousers);
}

const standing: (b: PartBuilder, p: Params, look: Look) => void = (b, p, look) => {
  const s = p.num('height', 1.7) / 1.7;
  const S = (x: number, y: number, z: number): Vec3 => [x * s, y * s, z * s];
  standingLegs(b, s, look);
  b.within(S(0, 0.86, 0), [0, 0, 0], () => upperBody(b, s, look, p.num('headTurn', 0)));
  const forward = p.str('arms', 'langs', ['langs', 'voor'] as const) === 'voor';
  for (const side of [-1, 1]) {
    if (forward) arm(b, s, look, [side * 0.2, 1.36, 0], [side * 0.22, 1.1, 0.03], [side * 0.16, 1.02, 0.28]);
    else arm(b, s, look, [side * 0.2, 1.36, 0], [side * 0.235, 1.09, -0.01], [side * 0.245, 0.85, 0.03]);
  }
  b.anchor(S(0, 1.3, 0.05));
  b.anchor(S(0, 1.6, 0.05), 'hoofd');
};

const seated: (b: PartBuilder, p: Params, look: Look) => void = (b, p, look) => {
  const s = p.num('height', 1.7) / 1.7;
  const h = p.num('seatHeight', 0.46);
  const lean = p.num('lean', 0);
  const hipY = h + 0.02 * s;
  const S = (x: number, y: number, z: number): Vec3 => [x * s, y * s, z * s];
  for (const side of [-1, 1]) {
    const knee: Vec3 = [side * 0.11 * s, hipY + 0.04 * s, 0.4 * s];
    const ankle: Vec3 = [side * 0.11 * s, 0.1, 0.44 * s];
    b.capsule([side * 0.1 * s, hipY + 0.07 * s, -0.02 * s], knee, 0.078 * s, look.skirt ? look.trousers : look.trousers);
    b.capsule(knee, ankle, 0.058 * s, look.skirt ? look.skin : look.trousers);
    b.ellipsoid([side * 0.11 * s, 0.045, 0.5 * s], S(0.05, 0.045, 0.115), look.shoes);
  }
  if (look.skirt) b.block(-0.2 * s, hipY + 0.04 * s, 0.4 * s, 0.2 * s, hipY - 0.16 * s, 0.44 * s, look.trousers);
  b.within([0, hipY, -0.06 * s], [0, lean, 0], () => {
    b.within([0, -0.02 * s, 0], [0, 0, 0], () => upperBody(b, s, look, p.num('headTurn', 0)));
    // Arms: hands resting on the thighs (or on armrests when "armrest" width is given).
    const rest = p.num('armrest', 0);
    for (const side of [-1, 1]) {
      if (rest > 0) arm(b, 1, look, S(side * 0.2, 0.48, 0), [side * (rest / 2 - 0.02), 0.22 * s, 0.04 * s], [side * (rest / 2 - 0.03), 0.18 * s, 0.3 * s]);
      else arm(b, 1, look, S(side * 0.2, 0.48, 0), S(side * 0.23, 0.24, 0.05), S(side * 0.15, 0.14, 0.32));
    }
  });
  b.anchor([0, hipY + 0.4 * s, 0]);
  b.anchor([0, hipY + 0.68 * s, 0], 'hoofd');
};

/** persoon — a standing or seated person. */
export const persoon: ItemBuilder = (b, p) => {
  const look = readLook(p);
  if (p.str('pose', 'staand', ['staand', 'zittend'] as const) === 'zittend') seated(b, p, look);
  else standing(b, p, look);
};
