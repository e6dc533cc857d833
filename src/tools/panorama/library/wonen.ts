/**
 * Homes and group homes (thuiszorg, gehandicaptenzorg): salontafel, vloerkleed, staande-lamp,
 * toilet, douche, douchestoel, wandbeugel, keuken-koelkast, fornuis, snijplank, pictobord,
 * eenpersoonsbed, poster, fiets, kapstok, scherven, plaid.
 * Each item is one function; see parts.ts for the local frame (front = +z, metres).
 */
import type { Vec3 } from '../math.ts';
import { TONE, type ItemBuilder, type MatLike, type PartBuilder } from './parts.ts';

// ─── salontafel ─────────────────────────────────────────────────────────────────────────────
/**
 * Low coffee table with a shelf. Options: width (1.0), depth (0.55), height (0.45), color,
 * things (true = a cup of coffee and a newspaper), medicijnen (true = a weekly pill box).
 */
export const salontafel: ItemBuilder = (b, p) => {
  const w = p.num('width', 1.0) / 2,
    d = p.num('depth', 0.55) / 2,
    h = p.num('height', 0.45);
  const wood = p.mat('color', TONE.walnut);
  b.block(-w, h - 0.04, -d, w, h, d, wood);
  b.block(-w + 0.06, 0.12, -d + 0.06, w - 0.06, 0.14, d - 0.06, wood);
  for (const x of [-w + 0.05, w - 0.05]) for (const z of [-d + 0.05, d - 0.05]) b.block(x - 0.025, 0, z - 0.025, x + 0.025, h - 0.04, z + 0.025, wood);
  if (p.bool('things', true)) {
    b.cylinder([w * 0.45, h, d * 0.2], [w * 0.45, h + 0.008, d * 0.2], 0.075, TONE.white);
    b.cylinder([w * 0.45, h + 0.008, d * 0.2], [w * 0.45, h + 0.085, d * 0.2], 0.04, '#e8e4d8');
    b.cylinder([w * 0.45, h + 0.08, d * 0.2], [w * 0.45, h + 0.082, d * 0.2], 0.034, '#4a2f1d', { shadow: false });
    b.block(-w * 0.8, h, -d * 0.6, -w * 0.8 + 0.3, h + 0.012, -d * 0.6 + 0.22, '#ecebe4', { rot: [12, 0, 0] });
    for (let i = 0; i < 4; i++)
      b.block(-w * 0.8 + 0.03, h + 0.0125, -d * 0.6 + 0.03 + i * 0.045, -w * 0.8 + 0.27, h + 0.013, -d * 0.6 + 0.04 + i * 0.045, '#8a8c90', {
        rot: [12, 0, 0],
      });
  }
  if (p.bool('medicijnen', false)) {
    // A weekly pill box: seven coloured lids on a white tray.
    b.block(-0.05, h, -d * 0.15 - 0.04, 0.27, h + 0.03, -d * 0.15 + 0.04, TONE.white);
    const lids = ['#e45c5c', '#e8a04a', '#e8d25a', '#6cbf6a', '#5aa7d8', '#7a6ad0', '#c86ab8'];
    for (let i = 0; i < 7; i++) b.block(-0.045 + i * 0.045, h + 0.03, -d * 0.15 - 0.035, -0.045 + i * 0.045 + 0.04, h + 0.036, -d * 0.15 + 0.035, lids[i]!);
  }
  b.anchor([0, h + 0.05, 0]);
};

// ─── vloerkleed ─────────────────────────────────────────────────────────────────────────────
/** Rug on the floor. Options: width (2.0), depth (1.4), color (a material), border. */
export const vloerkleed: ItemBuilder = (b, p) => {
  const w = p.num('width', 2.0) / 2,
    d = p.num('depth', 1.4) / 2;
  const border = p.mat('border', '#6e4b3a');
  b.block(-w, 0, -d, w, 0.008, d, border);
  b.block(-w + 0.1, 0.008, -d + 0.1, w - 0.1, 0.01, d - 0.1, p.mat('color', { color: '#b9785a', color2: '#8e5440', pattern: 'check', scale: 0.25 }));
  b.anchor([0, 0.01, 0]);
};

