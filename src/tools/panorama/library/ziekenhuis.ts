/**
 * Hospital ward items: patientmonitor, infuuspaal, bedpaneel, gordijnrail, balie, werkstation,
 * bakjeskast, medicijnkoelkast, arts (a person in a white coat), bellamp. Each item is one function; see parts.ts
 * for the local frame (front = +z, metres).
 */
import { persoon } from './people.ts';
import { TONE, type ItemBuilder } from './parts.ts';

// ─── patientmonitor ─────────────────────────────────────────────────────────────────────────
/**
 * Vital-signs monitor (hartslag, bloeddruk, saturatie) on a wall arm; a wall item, origin at
 * the screen's centre (set "y" ≈ 1.7). Options: arm (true = a swivel arm to the wall, the screen
 * stands `reach` in front of it), reach (0.25), on (true), tilt (degrees, screen tilted down).
 */
export const patientmonitor: ItemBuilder = (b, p) => {
  const reach = p.num('reach', 0.25);
  const casing = p.mat('color', '#e4e7ea');
  if (p.bool('arm', true)) {
    b.block(-0.06, -0.1, 0, 0.06, 0.1, 0.03, TONE.grey);
    b.capsule([0, 0, 0.03], [0, -0.02, reach - 0.05], 0.025, TONE.lightGrey);
  }
  b.within([0, 0, p.bool('arm', true) ? reach : 0.06], [0, -p.num('tilt', 8), 0], () => {
    b.block(-0.2, -0.16, -0.06, 0.2, 0.16, 0.05, casing);
    b.block(-0.2, -0.16, -0.06, 0.2, -0.12, 0.055, TONE.grey);
    const on = p.bool('on', true);
    b.block(-0.18, -0.11, 0.05, 0.18, 0.145, 0.054, on ? { color: '#10161c', emissive: 0.25 } : '#18191b', { shadow: false });
    if (on) {
      // Curves on the left (ECG green, pleth blue, resp yellow), numbers on the right.
      const traces: [number, string][] = [
        [0.09, '#4fe07a'],
        [0.02, '#54c8f0'],
        [-0.05, '#f2d64b'],
      ];
      for (const [y, c] of traces) {
        for (let i = 0; i < 8; i++) {
          const x0 = -0.165 + i * 0.027;
          const peak = i % 3 === 1 ? 0.022 : 0.004;
          b.capsule([x0, y, 0.056], [x0 + 0.013, y + peak, 0.056], 0.0025, { color: c, emissive: 2.2 }, { shadow: false });
          b.capsule([x0 + 0.013, y + peak, 0.056], [x0 + 0.027, y, 0.056], 0.0025, { color: c, emissive: 2.2 }, { shadow: false });
        }
      }
      for (const [y, c, w] of [
        [0.085, '#4fe07a', 0.07],
        [0.015, '#54c8f0', 0.06],
        [-0.055, '#f2d64b', 0.045],
        [-0.095, '#f0f0f0', 0.08],
      ] as const) {
        b.block(0.075, y - 0.018, 0.055, 0.075 + w, y + 0.018, 0.057, { color: c, emissive: 1.6 }, { shadow: false });
      }
    }
    b.anchor([0, 0, 0.06]);
  });
};

// ─── infuuspaal ─────────────────────────────────────────────────────────────────────────────
/**
 * IV pole on castors with a drip bag and, optionally, an infusion pump. Floor item.
 * Options: pump (true), bags (1 or 2), line (true = a line runs down towards +z, to the bed).
 */
