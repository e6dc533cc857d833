/**
 * Care equipment: hoog-laagbed, tillift, rolstoel, rollator, medicijnkar, handalcohol.
 * Each item is one function; see parts.ts for the local frame (front = +z, metres).
 */
import type { Vec3 } from '../math.ts';
import { head, readLook } from './people.ts';
import { TONE, type ItemBuilder } from './parts.ts';

// ─── hoog-laagbed ───────────────────────────────────────────────────────────────────────────
/**
 * Height-adjustable care bed, head end at the back (−z), foot end at the front (+z).
 * Options: mattressHeight (0.55), backrest (degrees the head section is raised, 0–70),
 * rails "omhoog" | "omlaag" | "geen", frame, blanket, sheet, trapeze (the "papegaai" grip),
 * occupant { top, skin, hair, hairStyle } for a resident lying in bed under the blanket.
 */
export const hoogLaagbed: ItemBuilder = (b, p) => {
  const mt = p.num('mattressHeight', 0.55);
  const backrest = p.num('backrest', 0);
  const frame = p.mat('frame', TONE.beech);
  const blanket = p.mat('blanket', { color: '#a9c2d6', pattern: 'fabric' });
  const sheet = p.mat('sheet', { color: '#f2f2ef', pattern: 'fabric' });
  const metal = TONE.lightGrey;
  const occ = p.sub('occupant');
  const mb = mt - 0.14; // mattress bottom
  const hingeZ = -0.3;

  // Chassis, lifting columns and castors: what makes it a care bed rather than a home bed.
  b.block(-0.4, 0.1, -0.95, 0.4, 0.18, 0.95, TONE.darkGrey);
  for (const z of [-0.55, 0.55]) b.block(-0.22, 0.18, z - 0.05, 0.22, mb - 0.06, z + 0.05, metal);
  for (const x of [-0.36, 0.36])
    for (const z of [-0.9, 0.9]) {
      b.cylinder([x - 0.025, 0.055, z], [x + 0.025, 0.055, z], 0.055, TONE.rubber);
      b.block(x - 0.03, 0.06, z - 0.03, x + 0.03, 0.12, z + 0.03, TONE.grey);
    }
  b.block(-0.47, mb - 0.06, -1.05, 0.47, mb, 1.05, metal);
  // Head and foot boards.
  b.block(-0.5, 0.28, -1.1, 0.5, mt + 0.42, -1.06, frame);
  b.block(-0.5, 0.28, 1.06, 0.5, mt + 0.26, 1.1, frame);
  for (const x of [-0.5, 0.5]) {
    b.block(x - 0.03, 0.25, -1.11, x + 0.03, mt + 0.44, -1.05, frame);
    b.block(x - 0.03, 0.25, 1.05, x + 0.03, mt + 0.28, 1.11, frame);
  }

  // Lower mattress section with blanket; the blanket drapes over the sides.
  b.block(-0.45, mb, hingeZ, 0.45, mt, 1.03, sheet);
  const blanketTop = hingeZ + (occ ? 0 : 0.25);
  b.block(-0.47, mt, blanketTop, 0.47, mt + 0.04, 1.05, blanket);
  for (const x of [-1, 1]) b.block(x * 0.47, mt - 0.2, blanketTop, x * 0.49, mt + 0.04, 1.05, blanket);
  if (!occ) b.block(-0.475, mt + 0.04, blanketTop - 0.005, 0.475, mt + 0.06, blanketTop + 0.25, sheet);
  if (occ) {
    // Legs and feet under the blanket.
    b.ellipsoid([0, mt + 0.02, 0.35], [0.3, 0.07, 0.72], blanket);
    b.ellipsoid([0, mt + 0.09, 0.92], [0.2, 0.08, 0.1], blanket);
  }

  // Head section, raised by `backrest` degrees around the hinge.
  b.within([0, mb, hingeZ], [0, -backrest, 0], () => {
    b.block(-0.45, 0, -0.74, 0.45, 0.14, 0, sheet);
    b.block(-0.46, -0.05, -0.74, 0.46, 0, 0, metal);
    b.ellipsoid([0, 0.19, -0.58], [0.3, 0.075, 0.17], sheet);
    b.anchor([0, 0.26, -0.58], 'kussen');
    if (occ) {
      const look = readLook(occ);
      const top = occ.mat('top', { color: '#d7b8c8', pattern: 'fabric' });
      // Shoulders and chest, then the blanket up to the chest with the sheet folded over it.
      b.ellipsoid([0, 0.2, -0.28], [0.21, 0.1, 0.2], top);
      b.cylinder([0, 0.27, -0.46], [0, 0.28, -0.38], 0.05, look.skin);
      // Lying on the pillow: the top of the head towards the head board, the face up.
      b.within([0, 0.33, -0.53], [0, 70, 0], () => head(b, [0, 0, 0], 1, look, 0));
      b.block(-0.47, 0.14, -0.2, 0.47, 0.29, 0, blanket);
      for (const x of [-1, 1]) b.block(x * 0.47, -0.06, -0.2, x * 0.49, 0.29, 0, blanket);
      b.capsule([-0.46, 0.3, -0.2], [0.46, 0.3, -0.2], 0.025, sheet);
      // Arms resting on the blanket.
      for (const x of [-1, 1]) {
        b.capsule([x * 0.2, 0.27, -0.38], [x * 0.24, 0.31, -0.16], 0.048, top);
        b.capsule([x * 0.24, 0.31, -0.16], [x * 0.13, 0.33, -0.02], 0.04, occ.bool('longSleeves', true) ? top : look.skin);
        b.sphere([x * 0.11, 0.335, 0.02], 0.042, look.skin);
      }
      b.anchor([0, 0.36, -0.5]);
      b.anchor([0, 0.36, -0.5], 'hoofd');
    }
  });
  b.anchor([0, mt + 0.1, 0.2], 'bed');
  if (!occ) b.anchor([0, mt + 0.1, 0]);

  // Side rails: the bars that keep someone from rolling out.
  const rails = p.str('rails', 'omhoog', ['omhoog', 'omlaag', 'geen'] as const);
  if (rails !== 'geen') {
    const lift = rails === 'omhoog' ? 0 : -0.3;
    for (const x of [-0.5, 0.5]) {
      for (const dy of [0.12, 0.3]) b.capsule([x, mt + dy + lift, -0.85], [x, mt + dy + lift, 0.45], 0.014, frame);
      for (const z of [-0.85, -0.2, 0.45]) b.capsule([x, mb + lift, z], [x, mt + 0.3 + lift, z], 0.012, metal);
    }
  }
  // Trapeze bar ("papegaai") over the head end.
  if (p.bool('trapeze', true)) {
    const pole: Vec3 = [0.42, 0, -1.14];
    b.capsule([pole[0], 0.2, pole[2]], [pole[0], 1.95, pole[2]], 0.022, metal);
    b.capsule([pole[0], 1.95, pole[2]], [0.05, 1.95, -0.4], 0.02, metal);
    b.capsule([0.05, 1.95, -0.4], [0.05, 1.55, -0.4], 0.006, TONE.grey);
    b.capsule([-0.07, 1.48, -0.4], [0.17, 1.48, -0.4], 0.016, TONE.grey);
    b.capsule([-0.07, 1.48, -0.4], [0.05, 1.58, -0.4], 0.012, TONE.grey);
    b.capsule([0.17, 1.48, -0.4], [0.05, 1.58, -0.4], 0.012, TONE.grey);
  }
};