// ─── staande-lamp ───────────────────────────────────────────────────────────────────────────
/** Floor lamp with a fabric shade. Options: height (1.55), shade (colour), on (true). */
export const staandeLamp: ItemBuilder = (b, p) => {
  const h = p.num('height', 1.55);
  const on = p.bool('on', true);
  const shade = p.mat('shade', '#efe2c4');
  const glow = { color: typeof shade === 'string' ? shade : shade.color, emissive: 0.9 };
  b.cylinder([0, 0, 0], [0, 0.03, 0], 0.16, TONE.darkGrey);
  b.cylinder([0, 0.03, 0], [0, h - 0.2, 0], 0.014, TONE.darkGrey);
  b.cylinder([0, h - 0.28, 0], [0, h, 0], 0.2, on ? glow : shade, { shadow: false });
  b.anchor([0, h - 0.14, 0.2]);
};

// ─── toilet ─────────────────────────────────────────────────────────────────────────────────
/**
 * Toilet against a wall (back = −z). Options: beugels (true = fold-down support arms on both
 * sides, as in an adapted bathroom), verhoger (true = a raised seat).
 */
export const toilet: ItemBuilder = (b, p) => {
  b.block(-0.2, 0.0, -0.34, 0.2, 0.14, -0.18, TONE.white);
  b.block(-0.19, 0.72, -0.36, 0.19, 1.05, -0.2, TONE.white); // cistern
  b.block(-0.05, 1.05, -0.3, 0.05, 1.06, -0.24, TONE.lightGrey);
  b.cylinder([0, 0, -0.05], [0, 0.36, -0.05], 0.17, TONE.white);
  b.block(-0.16, 0.1, -0.3, 0.16, 0.36, -0.1, TONE.white);
  const seatY = p.bool('verhoger', false) ? 0.46 : 0.4;
  if (seatY > 0.42) b.cylinder([0, 0.36, -0.04], [0, seatY - 0.02, -0.04], 0.18, '#e9e9e4');
  b.ellipsoid([0, seatY - 0.01, -0.02], [0.185, 0.02, 0.22], '#fbfbf8');
  b.ellipsoid([0, seatY, -0.02], [0.12, 0.022, 0.15], '#b9c3c6');
  b.block(-0.18, seatY, -0.28, 0.18, seatY + 0.42, -0.25, '#fbfbf8', { rot: [0, 10, 0] }); // lid up
  if (p.bool('beugels', true)) {
    for (const x of [-0.34, 0.34]) {
      b.block(x - 0.04, 0.6, -0.36, x + 0.04, 0.9, -0.33, TONE.lightGrey);
      b.capsule([x, 0.78, -0.32], [x, 0.78, 0.35], 0.017, TONE.white);
      b.capsule([x, 0.78, 0.35], [x, 0.72, 0.38], 0.017, TONE.white);
    }
  }
  b.anchor([0, 0.6, -0.05]);
};

// ─── douche ─────────────────────────────────────────────────────────────────────────────────
/**
 * Shower corner against a wall (back = −z): a low tray, a slide rail with the shower head, a
 * mixer tap and a curtain on a rail, pulled open to one side. Options: width (0.9), depth
 * (0.9), curtain (material).
 */
export const douche: ItemBuilder = (b, p) => {
  const w = p.num('width', 0.9) / 2,
    d = p.num('depth', 0.9);
  b.block(-w, 0, -d / 2, w, 0.03, d / 2, TONE.white);
  b.cylinder([0, 0.03, 0], [0, 0.032, 0], 0.05, TONE.steel);
  b.capsule([w - 0.2, 0.9, -d / 2 + 0.04], [w - 0.2, 1.9, -d / 2 + 0.04], 0.012, TONE.steel);
  b.block(w - 0.24, 1.55, -d / 2, w - 0.16, 1.62, -d / 2 + 0.06, TONE.steel);
  b.within([w - 0.2, 1.62, -d / 2 + 0.1], [0, 35, 0], () => b.cylinder([0, 0, -0.03], [0, 0, 0.03], 0.06, TONE.steel));
  b.block(w - 0.3, 1.0, -d / 2, w - 0.1, 1.06, -d / 2 + 0.07, TONE.steel);
  b.capsule([w - 0.2, 1.0, -d / 2 + 0.07], [w - 0.35, 0.95, -d / 2 + 0.12], 0.01, TONE.darkGrey);
  const curtain: MatLike = p.mat('curtain', { color: '#dfe8ee', color2: '#9fb8c8', pattern: 'stripes', scale: 0.06 });
  b.capsule([-w, 2.05, d / 2], [w, 2.05, d / 2], 0.012, TONE.steel);
  for (let i = 0; i < 6; i++)
    b.capsule([-w + 0.05 + i * 0.06, 0.12 + 0.05, d / 2 + (i % 2 ? 0 : 0.03)], [-w + 0.05 + i * 0.06, 2.0 - 0.05, d / 2 + (i % 2 ? 0 : 0.03)], 0.045, curtain);
  b.anchor([0, 1.2, 0]);
};