export const infuuspaal: ItemBuilder = (b, p) => {
  const steel = TONE.steel;
  for (let i = 0; i < 5; i++) {
    const a = (i / 5) * Math.PI * 2;
    const x = Math.cos(a) * 0.28,
      z = Math.sin(a) * 0.28;
    b.capsule([0, 0.09, 0], [x, 0.07, z], 0.014, steel);
    b.sphere([x, 0.035, z], 0.035, TONE.rubber);
  }
  b.cylinder([0, 0.06, 0], [0, 0.14, 0], 0.04, TONE.grey);
  b.capsule([0, 0.1, 0], [0, 1.95, 0], 0.013, steel);
  // Hooks at the top.
  for (const s of [-1, 1]) b.capsule([0, 1.93, 0], [s * 0.12, 1.96, 0], 0.007, steel);
  const bagMat = { color: '#e8f1f4', emissive: 0.05 };
  const bags = Math.max(1, Math.min(2, Math.round(p.num('bags', 1))));
  for (let i = 0; i < bags; i++) {
    const x = bags === 1 ? 0.12 : i ? 0.12 : -0.12;
    b.block(x - 0.06, 1.62, -0.015, x + 0.06, 1.92, 0.015, bagMat);
    b.block(x - 0.05, 1.63, 0.015, x + 0.05, 1.7, 0.017, i ? '#d9e8b8' : '#bfd9ef', { shadow: false });
    b.cylinder([x, 1.5, 0], [x, 1.6, 0], 0.012, '#f4f6f6');
    if (p.bool('line', true)) b.capsule([x, 1.5, 0], [x * 0.3, 1.12, 0.06], 0.003, '#eef2f2', { shadow: false });
  }
  if (p.bool('pump', true)) {
    // Volumetric pump clamped on the pole, its display to the front.
    b.block(-0.1, 1.0, 0.015, 0.1, 1.22, 0.14, '#f1f2ee');
    b.block(-0.1, 1.0, 0.0, 0.1, 1.02, 0.14, TONE.grey);
    b.block(-0.075, 1.13, 0.14, 0.075, 1.2, 0.143, { color: '#7fd0e8', emissive: 0.9 }, { shadow: false });
    for (let i = 0; i < 3; i++) b.block(-0.07 + i * 0.05, 1.04, 0.14, -0.04 + i * 0.05, 1.07, 0.145, i === 1 ? '#5aa86a' : TONE.grey);
    b.capsule([0, 1.0, 0.08], [0, 0.55, 0.35], 0.003, '#eef2f2', { shadow: false });
  }
  b.anchor([0, 1.5, 0]);
};

// ─── bedpaneel ──────────────────────────────────────────────────────────────────────────────
/**
 * The wall unit behind a hospital bed: a horizontal rail with oxygen and suction outlets, a
 * flow meter, a reading lamp and the call-bell socket. Wall item, origin at its centre (set
 * "y" ≈ 1.45). Options: width (1.4), color.
 */
export const bedpaneel: ItemBuilder = (b, p) => {
  const w = p.num('width', 1.4) / 2;
  const body = p.mat('color', '#eef0f1');
  b.block(-w, -0.11, 0, w, 0.11, 0.07, body);
  b.block(-w, 0.09, 0.07, w, 0.11, 0.075, '#b7c8d6');
  // Reading lamp strip along the top.
  b.block(-w + 0.1, 0.07, 0.07, -0.1, 0.1, 0.08, { color: '#fff6e6', emissive: 0.5 }, { shadow: false });
  // Oxygen (green) with a flow meter, air (black/white), suction (yellow) with a jar.
  b.cylinder([w - 0.15, 0, 0.07], [w - 0.15, 0, 0.1], 0.025, '#3e9a52');
  b.cylinder([w - 0.15, -0.02, 0.1], [w - 0.15, 0.12, 0.1], 0.017, { color: '#dfe9ee', emissive: 0.05 });
  b.sphere([w - 0.15, 0.05, 0.1], 0.012, '#3e9a52');
  b.cylinder([w - 0.3, 0, 0.07], [w - 0.3, 0, 0.1], 0.025, TONE.darkGrey);
  b.cylinder([w - 0.45, 0, 0.07], [w - 0.45, 0, 0.1], 0.025, '#e0c24a');
  b.cylinder([w - 0.45, -0.2, 0.11], [w - 0.45, -0.06, 0.11], 0.05, { color: '#e9eef0', emissive: 0.04 });
  // Sockets and the call-bell socket with its red button cable.
  for (let i = 0; i < 3; i++) b.block(-w + 0.12 + i * 0.09, -0.06, 0.07, -w + 0.19 + i * 0.09, 0.01, 0.075, TONE.white);
  b.block(-0.08, -0.05, 0.07, 0.0, 0.02, 0.076, '#d8dadc');
  b.sphere([-0.04, -0.015, 0.08], 0.012, '#c83a32');
  b.anchor([0, 0, 0.08]);
};

