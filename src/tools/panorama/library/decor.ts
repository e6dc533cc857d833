/**
 * Things on and along the walls, and small decor: tv, plant, schilderij, gordijn, klok, leuning,
 * prikbord, wasbak. Wall items have their origin at their centre (set the height with "y");
 * floor items at the floor. See parts.ts for the local frame.
 */
import { hash2, type Vec3 } from '../math.ts';
import { TONE, type ItemBuilder } from './parts.ts';

// ─── tv ─────────────────────────────────────────────────────────────────────────────────────
/**
 * Flat screen. Options: size (diagonal in metres, 1.1), on (false), screen (colour when on),
 * stand (true = on a low cabinet, origin on the floor; false = on the wall, origin at its centre).
 */
export const tv: ItemBuilder = (b, p) => {
  const diag = p.num('size', 1.1);
  const w = diag * 0.87,
    h = diag * 0.49;
  const stand = p.bool('stand', false);
  const cy = stand ? 0.55 + 0.08 + h / 2 : 0;
  if (stand) {
    b.block(-0.7, 0.05, -0.2, 0.7, 0.5, 0.2, p.mat('cabinet', TONE.walnut));
    b.block(-0.68, 0, -0.18, 0.68, 0.05, 0.18, TONE.darkGrey);
    b.block(-0.15, 0.5, -0.1, 0.15, 0.52, 0.05, TONE.darkGrey);
    b.block(-0.03, 0.52, -0.05, 0.03, cy - h / 2 + 0.05, -0.02, TONE.darkGrey);
  }
  b.block(-w / 2, cy - h / 2, -0.03, w / 2, cy + h / 2, 0.02, TONE.black);
  const screen = p.bool('on', false) ? { color: p.mat('screen', '#6f9cc4') as string, emissive: 1.2 } : { color: '#18191b' };
  b.block(-w / 2 + 0.012, cy - h / 2 + 0.012, 0.02, w / 2 - 0.012, cy + h / 2 - 0.012, 0.024, screen, { shadow: false });
  b.anchor([0, cy, 0.03]);
};

// ─── plant ──────────────────────────────────────────────────────────────────────────────────
/** Potted plant. Options: height (0.9), pot, leaves. */
export const plant: ItemBuilder = (b, p) => {
  const h = p.num('height', 0.9);
  const pot = p.mat('pot', '#b8673f');
  const leaves = p.mat('leaves', '#4f7f3a');
  const dark = p.mat('leavesDark', '#3a6530');
  // Small plants (on a window sill) get a small pot and small leaves.
  const k = Math.min(1.3, Math.max(0.45, h / 0.9));
  const potH = 0.3 * k,
    potR = 0.15 * k;
  b.cylinder([0, 0, 0], [0, potH, 0], potR, pot);
  b.cylinder([0, potH - 0.02 * k, 0], [0, potH + 0.02 * k, 0], potR * 1.1, pot);
  b.cylinder([0, potH, 0], [0, potH + 0.01, 0], potR * 0.93, '#3b2a1e');
  const n = 11;
  for (let i = 0; i < n; i++) {
    // Leaves fan out on a deterministic spiral.
    const a = i * 2.39996,
      r = (0.08 + 0.16 * hash2(i, 1, 77)) * k;
    const y = potH + 0.05 + (h - potH - 0.15 * k) * (0.25 + 0.75 * hash2(i, 2, 77));
    const c: Vec3 = [Math.cos(a) * r, y, Math.sin(a) * r];
    b.ellipsoid(c, [0.13 * k, 0.05 * k, 0.07 * k], i % 3 ? leaves : dark, { rot: [(a * 180) / Math.PI, 0, 25 - 50 * hash2(i, 3, 77)] });
    b.capsule([0, potH, 0], c, 0.008, dark);
  }
  b.anchor([0, h * 0.7, 0]);
};