// ─── douchestoel ────────────────────────────────────────────────────────────────────────────
/** Shower chair with arm rests on aluminium legs, front +z. Options: color (seat). */
export const douchestoel: ItemBuilder = (b, p) => {
  const seat = p.mat('color', TONE.white);
  const leg = { color: '#cfd3d6', pattern: 'metal' } as const;
  for (const x of [-0.2, 0.2])
    for (const z of [-0.18, 0.18]) {
      b.capsule([x, 0.03, z], [x * 0.95, 0.46, z * 0.95], 0.013, leg);
      b.cylinder([x, 0, z], [x, 0.035, z], 0.022, TONE.rubber);
    }
  b.block(-0.23, 0.46, -0.21, 0.23, 0.5, 0.21, seat);
  b.block(-0.22, 0.52, -0.24, 0.22, 0.8, -0.21, seat, { rot: [0, -5, 0] });
  for (const x of [-0.23, 0.23]) {
    b.capsule([x, 0.5, -0.2], [x, 0.68, -0.2], 0.012, leg);
    b.capsule([x, 0.68, -0.2], [x, 0.68, 0.15], 0.02, seat);
    b.capsule([x, 0.68, 0.15], [x, 0.5, 0.15], 0.012, leg);
  }
  b.anchor([0, 0.6, 0]);
};

// ─── wandbeugel ─────────────────────────────────────────────────────────────────────────────
/** Grab bar on a wall; origin at its centre (set "y"). Options: length (0.6), vertical (false), color. */
export const wandbeugel: ItemBuilder = (b, p) => {
  const l = p.num('length', 0.6) / 2;
  const vertical = p.bool('vertical', false);
  const mat = p.mat('color', TONE.white);
  const end = (t: number): Vec3 => (vertical ? [0, t, 0.07] : [t, 0, 0.07]);
  const base = (t: number): Vec3 => (vertical ? [0, t, 0] : [t, 0, 0]);
  b.capsule(end(-l), end(l), 0.017, mat);
  for (const t of [-l, l]) {
    b.capsule(base(t), end(t), 0.015, mat);
    b.cylinder(base(t), [base(t)[0], base(t)[1], 0.012], 0.035, TONE.lightGrey);
  }
  b.anchor([0, 0, 0.07]);
};

// ─── keuken-koelkast ────────────────────────────────────────────────────────────────────────
/**
 * Tall fridge-freezer (back = −z). Options: height (1.8), color, notes (true = papers and
 * magnets on the door, e.g. a shopping list).
 */
export const keukenKoelkast: ItemBuilder = (b, p) => {
  const h = p.num('height', 1.8);
  const body = p.mat('color', '#eef0f0');
  b.block(-0.3, 0.02, -0.32, 0.3, h, 0.28, body);
  b.block(-0.28, 0, -0.3, 0.28, 0.02, 0.26, TONE.darkGrey);
  const split = h * 0.38;
  b.block(-0.295, 0.03, 0.28, 0.295, split - 0.01, 0.3, body);
  b.block(-0.295, split + 0.01, 0.28, 0.295, h - 0.01, 0.3, body);
  b.block(-0.3, split - 0.01, 0.285, 0.3, split + 0.01, 0.29, TONE.lightGrey);
  b.capsule([0.24, split - 0.25, 0.33], [0.24, split - 0.06, 0.33], 0.012, TONE.grey);
  b.capsule([0.24, split + 0.08, 0.33], [0.24, split + 0.5, 0.33], 0.012, TONE.grey);
  if (p.bool('notes', true)) {
    b.block(-0.2, h * 0.66, 0.3, 0.0, h * 0.66 + 0.27, 0.302, '#fbfbf7', { rot: [0, 0, 3] });
    for (let i = 0; i < 5; i++) b.block(-0.18, h * 0.66 + 0.22 - i * 0.04, 0.302, -0.04, h * 0.66 + 0.225 - i * 0.04, 0.303, '#6a7a96', { rot: [0, 0, 3] });
    b.block(0.02, h * 0.6, 0.3, 0.17, h * 0.6 + 0.12, 0.302, '#bfe0f4', { rot: [0, 0, -4] });
    b.sphere([-0.1, h * 0.66 + 0.27, 0.305], 0.018, '#e45c5c');
    b.sphere([0.1, h * 0.6 + 0.12, 0.305], 0.018, '#6cbf6a');
  }
  b.anchor([0, h * 0.6, 0.3]);
};