// ─── tillift ────────────────────────────────────────────────────────────────────────────────
/**
 * Mobile patient lift: a spread base on castors, a mast at the back and a boom reaching
 * forward (+z) with a spreader bar. Options: color (body), accent, sling (true = a sling hangs
 * from the bar).
 */
export const tillift: ItemBuilder = (b, p) => {
  const body = p.mat('color', '#eef0ef');
  const accent = p.mat('accent', '#4f86b5');
  for (const x of [-1, 1]) {
    b.capsule([x * 0.14, 0.1, -0.32], [x * 0.34, 0.1, 0.58], 0.04, body);
    b.sphere([x * 0.14, 0.05, -0.34], 0.045, TONE.rubber);
    b.sphere([x * 0.34, 0.05, 0.6], 0.045, TONE.rubber);
  }
  b.block(-0.18, 0.05, -0.42, 0.18, 0.2, -0.22, body);
  b.block(-0.045, 0.18, -0.36, 0.045, 1.42, -0.26, body);
  b.block(-0.09, 0.75, -0.43, 0.09, 1.0, -0.34, accent);
  b.cylinder([0, 0.55, -0.27], [0, 1.18, -0.12], 0.03, TONE.lightGrey);
  b.capsule([0, 1.4, -0.31], [0, 1.6, 0.5], 0.045, body);
  b.capsule([-0.2, 1.12, -0.42], [0.2, 1.12, -0.42], 0.02, TONE.darkGrey);
  for (const x of [-1, 1]) b.capsule([x * 0.2, 1.12, -0.42], [x * 0.2, 1.12, -0.33], 0.018, TONE.darkGrey);
  // Spreader bar with hooks.
  b.capsule([0, 1.6, 0.5], [0, 1.45, 0.5], 0.02, TONE.grey);
  b.capsule([-0.28, 1.42, 0.5], [0.28, 1.42, 0.5], 0.022, accent);
  for (const x of [-0.28, 0.28]) b.sphere([x, 1.39, 0.5], 0.025, TONE.grey);
  if (p.bool('sling', false)) {
    const sling = p.mat('slingColor', { color: '#5f7fa8', pattern: 'fabric' });
    for (const x of [-0.28, 0.28]) b.capsule([x, 1.39, 0.5], [x * 0.8, 0.95, 0.5], 0.012, sling);
    b.ellipsoid([0, 0.85, 0.5], [0.26, 0.16, 0.14], sling);
  }
  b.anchor([0, 1.2, -0.1]);
};

