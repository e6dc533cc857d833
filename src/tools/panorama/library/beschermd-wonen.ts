/**
 * Items for the scenario ggz/beschermd-wonen (a resident's own studio, the team office):
 * bed-bewoner, boekenkast, gitaar, notitieboek. (For an empty bed, a rug or a floor lamp use eenpersoonsbed,
 * vloerkleed and staande-lamp from wonen.ts.) Each item is one function; see
 * parts.ts for the local frame (front = +z, metres).
 */
import { head, readLook } from './people.ts';
import { TONE, type ItemBuilder } from './parts.ts';

// ─── bed-bewoner ─────────────────────────────────────────────────────────────────────────────
/**
 * An ordinary single bed (not a care bed) with a resident in it: head board at the back (−z),
 * duvet and pillow.
 * Options: width (0.9), length (2.0), frame, duvet, sheet, pillow, made (true = duvet smooth,
 * false = rumpled), occupant { pose "liggend" (head on the pillow) | "verstopt" (duvet pulled
 * over the head), turned "links" (face towards −x, the default) | "rechts", top, skin, hair,
 * hairStyle }.
 */
export const bedBewoner: ItemBuilder = (b, p) => {
  const w = p.num('width', 0.9) / 2,
    l = p.num('length', 2.0) / 2;
  const frame = p.mat('frame', TONE.oak);
  const duvet = p.mat('duvet', { color: '#5f7f9e', pattern: 'fabric' });
  const sheet = p.mat('sheet', { color: '#f1efe9', pattern: 'fabric' });
  const pillow = p.mat('pillow', sheet);
  const mt = 0.5; // top of the mattress
  // Frame: side rails, legs, a head board and a low foot board.
  b.block(-w - 0.03, 0.12, -l, w + 0.03, 0.3, l, frame);
  for (const x of [-w, w]) for (const z of [-l + 0.04, l - 0.04]) b.block(x - 0.02, 0, z - 0.02, x + 0.02, 0.12, z + 0.02, frame);
  b.block(-w - 0.03, 0.12, -l - 0.04, w + 0.03, 0.95, -l, frame);
  b.block(-w - 0.03, 0.12, l, w + 0.03, 0.42, l + 0.03, frame);
  b.block(-w, 0.3, -l, w, mt - 0.02, l, sheet);
  b.ellipsoid([0, mt + 0.04, -l + 0.25], [w * 0.7, 0.07, 0.17], pillow);
  const occ = p.sub('occupant');
  const pose = occ ? occ.str('pose', 'liggend', ['liggend', 'verstopt'] as const) : null;
  const made = p.bool('made', true);
  // The duvet: a slab from the foot up to the chest (or over everything), draping down the sides.
  const dTop = pose === 'verstopt' ? -l + 0.06 : pose === 'liggend' ? -l + 0.48 : -l + (made ? 0.55 : 0.7);
  b.block(-w - 0.02, mt - 0.02, dTop, w + 0.02, mt + 0.04, l + 0.02, duvet);
  for (const x of [-1, 1]) b.block(x * (w + 0.005), mt - 0.25, dTop, x * (w + 0.03), mt + 0.04, l + 0.03, duvet);
  b.block(-w - 0.02, mt - 0.25, l + 0.005, w + 0.02, mt + 0.04, l + 0.035, duvet);
  if (!made && !occ) {
    b.ellipsoid([-0.1, mt + 0.06, dTop + 0.15], [w * 0.8, 0.07, 0.2], duvet, { rot: [20, 0, 0] });
    b.ellipsoid([0.15, mt + 0.05, 0.2], [w * 0.6, 0.05, 0.3], duvet, { rot: [-15, 0, 0] });
  }
  if (occ) {
    const look = readLook(occ);
    // A body curled on its side under the duvet: hips, shoulders, knees.
    b.ellipsoid([0.0, mt + 0.05, -l + 1.05], [w * 0.62, 0.1, 0.62], duvet);
    b.ellipsoid([0.04, mt + 0.08, -l + 1.0], [w * 0.5, 0.1, 0.22], duvet);
    if (pose === 'verstopt') {
      // Duvet pulled up over the head: only a bump on the pillow and a tuft of hair.
      b.ellipsoid([0.02, mt + 0.12, -l + 0.32], [0.16, 0.13, 0.17], duvet);
      b.ellipsoid([0.02, mt + 0.08, -l + 0.16], [0.08, 0.05, 0.05], look.hair);
    } else {
      const top = occ.mat('top', { color: '#9a6f8a', pattern: 'fabric' });
      b.ellipsoid([0.0, mt + 0.1, -l + 0.55], [0.2, 0.1, 0.09], top);
      // Lying on one side, the head on the pillow, the face to one side.
      const right = occ.str('turned', 'links', ['links', 'rechts'] as const) === 'rechts';
      b.within([0.0, mt + 0.15, -l + 0.3], right ? [-90, 0, -90] : [90, 0, 90], () => head(b, [0, 0, 0], 1, look, 0));
      b.anchor([0.0, mt + 0.2, -l + 0.3], 'hoofd');
    }
    b.anchor([0, mt + 0.2, -l + 0.6]);
  } else b.anchor([0, mt + 0.1, 0]);
};