// ─── fornuis ────────────────────────────────────────────────────────────────────────────────
/**
 * Cooker: an oven under a black hob with four rings, 0.6 wide and as high and deep as the
 * aanrecht, so it fits next to it (back = −z). Options: color (front), pan (true = a pan on a ring).
 */
export const fornuis: ItemBuilder = (b, p) => {
  const front = p.mat('color', '#dfe2e2');
  b.block(-0.3, 0.1, -0.3, 0.3, 0.88, 0.28, front);
  b.block(-0.3, 0, -0.3, 0.3, 0.1, 0.25, TONE.darkGrey);
  b.block(-0.31, 0.88, -0.31, 0.31, 0.92, 0.31, TONE.black);
  for (const [x, z, r] of [
    [-0.14, -0.12, 0.09],
    [0.14, -0.12, 0.07],
    [-0.14, 0.14, 0.07],
    [0.14, 0.14, 0.09],
  ] as const) {
    b.cylinder([x, 0.92, z], [x, 0.922, z], r, '#3a3b3e', { shadow: false });
  }
  b.block(-0.27, 0.2, 0.28, 0.27, 0.7, 0.295, TONE.darkGrey); // oven door
  b.block(-0.2, 0.3, 0.295, 0.2, 0.58, 0.297, '#22262a', { shadow: false });
  b.capsule([-0.2, 0.66, 0.32], [0.2, 0.66, 0.32], 0.012, TONE.steel);
  for (let i = 0; i < 4; i++) b.cylinder([-0.18 + i * 0.12, 0.8, 0.28], [-0.18 + i * 0.12, 0.8, 0.31], 0.02, TONE.darkGrey);
  if (p.bool('pan', true)) {
    b.cylinder([-0.14, 0.922, 0.14], [-0.14, 1.04, 0.14], 0.11, TONE.steel);
    b.cylinder([-0.14, 1.04, 0.14], [-0.14, 1.05, 0.14], 0.115, TONE.steel);
    b.sphere([-0.14, 1.065, 0.14], 0.018, TONE.black);
    b.capsule([-0.25, 1.02, 0.14], [-0.3, 1.03, 0.14], 0.012, TONE.black);
    b.capsule([-0.03, 1.02, 0.14], [0.02, 1.03, 0.14], 0.012, TONE.black);
  }
  b.anchor([0, 1.0, 0.1]);
};

// ─── snijplank ──────────────────────────────────────────────────────────────────────────────
/** Cutting board with vegetables and a knife; put it on a counter with "y" (0.92). Options: color. */
export const snijplank: ItemBuilder = (b, p) => {
  b.block(-0.22, 0, -0.14, 0.22, 0.02, 0.14, p.mat('color', TONE.beech));
  for (let i = 0; i < 3; i++) b.capsule([-0.17 + i * 0.03, 0.035, -0.08 + i * 0.035], [-0.01 + i * 0.03, 0.035, -0.1 + i * 0.035], 0.014, '#e8792e');
  for (let i = 0; i < 4; i++) b.cylinder([0.05 + i * 0.028, 0.02, 0.06], [0.05 + i * 0.028, 0.028, 0.06], 0.012, '#e8792e');
  b.sphere([0.14, 0.05, -0.07], 0.045, '#c9352e');
  b.sphere([0.3, 0.04, 0.05], 0.04, '#d9b26b');
  b.block(-0.12, 0.02, 0.08, 0.04, 0.025, 0.1, TONE.steel, { rot: [-10, 0, 0] });
  b.block(0.04, 0.018, 0.075, 0.14, 0.032, 0.1, TONE.black, { rot: [-10, 0, 0] });
  b.anchor([0, 0.05, 0]);
};