// ─── schilderij ─────────────────────────────────────────────────────────────────────────────
/** Framed picture on a wall. Options: width (0.6), height (0.45), frame, motif "landschap" | "bloemen" | "zee". */
export const schilderij: ItemBuilder = (b, p) => {
  const w = p.num('width', 0.6) / 2,
    h = p.num('height', 0.45) / 2;
  const frame = p.mat('frame', TONE.walnut);
  const motif = p.str('motif', 'landschap', ['landschap', 'bloemen', 'zee'] as const);
  const f = 0.035;
  b.block(-w, -h, -0.02, w, h, 0.0, '#efe9dc');
  b.block(-w, h - f, -0.02, w, h, 0.02, frame);
  b.block(-w, -h, -0.02, w, -h + f, 0.02, frame);
  b.block(-w, -h, -0.02, -w + f, h, 0.02, frame);
  b.block(w - f, -h, -0.02, w, h, 0.02, frame);
  const iw = w - f - 0.03,
    ih = h - f - 0.03;
  const z0 = 0.0,
    z1 = 0.003;
  if (motif === 'bloemen') {
    b.block(-iw, -ih, z0, iw, ih, z1, '#e9dfc6');
    b.block(-0.04 * w, -ih, z1, 0.04 * w, -ih * 0.2, z1 + 0.002, '#6f8fa0');
    const colours = ['#c8464a', '#e3b23c', '#b45a9a', '#e07a3c', '#d0504f'];
    for (let i = 0; i < 5; i++) b.ellipsoid([(i - 2) * iw * 0.28, ih * (0.05 + 0.35 * hash2(i, 9, 5)), z1], [iw * 0.14, iw * 0.14, 0.004], colours[i]!);
  } else {
    const sky = motif === 'zee' ? '#a9c9de' : '#b8d3e4';
    b.block(-iw, -ih * 0.1, z0, iw, ih, z1, sky);
    b.block(-iw, -ih, z0, iw, -ih * 0.1, z1, motif === 'zee' ? '#3f6f93' : '#7fa05a');
    if (motif === 'landschap') {
      b.block(-iw, -ih * 0.2, z1, iw * 0.2, -ih * 0.05, z1 + 0.002, '#5c7f45');
      b.ellipsoid([iw * 0.45, ih * 0.15, z1], [iw * 0.18, ih * 0.35, 0.004], '#3f6335');
      b.block(-iw, -ih, z1, iw, -ih * 0.75, z1 + 0.002, '#c9b27a');
    } else b.block(-iw, -ih * 0.2, z1, iw, -ih * 0.1, z1 + 0.002, '#e8eef0');
    b.ellipsoid([-iw * 0.55, ih * 0.6, z1], [iw * 0.1, iw * 0.1, 0.004], '#f2d36b');
  }
  b.anchor([0, 0, 0.02]);
};

// ─── gordijn ────────────────────────────────────────────────────────────────────────────────
/** A gathered curtain hanging from a rail; origin on the floor. Options: width (0.5), top (2.4), bottom (0.05), color. */
export const gordijn: ItemBuilder = (b, p) => {
  const w = p.num('width', 0.5),
    top = p.num('top', 2.4),
    bottom = p.num('bottom', 0.05);
  const cloth = p.mat('color', { color: '#c9b98f', pattern: 'fabric' });
  const n = Math.max(3, Math.round(w / 0.09));
  const step = w / n;
  for (let i = 0; i < n; i++) {
    const x = -w / 2 + (i + 0.5) * step;
    // Alternating folds: round bulges in and out of the wall plane.
    const z = i % 2 ? 0.03 : 0.06;
    const r = step * 0.7;
    b.capsule([x, bottom + r, z], [x, top - r, z], r, cloth);
  }
  b.capsule([-w / 2 - 0.1, top + 0.03, 0.04], [w / 2 + 0.1, top + 0.03, 0.04], 0.012, TONE.grey);
  b.anchor([0, (top + bottom) / 2, 0.06]);
};

// ─── klok ───────────────────────────────────────────────────────────────────────────────────
/** Round wall clock. Options: time ("7:15"), size (diameter 0.32), rim. */
export const klok: ItemBuilder = (b, p) => {
  const r = p.num('size', 0.32) / 2;
  const [hh, mm] = p.str('time', '7:15').split(':').map(Number) as [number, number];
  b.cylinder([0, 0, -0.04], [0, 0, 0.0], r, p.mat('rim', TONE.darkGrey));
  b.cylinder([0, 0, -0.01], [0, 0, 0.004], r * 0.9, TONE.white);
  for (let i = 0; i < 12; i++) {
    b.within([0, 0, 0.004], [0, 0, -i * 30], () => b.block(-0.006, r * 0.72, 0, 0.006, r * 0.84, 0.002, TONE.black));
  }
  const hourAngle = ((hh % 12) + mm / 60) * 30,
    minuteAngle = mm * 6;
  b.within([0, 0, 0.006], [0, 0, -hourAngle], () => b.block(-0.008, -0.02, 0, 0.008, r * 0.5, 0.003, TONE.black));
  b.within([0, 0, 0.009], [0, 0, -minuteAngle], () => b.block(-0.005, -0.02, 0, 0.005, r * 0.78, 0.003, TONE.black));
  b.cylinder([0, 0, 0.004], [0, 0, 0.014], 0.01, TONE.black);
  b.anchor([0, 0, 0.01]);
};

