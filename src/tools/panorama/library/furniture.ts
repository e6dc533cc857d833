/**
 * Furniture: nachtkastje, keukentafel, stoel, fauteuil, bank, bureau, kast, wieg, aanrecht.
 * Each item is one function; see parts.ts for the local frame (front = +z, metres).
 */
import { TONE, type ItemBuilder } from './parts.ts';

// ─── nachtkastje ────────────────────────────────────────────────────────────────────────────
/** Bedside cabinet with a drawer, a glass of water and a photo frame. Options: color, things. */
export const nachtkastje: ItemBuilder = (b, p) => {
  const wood = p.mat('color', TONE.beech);
  b.block(-0.22, 0.06, -0.22, 0.22, 0.7, 0.2, wood);
  b.block(-0.23, 0.7, -0.23, 0.23, 0.73, 0.22, wood);
  b.block(-0.2, 0.0, -0.2, 0.2, 0.06, 0.18, TONE.darkGrey);
  b.block(-0.2, 0.52, 0.2, 0.2, 0.53, 0.205, '#9b7d58');
  b.block(-0.06, 0.6, 0.2, 0.06, 0.615, 0.23, TONE.grey);
  b.block(-0.06, 0.4, 0.2, 0.06, 0.415, 0.23, TONE.grey);
  if (p.bool('things', true)) {
    b.cylinder([0.1, 0.73, 0.05], [0.1, 0.84, 0.05], 0.035, { color: '#d9e6ea' }, { shadow: true });
    b.block(-0.14, 0.73, -0.12, 0.0, 0.9, -0.1, '#3b3b3b', { rot: [15, -8, 0] });
    b.block(-0.125, 0.745, -0.1, -0.015, 0.885, -0.097, '#c99f78', { rot: [15, -8, 0] });
  }
  b.anchor([0, 0.8, 0]);
};

// ─── keukentafel ────────────────────────────────────────────────────────────────────────────
/**
 * Dining table. Options: width (1.6, along x), depth (0.9), color, cloth (a table-cloth
 * material), setting (true = cups, plates and a coffee pot for a shared breakfast).
 */
export const keukentafel: ItemBuilder = (b, p) => {
  const w = p.num('width', 1.6) / 2,
    d = p.num('depth', 0.9) / 2;
  const wood = p.mat('color', TONE.oak);
  b.block(-w, 0.72, -d, w, 0.76, d, wood);
  for (const x of [-w + 0.06, w - 0.06]) for (const z of [-d + 0.06, d - 0.06]) b.block(x - 0.03, 0, z - 0.03, x + 0.03, 0.72, z + 0.03, wood);
  const cloth = p.mat('cloth', '#000000');
  if (cloth !== '#000000') b.block(-w + 0.2, 0.76, -d + 0.1, w - 0.2, 0.765, d - 0.1, cloth);
  if (p.bool('setting', false)) {
    const n = Math.max(1, Math.round((w * 2) / 0.6));
    for (let i = 0; i < n; i++) {
      const x = -w + (i + 0.5) * ((2 * w) / n);
      for (const z of [-d + 0.2, d - 0.2]) {
        b.cylinder([x, 0.765, z], [x, 0.775, z], 0.11, TONE.white);
        b.cylinder([x + 0.16, 0.765, z], [x + 0.16, 0.85, z], 0.04, i % 2 ? '#d96c4f' : '#e8e4d8');
      }
    }
    b.cylinder([0, 0.765, 0], [0, 0.98, 0], 0.07, '#3a3d42');
    b.block(-0.3, 0.765, -0.06, -0.12, 0.82, 0.06, '#c58b4a');
  }
  b.anchor([0, 0.8, 0]);
};

// ─── stoel ──────────────────────────────────────────────────────────────────────────────────
/** Dining chair (seat 0.46 high), front +z. Options: color (wood), seat (cushion material). */
export const stoel: ItemBuilder = (b, p) => {
  const wood = p.mat('color', TONE.oak);
  const seat = p.mat('seat', { color: '#6d8a5e', pattern: 'fabric' });
  b.block(-0.22, 0.42, -0.2, 0.22, 0.46, 0.22, wood);
  b.block(-0.2, 0.46, -0.18, 0.2, 0.5, 0.2, seat);
  for (const x of [-0.19, 0.19]) {
    b.block(x - 0.02, 0, 0.17, x + 0.02, 0.42, 0.21, wood);
    b.block(x - 0.02, 0, -0.21, x + 0.02, 0.92, -0.17, wood);
  }
  b.block(-0.2, 0.62, -0.215, 0.2, 0.88, -0.19, seat);
  b.anchor([0, 0.6, 0]);
};