// ─── pictobord ──────────────────────────────────────────────────────────────────────────────
function picto(b: PartBuilder, kind: number, s: number): void {
  // Simple, bold symbols in the style of daily-schedule pictograms, in a card of size s.
  const z = 0.006,
    k = s / 0.18;
  switch (kind % 6) {
    case 0: // sun: getting up
      b.cylinder([0, 0, z - 0.002], [0, 0, z], 0.04 * k, '#f0b92c', { shadow: false });
      for (let i = 0; i < 8; i++)
        b.within([0, 0, z - 0.002], [0, 0, i * 45], () => b.block(-0.006 * k, 0.05 * k, 0, 0.006 * k, 0.07 * k, 0.002, '#f0b92c', { shadow: false }));
      break;
    case 1: // plate with cutlery: a meal
      b.cylinder([0, 0, z - 0.002], [0, 0, z], 0.045 * k, '#e8e8e4', { shadow: false });
      b.cylinder([0, 0, z], [0, 0, z + 0.001], 0.03 * k, '#b8bcc0', { shadow: false });
      b.block(-0.068 * k, -0.045 * k, z - 0.002, -0.058 * k, 0.045 * k, z, '#55595e', { shadow: false });
      b.block(0.058 * k, -0.045 * k, z - 0.002, 0.068 * k, 0.045 * k, z, '#55595e', { shadow: false });
      break;
    case 2: // pan: cooking
      b.block(-0.045 * k, -0.035 * k, z - 0.002, 0.045 * k, 0.025 * k, z, '#55595e', { shadow: false });
      b.block(0.045 * k, 0.005 * k, z - 0.002, 0.08 * k, 0.015 * k, z, '#55595e', { shadow: false });
      for (let i = 0; i < 3; i++) b.block((-0.025 + i * 0.025) * k, 0.035 * k, z - 0.002, (-0.018 + i * 0.025) * k, 0.07 * k, z, '#9fb6c9', { shadow: false });
      break;
    case 3: // tv screen: free time
      b.block(-0.06 * k, -0.03 * k, z - 0.002, 0.06 * k, 0.045 * k, z, '#2f3a4a', { shadow: false });
      b.block(-0.05 * k, -0.02 * k, z, 0.05 * k, 0.035 * k, z + 0.001, '#5fa35a', { shadow: false });
      b.block(-0.02 * k, -0.055 * k, z - 0.002, 0.02 * k, -0.04 * k, z, '#2f3a4a', { shadow: false });
      break;
    case 4: // shower: washing
      b.block(-0.04 * k, 0.04 * k, z - 0.002, 0.04 * k, 0.055 * k, z, '#55595e', { shadow: false });
      for (let i = 0; i < 4; i++)
        b.ellipsoid([(-0.03 + i * 0.02) * k, (0.0 - (i % 2) * 0.02) * k, z - 0.001], [0.006 * k, 0.012 * k, 0.001], '#4a90d0', { shadow: false });
      break;
    default: // bed: sleeping
      b.block(-0.065 * k, -0.03 * k, z - 0.002, 0.065 * k, 0.0, z, '#6a5acd', { shadow: false });
      b.block(-0.065 * k, -0.05 * k, z - 0.002, -0.055 * k, 0.03 * k, z, '#55595e', { shadow: false });
      b.ellipsoid([-0.035 * k, 0.012 * k, z - 0.001], [0.016 * k, 0.012 * k, 0.001], '#e8e8e4', { shadow: false });
      b.ellipsoid([-0.035 * k, 0.025 * k, z - 0.001], [0.011 * k, 0.011 * k, 0.001], '#d9a98a', { shadow: false });
  }
}

/**
 * Daily schedule with picture cards (picto's) on a white board, as used in group homes, with
 * photos of who is working today at the top left. Wall item, origin at its centre (set "y").
 * Options: width (1.3), height (0.62), cards (6), start (which symbol comes first, 0–5:
 * sun, meal, pan, tv, shower, bed), marker (index of the card marked "now", −1 = none), frame.
 */