// ─── rolstoel ───────────────────────────────────────────────────────────────────────────────
/** Wheelchair, facing +z. Options: frame, seat (fabric colour). */
export const rolstoel: ItemBuilder = (b, p) => {
  const frame = p.mat('frame', { color: '#3b4f73', pattern: 'metal' });
  const seat = p.mat('seat', { color: '#2e3033', pattern: 'fabric' });
  b.block(-0.22, 0.44, -0.2, 0.22, 0.49, 0.22, seat);
  b.block(-0.22, 0.5, -0.25, 0.22, 0.92, -0.21, seat, { rot: [0, -6, 0] });
  for (const x of [-1, 1]) {
    // Big wheel: dark tyre with a light rim disc and hub.
    b.cylinder([x * 0.285, 0.3, -0.1], [x * 0.315, 0.3, -0.1], 0.3, TONE.rubber);
    b.cylinder([x * 0.281, 0.3, -0.1], [x * 0.319, 0.3, -0.1], 0.262, TONE.steel);
    b.cylinder([x * 0.27, 0.3, -0.1], [x * 0.33, 0.3, -0.1], 0.035, TONE.darkGrey);
    // Frame, armrest, front castor, footrest.
    b.capsule([x * 0.235, 0.44, 0.2], [x * 0.235, 0.12, 0.3], 0.014, frame);
    b.capsule([x * 0.235, 0.44, -0.22], [x * 0.235, 0.44, 0.2], 0.014, frame);
    b.capsule([x * 0.235, 0.44, -0.24], [x * 0.235, 0.95, -0.27], 0.014, frame);
    b.capsule([x * 0.235, 0.95, -0.27], [x * 0.235, 0.95, -0.36], 0.017, TONE.rubber);
    b.block(x * 0.21, 0.64, -0.18, x * 0.265, 0.68, 0.12, TONE.darkGrey);
    b.capsule([x * 0.235, 0.44, 0.08], [x * 0.235, 0.64, 0.08], 0.012, frame);
    b.cylinder([x * 0.21, 0.07, 0.32], [x * 0.25, 0.07, 0.32], 0.07, TONE.rubber);
    b.capsule([x * 0.2, 0.3, 0.28], [x * 0.12, 0.12, 0.4], 0.012, frame);
    b.block(x * 0.04, 0.1, 0.34, x * 0.2, 0.12, 0.48, TONE.darkGrey);
  }
  b.anchor([0, 0.7, -0.05]);
};