// ─── fauteuil ───────────────────────────────────────────────────────────────────────────────
/** Upholstered armchair, front +z. Options: color (fabric), legs, width (0.8). */
export const fauteuil: ItemBuilder = (b, p) => {
  const fabric = p.mat('color', { color: '#8a6f9e', pattern: 'fabric' });
  const legs = p.mat('legs', TONE.walnut);
  const w = p.num('width', 0.8) / 2;
  for (const x of [-w + 0.05, w - 0.05]) for (const z of [-0.33, 0.33]) b.block(x - 0.025, 0, z - 0.025, x + 0.025, 0.12, z + 0.025, legs);
  b.block(-w, 0.12, -0.38, w, 0.36, 0.38, fabric);
  b.block(-w + 0.12, 0.36, -0.26, w - 0.12, 0.46, 0.37, fabric);
  b.block(-w, 0.36, -0.42, w, 1.02, -0.24, fabric, { rot: [0, -8, 0] });
  for (const x of [-1, 1]) b.block(x * w - x * 0.12, 0.36, -0.36, x * w, 0.64, 0.38, fabric);
  b.anchor([0, 0.6, 0]);
};

// ─── bank ───────────────────────────────────────────────────────────────────────────────────
/** Sofa, front +z. Options: width (1.9), color. */
export const bank: ItemBuilder = (b, p) => {
  const fabric = p.mat('color', { color: '#6b7f8f', pattern: 'fabric' });
  const w = p.num('width', 1.9) / 2;
  for (const x of [-w + 0.06, w - 0.06]) for (const z of [-0.36, 0.36]) b.block(x - 0.025, 0, z - 0.025, x + 0.025, 0.1, z + 0.025, TONE.walnut);
  b.block(-w, 0.1, -0.42, w, 0.36, 0.42, fabric);
  const seats = Math.max(2, Math.round((2 * w - 0.3) / 0.6));
  const sw = (2 * w - 0.3) / seats;
  for (let i = 0; i < seats; i++) b.block(-w + 0.15 + i * sw + 0.005, 0.36, -0.28, -w + 0.15 + (i + 1) * sw - 0.005, 0.46, 0.41, fabric);
  b.block(-w, 0.36, -0.44, w, 0.9, -0.26, fabric, { rot: [0, -6, 0] });
  for (const x of [-1, 1]) b.block(x * w - x * 0.15, 0.36, -0.4, x * w, 0.62, 0.42, fabric);
  b.anchor([0, 0.6, 0]);
};

// ─── bureau ─────────────────────────────────────────────────────────────────────────────────
/** Desk with a drawer block; options: width (1.4), color, computer (true = screen + keyboard). */
export const bureau: ItemBuilder = (b, p) => {
  const w = p.num('width', 1.4) / 2;
  const top = p.mat('color', { color: '#e8e2d6', pattern: 'wood' });
  b.block(-w, 0.72, -0.35, w, 0.75, 0.35, top);
  for (const x of [-w + 0.04]) for (const z of [-0.3, 0.3]) b.block(x - 0.025, 0, z - 0.025, x + 0.025, 0.72, z + 0.025, TONE.grey);
  b.block(w - 0.45, 0, -0.32, w - 0.02, 0.72, 0.32, TONE.lightGrey);
  for (let i = 0; i < 3; i++) b.block(w - 0.43, 0.05 + i * 0.22, 0.32, w - 0.04, 0.24 + i * 0.22, 0.33, TONE.offWhite);
  if (p.bool('computer', true)) {
    b.block(-0.04, 0.75, -0.2, 0.04, 0.95, -0.16, TONE.darkGrey);
    b.block(-0.3, 0.9, -0.19, 0.3, 1.25, -0.16, TONE.black);
    b.block(-0.28, 0.92, -0.158, 0.28, 1.23, -0.155, { color: '#9cc0e0', emissive: 0.7 }, { shadow: false });
    b.block(-0.22, 0.75, 0.0, 0.22, 0.765, 0.15, TONE.darkGrey);
  }
  b.anchor([0, 1.0, 0]);
};