export const pictobord: ItemBuilder = (b, p) => {
  const w = p.num('width', 1.3) / 2,
    h = p.num('height', 0.62) / 2;
  const cards = Math.max(1, Math.round(p.num('cards', 6)));
  const start = Math.round(p.num('start', 0));
  const marker = Math.round(p.num('marker', -1));
  const frame = p.mat('frame', TONE.lightGrey);
  b.block(-w, -h, -0.02, w, h, 0.0, TONE.white);
  b.block(-w - 0.02, h, -0.02, w + 0.02, h + 0.02, 0.01, frame);
  b.block(-w - 0.02, -h - 0.02, -0.02, w + 0.02, -h, 0.01, frame);
  b.block(-w - 0.02, -h, -0.02, -w, h, 0.01, frame);
  b.block(w, -h, -0.02, w + 0.02, h, 0.01, frame);
  // Who is working: two photo cards, top left.
  const skins = ['#c68b62', '#ecc4a8'],
    hairs = ['#2e2119', '#b07a45'];
  for (let i = 0; i < 2; i++) {
    const x = -w + 0.1 + i * 0.15,
      y = h - 0.1;
    b.block(x - 0.06, y - 0.07, 0.0, x + 0.06, y + 0.07, 0.003, '#cfe3f2', { shadow: false });
    b.ellipsoid([x, y - 0.075, 0.003], [0.045, 0.04, 0.001], '#3f6f93', { shadow: false });
    b.ellipsoid([x, y + 0.01, 0.004], [0.026, 0.033, 0.001], hairs[i]!, { shadow: false });
    b.ellipsoid([x, y + 0.0, 0.005], [0.022, 0.028, 0.001], skins[i]!, { shadow: false });
  }
  b.block(-w + 0.35, h - 0.1, 0.0, w - 0.06, h - 0.085, 0.002, '#9aa3ad', { shadow: false });
  // The day, left to right.
  const s = Math.min(0.18, (2 * w - 0.1) / cards - 0.03);
  const gap = (2 * w - cards * s) / (cards + 1);
  const edge = ['#f0b92c', '#e8792e', '#e45c5c', '#5aa7d8', '#6cbf6a', '#7a6ad0'];
  for (let i = 0; i < cards; i++) {
    const x = -w + gap + s / 2 + i * (s + gap),
      y = -h * 0.25;
    b.block(x - s / 2, y - s / 2, 0.0, x + s / 2, y + s / 2, 0.004, edge[(start + i) % 6]!);
    b.block(x - s / 2 + 0.012, y - s / 2 + 0.012, 0.004, x + s / 2 - 0.012, y + s / 2 - 0.012, 0.005, TONE.white);
    b.within([x, y, 0.0], [0, 0, 0], () => picto(b, start + i, s));
    b.block(x - s / 2 + 0.02, y - s / 2 - 0.05, 0.0, x + s / 2 - 0.02, y - s / 2 - 0.035, 0.002, '#6a7a96', { shadow: false });
    if (i === marker)
      b.within([x, y + s / 2 + 0.045, 0.01], [0, 0, 180], () => {
        b.block(-0.02, 0.0, 0, 0.02, 0.03, 0.006, '#d83a3a');
        b.block(-0.008, 0.03, 0, 0.008, 0.05, 0.006, '#d83a3a');
      });
  }
  b.anchor([0, 0, 0.01]);
};

// ─── eenpersoonsbed ─────────────────────────────────────────────────────────────────────────
/** Ordinary single bed (head at −z, against a wall). Options: color (frame), duvet, made (true), length (2.0). */
export const eenpersoonsbed: ItemBuilder = (b, p) => {
  const l = p.num('length', 2.0) / 2;
  const wood = p.mat('color', TONE.oak);
  const duvet = p.mat('duvet', { color: '#3f6f93', color2: '#2f5674', pattern: 'stripes', scale: 0.12 });
  const sheet = { color: '#f2f2ef', pattern: 'fabric' } as const;
  b.block(-0.47, 0.15, -l, 0.47, 0.32, l, wood);
  for (const x of [-0.43, 0.43]) for (const z of [-l + 0.04, l - 0.04]) b.block(x - 0.03, 0, z - 0.03, x + 0.03, 0.15, z + 0.03, wood);
  b.block(-0.48, 0.0, -l - 0.04, 0.48, 0.95, -l, wood); // head board
  b.block(-0.45, 0.32, -l + 0.02, 0.45, 0.5, l - 0.02, sheet);
  b.ellipsoid([0, 0.56, -l + 0.28], [0.3, 0.07, 0.15], sheet);
  if (p.bool('made', true)) {
    b.block(-0.47, 0.48, -l + 0.5, 0.47, 0.56, l, duvet);
    for (const x of [-1, 1]) b.block(x * 0.47, 0.28, -l + 0.5, x * 0.49, 0.56, l, duvet);
    b.block(-0.47, 0.28, l, 0.47, 0.56, l + 0.02, duvet);
  } else {
    b.ellipsoid([0.05, 0.55, 0.25], [0.45, 0.09, 0.6], duvet, { rot: [15, 0, 0] });
  }
  b.anchor([0, 0.6, 0]);
};