// ─── gordijnrail ────────────────────────────────────────────────────────────────────────────
/**
 * Privacy curtain on a ceiling track, e.g. between two hospital beds. Floor item; the track runs
 * along x over `length`. Options: length (2.2), top (height of the track, 2.55), drawn (0–1:
 * how much of the track the curtain covers, 0.3 = bunched up at the −x end), color, mesh
 * (colour of the open top band).
 */
export const gordijnrail: ItemBuilder = (b, p) => {
  const l = p.num('length', 2.2),
    top = p.num('top', 2.55);
  const drawn = Math.max(0.12, Math.min(1, p.num('drawn', 0.3)));
  const cloth = p.mat('color', { color: '#9ec3c8', pattern: 'fabric' });
  const mesh = p.mat('mesh', '#eef1f0');
  // Track and the hangers from the ceiling.
  b.block(-l / 2, top - 0.02, -0.02, l / 2, top + 0.02, 0.02, TONE.lightGrey);
  for (const x of [-l / 2 + 0.1, l / 2 - 0.1]) b.capsule([x, top, 0], [x, top + 0.3, 0], 0.008, TONE.lightGrey);
  const w = l * drawn;
  const x0 = -l / 2;
  const folds = Math.max(3, Math.round(w / (drawn < 0.5 ? 0.06 : 0.11)));
  const step = w / folds;
  const hem = 0.3,
    meshTop = top - 0.03,
    meshBottom = top - 0.45;
  for (let i = 0; i < folds; i++) {
    const x = x0 + (i + 0.5) * step;
    const z = i % 2 ? -0.03 : 0.03;
    const r = Math.min(0.05, step * 0.65);
    b.capsule([x, hem + r, z], [x, meshBottom - r * 0.5, z], r, cloth);
    b.capsule([x, meshBottom, z * 0.5], [x, meshTop, z * 0.5], r * 0.35, mesh);
  }
  b.anchor([x0 + w / 2, 1.4, 0]);
};

// ─── balie ──────────────────────────────────────────────────────────────────────────────────
/**
 * Nurses' station counter: a high counter towards visitors (+z) and a desk behind it (−z)
 * with screens facing the staff side. Options: width (2.4), color (front), top, screens (2),
 * flowers (false).
 */
export const balie: ItemBuilder = (b, p) => {
  const w = p.num('width', 2.4) / 2;
  const front = p.mat('color', { color: '#7da3bd', pattern: 'wood', scale: 0.6 });
  const top = p.mat('top', { color: '#ece8df', pattern: 'wood' });
  // Front panel and high counter top for visitors.
  b.block(-w, 0.05, 0.28, w, 1.06, 0.36, front);
  b.block(-w, 0.0, 0.26, w, 0.05, 0.34, TONE.darkGrey);
  b.block(-w - 0.02, 1.06, 0.18, w + 0.02, 1.1, 0.44, top);
  for (const x of [-w, w]) b.block(x - 0.02, 0.05, -0.35, x + 0.02, 1.06, 0.36, front);
  // Desk behind the counter at sitting height.
  b.block(-w, 0.72, -0.35, w, 0.75, 0.28, top);
  b.block(-w + 0.02, 0.0, -0.3, -w + 0.45, 0.72, 0.26, TONE.lightGrey);
  const screens = Math.max(0, Math.round(p.num('screens', 2)));
  for (let i = 0; i < screens; i++) {
    const x = screens === 1 ? 0 : -w * 0.55 + (i * (w * 1.1)) / (screens - 1);
    b.within([x, 0.75, 0.12], [180, 0, 0], () => {
      b.block(-0.04, 0, -0.05, 0.04, 0.18, -0.02, TONE.darkGrey);
      b.block(-0.26, 0.14, -0.03, 0.26, 0.46, 0.0, TONE.black);
      b.block(-0.245, 0.155, 0.0, 0.245, 0.445, 0.003, { color: '#a8c6de', emissive: 0.7 }, { shadow: false });
      b.block(-0.2, 0.0, 0.12, 0.2, 0.015, 0.26, TONE.darkGrey);
    });
  }
  // A phone and a stack of papers on the desk.
  b.block(w - 0.4, 0.75, -0.2, w - 0.22, 0.8, -0.05, TONE.darkGrey);
  b.block(w - 0.4, 0.8, -0.2, w - 0.36, 0.84, -0.05, TONE.black);
  b.block(-w + 0.15, 0.75, -0.25, -w + 0.4, 0.78, -0.05, TONE.white, { rot: [10, 0, 0] });
  if (p.bool('flowers', false)) {
    b.cylinder([w - 0.3, 1.1, 0.3], [w - 0.3, 1.25, 0.3], 0.05, { color: '#cfe3e8', emissive: 0.05 });
    for (let i = 0; i < 5; i++)
      b.sphere([w - 0.3 + (i - 2) * 0.035, 1.3 + (i % 2) * 0.04, 0.3 + (((i * 7) % 3) - 1) * 0.03], 0.035, ['#d9534f', '#f0c04a', '#e07ab0'][i % 3]!);
  }
  b.anchor([0, 1.1, 0.3]);
  b.anchor([0, 1.0, 0.0], 'computer');
};