// ─── leuning ────────────────────────────────────────────────────────────────────────────────
/** Handrail along a wall (corridors); origin on the floor. Options: length (3), height (0.9), color. */
export const leuning: ItemBuilder = (b, p) => {
  const l = p.num('length', 3) / 2,
    h = p.num('height', 0.9);
  const wood = p.mat('color', TONE.beech);
  b.capsule([-l, h, 0.07], [l, h, 0.07], 0.025, wood);
  for (const x of [-l, l]) b.capsule([x, h, 0.07], [x, h, 0.0], 0.022, wood);
  const brackets = Math.max(2, Math.round((2 * l) / 1.2) + 1);
  for (let i = 0; i < brackets; i++) {
    const x = -l + 0.1 + ((2 * l - 0.2) * i) / (brackets - 1);
    b.capsule([x, h - 0.06, 0.0], [x, h - 0.02, 0.07], 0.008, TONE.steel);
  }
  b.anchor([0, h, 0.07]);
};

// ─── prikbord ───────────────────────────────────────────────────────────────────────────────
/** Notice board with papers (the team's rota, news). Options: width (0.9), height (0.6), frame. */
export const prikbord: ItemBuilder = (b, p) => {
  const w = p.num('width', 0.9) / 2,
    h = p.num('height', 0.6) / 2;
  b.block(-w, -h, -0.02, w, h, 0.0, { color: '#b8946a', pattern: 'speckle', color2: '#8a6a45', scale: 0.006 });
  const frame = p.mat('frame', TONE.lightGrey);
  b.block(-w - 0.02, h, -0.02, w + 0.02, h + 0.02, 0.01, frame);
  b.block(-w - 0.02, -h - 0.02, -0.02, w + 0.02, -h, 0.01, frame);
  b.block(-w - 0.02, -h, -0.02, -w, h, 0.01, frame);
  b.block(w, -h, -0.02, w + 0.02, h, 0.01, frame);
  const papers = ['#fbfbf7', '#fbfbf7', '#f4e58a', '#bfe0f4', '#fbfbf7', '#f6c6c6'];
  // A big rota sheet on the left (a grid of lines) and smaller notes on the right.
  b.block(-w + 0.05, -h + 0.06, 0.0, -w + 0.05 + w * 0.9, h - 0.05, 0.002, '#fbfbf7', { rot: [0, 0, 0] });
  for (let r = 0; r < 7; r++)
    b.block(-w + 0.07, h - 0.1 - r * ((2 * h - 0.2) / 7), 0.002, -w + 0.03 + w * 0.9, h - 0.105 - r * ((2 * h - 0.2) / 7), 0.003, '#7f93b0');
  for (let c = 0; c < 5; c++)
    b.block(-w + 0.1 + c * ((w * 0.9 - 0.08) / 5), -h + 0.08, 0.002, -w + 0.104 + c * ((w * 0.9 - 0.08) / 5), h - 0.08, 0.003, '#b7c0cc');
  for (let i = 0; i < 4; i++) {
    const x = w * 0.2 + (i % 2) * w * 0.38,
      y = h * 0.45 - Math.floor(i / 2) * h * 0.9;
    b.block(x, y - h * 0.35, 0.0, x + w * 0.32, y + h * 0.35, 0.002, papers[(i + 2) % papers.length]!, { rot: [0, 0, 4 - 8 * hash2(i, 4, 3)] });
  }
  b.anchor([-w * 0.3, 0, 0.01]);
};

// ─── wasbak ─────────────────────────────────────────────────────────────────────────────────
/** Wash basin with a mirror above, for a wall; origin on the floor. Options: mirror (true). */
export const wasbak: ItemBuilder = (b, p) => {
  b.block(-0.28, 0.72, -0.02, 0.28, 0.85, 0.42, TONE.white);
  b.block(-0.2, 0.84, 0.06, 0.2, 0.851, 0.36, TONE.lightGrey);
  b.capsule([0, 0.85, 0.02], [0, 0.98, 0.02], 0.014, TONE.steel);
  b.capsule([0, 0.98, 0.02], [0, 0.98, 0.14], 0.012, TONE.steel);
  b.cylinder([0, 0.4, 0.0], [0, 0.72, 0.0], 0.05, TONE.white);
  if (p.bool('mirror', true)) {
    b.block(-0.3, 1.05, -0.02, 0.3, 1.75, 0.0, TONE.grey);
    b.block(-0.28, 1.07, 0.0, 0.28, 1.73, 0.004, { color: '#a9b6bd', emissive: 0.25 });
  }
  b.anchor([0, 0.9, 0.2]);
};