// ─── kast ───────────────────────────────────────────────────────────────────────────────────
/** Wardrobe / cupboard with doors. Options: width (1.0), height (2.0), depth (0.6), color, doors. */
export const kast: ItemBuilder = (b, p) => {
  const w = p.num('width', 1.0) / 2,
    h = p.num('height', 2.0),
    d = p.num('depth', 0.6);
  const wood = p.mat('color', { color: '#e4dccb', pattern: 'wood' });
  const doors = Math.max(1, Math.round(p.num('doors', 2)));
  b.block(-w, 0.08, -d / 2, w, h, d / 2, wood);
  b.block(-w + 0.02, 0, -d / 2 + 0.02, w - 0.02, 0.08, d / 2 - 0.04, TONE.darkGrey);
  const dw = (2 * w) / doors;
  for (let i = 0; i < doors; i++) {
    const x0 = -w + i * dw;
    b.block(x0 + 0.004, 0.1, d / 2, x0 + dw - 0.004, h - 0.02, d / 2 + 0.018, wood);
    const hx = i % 2 === 0 ? x0 + dw - 0.06 : x0 + 0.06;
    b.capsule([hx, h * 0.48, d / 2 + 0.035], [hx, h * 0.48 + 0.16, d / 2 + 0.035], 0.01, TONE.steel);
  }
  b.anchor([0, h * 0.55, d / 2]);
};

// ─── wieg ───────────────────────────────────────────────────────────────────────────────────
/** Baby crib (bassinet on a stand). Options: color, blanket. */
export const wieg: ItemBuilder = (b, p) => {
  const wood = p.mat('color', TONE.white);
  const blanket = p.mat('blanket', { color: '#f4d3dc', pattern: 'fabric' });
  for (const x of [-0.4, 0.4]) {
    b.capsule([x, 0, -0.22], [x, 0.5, 0], 0.02, wood);
    b.capsule([x, 0, 0.22], [x, 0.5, 0], 0.02, wood);
  }
  b.block(-0.42, 0.5, -0.25, 0.42, 0.54, 0.25, wood);
  for (const z of [-0.25, 0.25]) b.block(-0.42, 0.54, z - 0.015, 0.42, 0.85, z + 0.015, wood);
  for (const x of [-0.42, 0.42]) b.block(x - 0.015, 0.54, -0.25, x + 0.015, 0.88, 0.25, wood);
  b.block(-0.4, 0.54, -0.23, 0.4, 0.64, 0.23, blanket);
  b.anchor([0, 0.75, 0]);
};

// ─── aanrecht ───────────────────────────────────────────────────────────────────────────────
/** Kitchen counter with cupboards, a sink, a kettle and wall cabinets. Options: width (2.4), color, top. */
export const aanrecht: ItemBuilder = (b, p) => {
  const w = p.num('width', 2.4) / 2;
  const front = p.mat('color', { color: '#dfe5e2' });
  const top = p.mat('top', { color: '#7a7268', pattern: 'speckle', color2: '#3f3a35' });
  b.block(-w, 0.1, -0.3, w, 0.88, 0.28, front);
  b.block(-w, 0, -0.3, w, 0.1, 0.25, TONE.darkGrey);
  b.block(-w - 0.01, 0.88, -0.31, w + 0.01, 0.92, 0.31, top);
  const n = Math.max(2, Math.round((2 * w) / 0.6));
  const cw = (2 * w) / n;
  for (let i = 0; i < n; i++) {
    b.block(-w + i * cw + 0.004, 0.12, 0.28, -w + (i + 1) * cw - 0.004, 0.86, 0.295, front);
    b.block(-w + i * cw + 0.1, 0.8, 0.295, -w + (i + 1) * cw - 0.1, 0.81, 0.31, TONE.grey);
    // Wall cabinets above.
    b.block(-w + i * cw + 0.004, 1.5, -0.3, -w + (i + 1) * cw - 0.004, 2.2, 0.05, front);
    b.block(-w + i * cw + 0.1, 1.53, 0.05, -w + (i + 1) * cw - 0.1, 1.54, 0.065, TONE.grey);
  }
  b.block(-0.25, 0.905, -0.2, 0.25, 0.925, 0.18, TONE.steel);
  b.capsule([0, 0.92, -0.24], [0, 1.15, -0.24], 0.015, TONE.steel);
  b.capsule([0, 1.15, -0.24], [0, 1.15, -0.1], 0.013, TONE.steel);
  b.cylinder([w - 0.35, 0.92, -0.05], [w - 0.35, 1.12, -0.05], 0.08, TONE.white);
  b.block(-w + 0.2, 0.92, -0.25, -w + 0.5, 1.2, 0.0, TONE.darkGrey);
  b.anchor([0, 1.0, 0.1]);
};