// ─── werkstation ────────────────────────────────────────────────────────────────────────────
/** Computer on wheels for the rounds: a column with a tray, laptop and barcode scanner. Options: color. */
export const werkstation: ItemBuilder = (b, p) => {
  const accent = p.mat('color', '#5b8fb9');
  for (const x of [-0.22, 0.22]) for (const z of [-0.2, 0.2]) b.sphere([x, 0.04, z], 0.04, TONE.rubber);
  b.block(-0.25, 0.07, -0.23, 0.25, 0.12, 0.23, TONE.grey);
  b.block(-0.05, 0.12, -0.12, 0.05, 0.95, -0.04, TONE.lightGrey);
  b.block(-0.3, 0.95, -0.22, 0.3, 0.99, 0.22, accent);
  b.block(-0.17, 0.99, -0.02, 0.17, 1.0, 0.2, TONE.darkGrey);
  b.block(-0.17, 0.99, -0.06, 0.17, 1.22, -0.05, TONE.darkGrey, { rot: [0, 12, 0] });
  b.block(-0.155, 1.0, -0.047, 0.155, 1.2, -0.044, { color: '#a8c6de', emissive: 0.6 }, { rot: [0, 12, 0], shadow: false });
  // Scanner in its holder on the side.
  b.block(0.3, 0.9, -0.04, 0.36, 0.99, 0.04, TONE.darkGrey);
  b.capsule([0.33, 0.99, 0], [0.33, 1.06, 0.03], 0.018, '#3a3c3f');
  b.anchor([0, 1.05, 0]);
};

// ─── bakjeskast ─────────────────────────────────────────────────────────────────────────────
/**
 * Open wall rack of labelled medication bins, as in a ward's medicine room. Wall item, origin at
 * its centre (set "y" ≈ 1.5). Options: width (1.2), rows (5), colors.
 */
export const bakjeskast: ItemBuilder = (b, p) => {
  const w = p.num('width', 1.2) / 2;
  const rows = Math.max(1, Math.round(p.num('rows', 5)));
  const h = rows * 0.15;
  b.block(-w, -h / 2, -0.0, w, h / 2, 0.01, TONE.offWhite);
  for (const x of [-w, w]) b.block(x - 0.01, -h / 2, 0, x + 0.01, h / 2, 0.22, TONE.lightGrey);
  const cols = Math.max(2, Math.round((2 * w) / 0.15));
  const cw = (2 * w) / cols;
  const colours = ['#3f7fbf', '#e3b23c', '#d6544c', '#5aa86a', '#f2f2ee'];
  for (let r = 0; r < rows; r++) {
    const y = -h / 2 + r * 0.15;
    b.block(-w, y, 0, w, y + 0.012, 0.22, TONE.lightGrey);
    for (let c = 0; c < cols; c++) {
      const x = -w + c * cw;
      const col = colours[(r * 3 + c * 2 + (c % 3)) % colours.length]!;
      b.block(x + 0.01, y + 0.012, 0.03, x + cw - 0.01, y + 0.1, 0.21, col);
      b.block(x + 0.03, y + 0.07, 0.21, x + cw - 0.03, y + 0.095, 0.213, TONE.white);
    }
  }
  b.anchor([0, 0, 0.2]);
};