// ─── rollator ───────────────────────────────────────────────────────────────────────────────
/** Walker on four wheels with a seat and a basket. Options: color. */
export const rollator: ItemBuilder = (b, p) => {
  const frame = p.mat('color', { color: '#a3352f', pattern: 'metal' });
  for (const x of [-1, 1]) {
    b.cylinder([x * 0.28, 0.1, 0.28], [x * 0.3, 0.1, 0.28], 0.1, TONE.rubber);
    b.cylinder([x * 0.28, 0.1, -0.28], [x * 0.3, 0.1, -0.28], 0.1, TONE.rubber);
    b.capsule([x * 0.27, 0.12, 0.27], [x * 0.27, 0.9, -0.2], 0.015, frame);
    b.capsule([x * 0.27, 0.12, -0.28], [x * 0.27, 0.58, -0.12], 0.015, frame);
    b.capsule([x * 0.27, 0.9, -0.2], [x * 0.27, 0.91, -0.32], 0.02, TONE.rubber);
  }
  b.block(-0.25, 0.58, -0.2, 0.25, 0.61, 0.12, TONE.darkGrey);
  b.block(-0.2, 0.38, 0.05, 0.2, 0.55, 0.22, { color: '#5a5c5e', pattern: 'fabric' });
  b.capsule([-0.27, 0.55, 0.05], [0.27, 0.55, 0.05], 0.012, frame);
  b.anchor([0, 0.7, 0]);
};

// ─── medicijnkar ────────────────────────────────────────────────────────────────────────────
/** Medication trolley with coloured drawers and a laptop on top. Options: accent, laptop. */
export const medicijnkar: ItemBuilder = (b, p) => {
  const accent = p.mat('accent', '#3f7fbf');
  b.block(-0.35, 0.14, -0.24, 0.35, 0.95, 0.24, TONE.white);
  b.block(-0.37, 0.95, -0.26, 0.37, 0.98, 0.26, TONE.lightGrey);
  for (let i = 0; i < 5; i++) {
    const y0 = 0.18 + i * 0.15;
    b.block(-0.32, y0, 0.24, 0.32, y0 + 0.13, 0.25, i % 2 ? accent : '#e6c04d');
    b.block(-0.08, y0 + 0.1, 0.25, 0.08, y0 + 0.115, 0.265, TONE.grey);
  }
  for (const x of [-0.3, 0.3]) for (const z of [-0.19, 0.19]) b.sphere([x, 0.05, z], 0.05, TONE.rubber);
  b.capsule([0.4, 0.8, -0.18], [0.4, 0.8, 0.18], 0.015, TONE.grey);
  if (p.bool('laptop', true)) {
    b.block(-0.17, 0.98, -0.05, 0.17, 0.995, 0.19, TONE.darkGrey);
    b.block(-0.17, 0.98, -0.06, 0.17, 1.22, -0.05, TONE.darkGrey, { rot: [0, 12, 0] });
    b.block(-0.155, 1.0, -0.047, 0.155, 1.2, -0.044, { color: '#7fa4c8', emissive: 0.6 }, { rot: [0, 12, 0], shadow: false });
  }
  b.anchor([0, 0.9, 0.1]);
};

// ─── handalcohol ────────────────────────────────────────────────────────────────────────────
/** Hand sanitiser dispenser for a wall; place with "wall", "at" and "y" (centre height ≈ 1.2). */
export const handalcohol: ItemBuilder = (b) => {
  b.block(-0.065, -0.14, -0.05, 0.065, 0.14, 0.04, TONE.white);
  b.block(-0.05, -0.02, 0.04, 0.05, 0.1, 0.045, '#7fb3d8');
  b.block(-0.05, -0.13, 0.0, 0.05, -0.1, 0.07, TONE.grey);
  b.block(-0.012, -0.165, 0.035, 0.012, -0.14, 0.06, TONE.darkGrey);
  b.anchor([0, 0, 0.04]);
};