// ─── poster ─────────────────────────────────────────────────────────────────────────────────
/** Poster on a wall; origin at its centre (set "y"). Options: width (0.6), height (0.85), motif "voetbal" | "muziek" | "stad". */
export const poster: ItemBuilder = (b, p) => {
  const w = p.num('width', 0.6) / 2,
    h = p.num('height', 0.85) / 2;
  const motif = p.str('motif', 'voetbal', ['voetbal', 'muziek', 'stad'] as const);
  const z = 0.003;
  if (motif === 'voetbal') {
    b.block(-w, -h, -0.002, w, h, 0.001, '#c8202a');
    b.block(-w + 0.03, -h + 0.03, 0.001, w - 0.03, h * 0.1, z, '#3f8f3a');
    b.block(-w + 0.05, -h * 0.42, z, w - 0.05, -h * 0.4, z + 0.001, '#f4f4f0');
    b.cylinder([0, -h * 0.41, z], [0, -h * 0.41, z + 0.0005], 0.06, '#f4f4f0');
    b.cylinder([0, -h * 0.41, z + 0.0005], [0, -h * 0.41, z + 0.001], 0.052, '#3f8f3a');
    b.sphere([w * 0.3, -h * 0.7, z], 0.035, '#f4f4f0');
    b.block(-w + 0.05, h * 0.3, z - 0.002, w - 0.05, h * 0.75, z, '#f4f4f0');
    b.block(-w + 0.1, h * 0.42, z, w - 0.1, h * 0.62, z + 0.001, '#c8202a');
  } else if (motif === 'muziek') {
    b.block(-w, -h, -0.002, w, h, 0.001, '#23233a');
    const c = ['#e45c5c', '#f0b92c', '#5aa7d8', '#c86ab8'];
    for (let i = 0; i < 4; i++)
      b.cylinder([(-0.5 + i * 0.33) * w, -h * 0.2 + (i % 2) * h * 0.25, z - 0.002], [(-0.5 + i * 0.33) * w, -h * 0.2 + (i % 2) * h * 0.25, z], w * 0.22, c[i]!);
    b.block(-w + 0.05, h * 0.55, z - 0.002, w - 0.05, h * 0.8, z, '#f4f4f0');
  } else {
    b.block(-w, -h, -0.002, w, h, 0.001, '#f0a86a');
    for (let i = 0; i < 6; i++) {
      const x = -w + 0.05 + i * ((2 * w - 0.1) / 6),
        top = -h + 0.2 + h * (0.4 + (0.8 * ((i * 37) % 5)) / 5);
      b.block(x, -h, z - 0.002, x + (2 * w - 0.1) / 6 - 0.01, top, z, '#4a3f5c');
    }
  }
  b.anchor([0, 0, 0.005]);
};

// ─── fiets ──────────────────────────────────────────────────────────────────────────────────
/**
 * Bicycle seen from the side (its length along x, front wheel at +x), with panniers, e.g. the
 * team's bike for the district round. Options: color (frame), panniers (true), bags (pannier colour).
 */
export const fiets: ItemBuilder = (b, p) => {
  const frame = p.mat('color', { color: '#2f5f8e', pattern: 'metal' });
  const r = 0.34;
  for (const x of [-0.53, 0.53]) {
    b.cylinder([x, r, -0.016], [x, r, 0.016], r, TONE.rubber);
    b.cylinder([x, r, -0.018], [x, r, 0.018], r - 0.035, '#d5d8db');
    b.cylinder([x, r, -0.02], [x, r, 0.02], r - 0.05, '#7d8084');
    b.cylinder([x, r, -0.04], [x, r, 0.04], 0.03, TONE.steel);
  }
  const bb: Vec3 = [-0.02, 0.3, 0],
    seat: Vec3 = [-0.16, 0.86, 0],
    head: Vec3 = [0.4, 0.88, 0];
  b.capsule(bb, seat, 0.02, frame);
  b.capsule(bb, [0.38, 0.76, 0], 0.022, frame);
  b.capsule([-0.15, 0.82, 0], [0.38, 0.76, 0], 0.018, frame);
  b.capsule(bb, [-0.53, r, 0.03], 0.013, frame);
  b.capsule(seat, [-0.53, r, 0.03], 0.012, frame);
  b.capsule([0.38, 0.76, 0], [0.53, r, 0], 0.018, frame);
  b.capsule([0.38, 0.76, 0], head, 0.018, frame);
  b.capsule([0.34, 0.96, -0.25], [0.34, 0.96, 0.25], 0.014, TONE.steel);
  b.capsule(head, [0.34, 0.96, 0], 0.016, TONE.steel);
  for (const z of [-0.25, 0.25]) b.capsule([0.34, 0.96, z * 0.9], [0.3, 0.96, z], 0.02, TONE.black);
  b.capsule([-0.16, 0.86, 0], [-0.16, 0.93, 0], 0.014, TONE.steel);
  b.ellipsoid([-0.17, 0.95, 0], [0.13, 0.03, 0.08], TONE.black);
  b.block(-0.75, 0.62, -0.12, -0.35, 0.64, 0.12, TONE.darkGrey); // carrier
  b.cylinder([-0.02, 0.3, 0.04], [-0.02, 0.3, 0.06], 0.09, TONE.darkGrey);
  if (p.bool('panniers', true)) {
    const bag = p.mat('bags', '#2f6fa8');
    for (const z of [-0.18, 0.14]) b.block(-0.74, 0.32, z, -0.4, 0.64, z + 0.04 + 0.0, bag);
    b.block(-0.66, 0.46, 0.18, -0.48, 0.52, 0.182, '#f4f4f0');
  }
  b.anchor([0, 0.7, 0]);
};