// ─── medicijnkoelkast ───────────────────────────────────────────────────────────────────────────────
/** Small under-counter fridge (for medicines), with a temperature display. Options: height (0.85), color. */
export const medicijnkoelkast: ItemBuilder = (b, p) => {
  const h = p.num('height', 0.85);
  const body = p.mat('color', TONE.white);
  b.block(-0.3, 0.02, -0.3, 0.3, h, 0.28, body);
  b.block(-0.29, 0.04, 0.28, 0.29, h - 0.02, 0.3, body);
  b.block(0.22, h * 0.45, 0.3, 0.25, h * 0.85, 0.33, TONE.grey);
  b.block(-0.2, h - 0.12, 0.3, -0.05, h - 0.06, 0.302, { color: '#4fd07a', emissive: 0.8 }, { shadow: false });
  b.anchor([0, h * 0.6, 0.3]);
};

// ─── arts ───────────────────────────────────────────────────────────────────────────────────
/**
 * A standing person in an open white coat with a stethoscope: the doctor on the ward round.
 * Takes every option of `persoon` (standing only; give it a white "top" so the sleeves match
 * the coat); extra: coat (colour), shirt (the shirt seen in the open front).
 */
export const arts: ItemBuilder = (b, p) => {
  persoon(b, p);
  const s = p.num('height', 1.7) / 1.7;
  const coat = p.mat('coat', '#f6f6f3');
  const shirt = p.mat('shirt', { color: '#8fb3d4', pattern: 'fabric' });
  // Coat over the torso, a strip of shirt in the open front, and the coat skirt to the knees.
  b.ellipsoid([0, 1.16 * s, 0], [0.19 * s, 0.275 * s, 0.125 * s], coat);
  b.block(-0.035 * s, 1.0 * s, 0.08 * s, 0.035 * s, 1.38 * s, 0.128 * s, shirt);
  b.cylinder([0, 0.52 * s, 0], [0, 1.0 * s, 0], 0.205 * s, coat);
  b.block(-0.006 * s, 0.52 * s, 0.19 * s, 0.006 * s, 1.0 * s, 0.208 * s, '#d8d8d4');
  // Stethoscope round the neck.
  const st = '#2b3440';
  b.capsule([-0.075 * s, 1.42 * s, 0.05 * s], [-0.07 * s, 1.2 * s, 0.13 * s], 0.009 * s, st);
  b.capsule([0.075 * s, 1.42 * s, 0.05 * s], [0.07 * s, 1.26 * s, 0.13 * s], 0.009 * s, st);
  b.cylinder([-0.07 * s, 1.18 * s, 0.125 * s], [-0.07 * s, 1.18 * s, 0.145 * s], 0.02 * s, TONE.steel);
};

// ─── bellamp ────────────────────────────────────────────────────────────────────────────────
/**
 * Call-light over a patient room's door: lights up when a patient rings. Wall item, origin at its
 * centre (set "y" ≈ 2.3). Options: on (true), color (light colour when on, red).
 */
export const bellamp: ItemBuilder = (b, p) => {
  b.block(-0.09, -0.05, 0, 0.09, 0.05, 0.05, TONE.offWhite);
  const on = p.bool('on', true);
  const c = p.mat('color', '#e8443a');
  b.block(-0.07, -0.035, 0.05, 0.07, 0.035, 0.07, on ? { color: typeof c === 'string' ? c : c.color, emissive: 3 } : '#b9a7a5', { shadow: false });
  b.anchor([0, 0, 0.07]);
};