// ─── boekenkast ─────────────────────────────────────────────────────────────────────────────
/**
 * Open bookcase with books, binders or games. Floor item against a wall. Options: width (0.8),
 * height (1.8), color, shelves (4), fill "boeken" | "ordners" (binders, for an office).
 */
export const boekenkast: ItemBuilder = (b, p) => {
  const w = p.num('width', 0.8) / 2,
    h = p.num('height', 1.8);
  const wood = p.mat('color', { color: '#e9e4da', pattern: 'wood' });
  const shelves = Math.max(1, Math.round(p.num('shelves', 4)));
  const fill = p.str('fill', 'boeken', ['boeken', 'ordners'] as const);
  const d = 0.32;
  b.block(-w, 0, -d / 2, w, h, -d / 2 + 0.015, wood);
  for (const x of [-w, w - 0.02]) b.block(x, 0, -d / 2, x + 0.02, h, d / 2, wood);
  const gap = (h - 0.06) / shelves;
  const binderCols = ['#3a6ea5', '#3a6ea5', '#c8463f', '#3a6ea5', '#e0b340', '#4e8a5a', '#3a6ea5'];
  const bookCols = ['#8a3b36', '#2f5d7c', '#d9b45a', '#4f7a4a', '#e6e1d3', '#6b4f7a', '#c9703e', '#30343c'];
  for (let s = 0; s <= shelves; s++) {
    const y = 0.04 + s * gap;
    b.block(-w + 0.02, y - 0.02, -d / 2, w - 0.02, y, d / 2, wood);
    if (s === shelves) break;
    let x = -w + 0.04;
    let i = 0;
    while (x < w - 0.1) {
      const k = (s * 7 + i * 3) % 8;
      const bw = fill === 'ordners' ? 0.075 : 0.025 + 0.02 * ((k * 5) % 3);
      const bh = fill === 'ordners' ? Math.min(gap - 0.04, 0.31) : Math.min(gap - 0.04, 0.18 + 0.03 * (k % 3));
      if (fill === 'boeken' && i % 9 === 8) {
        x += 0.08; // a gap, as on a real shelf
        i++;
        continue;
      }
      const col = fill === 'ordners' ? binderCols[(s + i) % binderCols.length]! : bookCols[k]!;
      b.block(x, y, -d / 2 + 0.03, x + bw - 0.004, y + bh, d / 2 - 0.04, col);
      if (fill === 'ordners') b.cylinder([x + bw / 2, y + bh * 0.25, d / 2 - 0.04], [x + bw / 2, y + bh * 0.25, d / 2 - 0.035], 0.012, TONE.offWhite);
      x += bw;
      i++;
    }
  }
  b.anchor([0, h * 0.6, d / 2]);
};

// ─── gitaar ─────────────────────────────────────────────────────────────────────────────────
/** Acoustic guitar standing on the floor, leaning back against a wall. Options: color. */
export const gitaar: ItemBuilder = (b, p) => {
  const body = p.mat('color', { color: '#c98a4b', pattern: 'wood' });
  b.within([0, 0, 0.12], [0, -14, 0], () => {
    b.ellipsoid([0, 0.22, 0], [0.19, 0.2, 0.05], body);
    b.ellipsoid([0, 0.48, 0], [0.15, 0.15, 0.05], body);
    b.cylinder([0, 0.4, 0.04], [0, 0.4, 0.052], 0.045, TONE.black);
    b.block(-0.025, 0.58, -0.01, 0.025, 1.02, 0.03, TONE.walnut);
    b.block(-0.04, 1.02, -0.015, 0.04, 1.13, 0.025, TONE.walnut);
    b.block(-0.05, 0.16, 0.04, 0.05, 0.18, 0.055, TONE.walnut);
  });
  b.anchor([0, 0.45, 0.1]);
};

// ─── notitieboek ────────────────────────────────────────────────────────────────────────────
/** An open notebook with a pen, e.g. a resident's plan on a table: lift it with "y". Options: color (cover). */
export const notitieboek: ItemBuilder = (b, p) => {
  const cover = p.mat('color', '#3f6f8c');
  b.block(-0.17, 0, -0.12, 0.17, 0.006, 0.12, cover);
  b.block(-0.165, 0.006, -0.115, -0.004, 0.014, 0.115, TONE.white, { rot: [0, 0, 2] });
  b.block(0.004, 0.006, -0.115, 0.165, 0.014, 0.115, TONE.white, { rot: [0, 0, -2] });
  for (let i = 0; i < 6; i++) {
    const z = -0.08 + i * 0.03;
    b.block(-0.15, 0.0145, z, -0.15 + 0.08 + 0.04 * ((i * 3) % 2), 0.0155, z + 0.004, '#5a6f9a');
    if (i < 4) b.block(0.02, 0.0145, z, 0.02 + 0.06 + (0.05 * ((i * 5) % 3)) / 2, 0.0155, z + 0.004, '#5a6f9a');
  }
  b.capsule([0.08, 0.025, 0.1], [0.22, 0.025, 0.03], 0.006, '#c8463f');
  b.anchor([0, 0.02, 0]);
};