// ─── kapstok ────────────────────────────────────────────────────────────────────────────────
/**
 * Wall coat rack: a board with hooks and coats hanging from it; origin on the floor.
 * Options: width (1.0), coats (3), color (coats), color2 (every other coat), board.
 */
export const kapstok: ItemBuilder = (b, p) => {
  const w = p.num('width', 1.0) / 2;
  const n = Math.max(0, Math.round(p.num('coats', 3)));
  const c1 = p.mat('color', { color: '#2f6fa8', pattern: 'fabric' });
  const c2 = p.mat('color2', { color: '#3b3f45', pattern: 'fabric' });
  b.block(-w, 1.72, 0, w, 1.82, 0.025, p.mat('board', TONE.beech));
  const hooks = Math.max(n, Math.round((2 * w) / 0.2));
  for (let i = 0; i < hooks; i++) {
    const x = -w + (i + 0.5) * ((2 * w) / hooks);
    b.capsule([x, 1.76, 0.02], [x, 1.74, 0.08], 0.008, TONE.steel);
  }
  for (let i = 0; i < n; i++) {
    const x = -w + (i + 0.5) * ((2 * w) / n);
    const c = i % 2 ? c2 : c1;
    b.ellipsoid([x, 1.7, 0.09], [0.1, 0.06, 0.06], c);
    b.ellipsoid([x, 1.35, 0.1], [0.17, 0.36, 0.08], c);
    b.capsule([x - 0.15, 1.55, 0.1], [x - 0.13, 1.08, 0.12], 0.04, c);
    b.capsule([x + 0.15, 1.55, 0.1], [x + 0.13, 1.08, 0.12], 0.04, c);
  }
  b.anchor([0, 1.4, 0.1]);
};

// ─── scherven ───────────────────────────────────────────────────────────────────────────────
/** A broken plate and spilled food on the floor (after an outburst). Options: color (plate). */
export const scherven: ItemBuilder = (b, p) => {
  const plate = p.mat('color', TONE.white);
  const pieces: [number, number, number, number, number][] = [
    [0, 0, 0.16, 0.09, 20],
    [0.2, 0.1, 0.08, 0.05, 70],
    [-0.18, 0.12, 0.07, 0.05, -30],
    [0.1, -0.16, 0.06, 0.04, 45],
    [-0.25, -0.1, 0.05, 0.03, 10],
  ];
  for (const [x, z, a, c, rot] of pieces) b.block(x - a / 2, 0, z - c / 2, x + a / 2, 0.012, z + c / 2, plate, { rot: [rot, 0, 0] });
  b.ellipsoid([0.02, 0.01, 0.05], [0.14, 0.02, 0.09], '#c98a3c');
  b.ellipsoid([-0.1, 0.01, -0.05], [0.06, 0.02, 0.05], '#e8792e');
  b.ellipsoid([0.15, 0.01, -0.05], [0.05, 0.015, 0.04], '#7a9a4a');
  b.anchor([0, 0.03, 0]);
};

// ─── plaid ──────────────────────────────────────────────────────────────────────────────────
/**
 * A blanket over the lap of a seated person: place it at the same x, z, facing and rotation as
 * the persoon. Options: seatHeight (0.46, as the persoon), color.
 */
export const plaid: ItemBuilder = (b, p) => {
  const h = p.num('seatHeight', 0.46);
  const cloth = p.mat('color', { color: '#9a5a6a', color2: '#7a3f50', pattern: 'check', scale: 0.1 });
  const top = h + 0.17;
  // Over the thighs, rounded over the knees, then hanging down in front of the shins.
  b.block(-0.24, top - 0.04, -0.06, 0.24, top, 0.5, cloth, { rot: [0, -3, 0] });
  b.capsule([-0.24, top - 0.035, 0.51], [0.24, top - 0.035, 0.51], 0.042, cloth);
  b.block(-0.24, 0.2, 0.51, 0.24, top - 0.04, 0.55, cloth);
  b.capsule([-0.24, 0.2, 0.53], [0.24, 0.2, 0.53], 0.022, cloth);
  for (const x of [-1, 1]) b.block(x * 0.22, top - 0.16, -0.02, x * 0.255, top - 0.01, 0.52, cloth);
  b.anchor([0, top, 0.2]);
};
