/**
 * Youth care group home (leefgroep jeugdzorg): spelcomputer, controller, laptop,
 * persoon-met-telefoon, bureautelefoon, huiswerk, weekbord, zitzak. Each item is one function;
 * see parts.ts for the local frame (front = +z, x to the viewer's right, metres).
 */
import type { Vec3 } from '../math.ts';
import { head, standingLegs, readLook } from './people.ts';
import { TONE, type ItemBuilder, type MatLike, type PartBuilder } from './parts.ts';

/** A game controller lying flat, centred on the origin, in the current frame. */
function pad(b: PartBuilder, color: MatLike): void {
  b.ellipsoid([0, 0.018, 0], [0.075, 0.018, 0.04], color);
  for (const x of [-0.055, 0.055]) b.ellipsoid([x, 0.016, 0.03], [0.028, 0.016, 0.04], color);
  b.sphere([-0.035, 0.034, -0.005], 0.011, TONE.darkGrey);
  b.sphere([0.035, 0.034, 0.005], 0.011, TONE.darkGrey);
  b.block(-0.012, 0.034, -0.02, 0.012, 0.038, -0.012, '#5fb0e8', { shadow: false });
}

// ─── spelcomputer ───────────────────────────────────────────────────────────────────────────
/**
 * A games console with two controllers, for a tv cabinet or shelf (lift it with "y", e.g. 0.5
 * on a tv with "stand": true). Options: color (console), pads (controller colour), controllers
 * (2). Named part: ".controller".
 */
export const spelcomputer: ItemBuilder = (b, p) => {
  const body = p.mat('color', '#f0f0ee');
  b.block(-0.2, 0, -0.12, 0.2, 0.07, 0.12, body);
  b.block(-0.2, 0.07, -0.12, 0.2, 0.075, 0.12, TONE.black);
  b.block(-0.15, 0.03, 0.12, -0.05, 0.036, 0.122, '#5fb0e8', { shadow: false });
  const n = Math.round(p.num('controllers', 2));
  const colors = [p.mat('pads', TONE.black), '#c8372f'];
  for (let i = 0; i < n; i++) b.within([0.32 + i * 0.19, 0, 0.02 + (i % 2) * 0.06], [15 - i * 30, 0, 0], () => pad(b, colors[i % 2]!));
  b.anchor([0, 0.05, 0.1]);
  if (n > 0) b.anchor([0.32, 0.03, 0.02], 'controller');
};

// ─── controller ─────────────────────────────────────────────────────────────────────────────
/** One game controller lying flat (e.g. on the floor after it was thrown). Options: color. */
export const controller: ItemBuilder = (b, p) => {
  pad(b, p.mat('color', TONE.black));
  b.anchor([0, 0.03, 0]);
};

// ─── laptop ─────────────────────────────────────────────────────────────────────────────────
/** An open laptop for a desk or table (lift it with "y"). Options: color, screen (colour), on (true). */
export const laptop: ItemBuilder = (b, p) => {
  const body = p.mat('color', '#9da3aa');
  b.block(-0.17, 0, -0.12, 0.17, 0.018, 0.11, body);
  b.block(-0.15, 0.018, -0.08, 0.15, 0.02, 0.03, TONE.darkGrey);
  b.within([0, 0.018, -0.12], [0, 105 - 90, 0], () => {
    b.block(-0.17, 0, -0.012, 0.17, 0.23, 0.0, body);
    const screen = p.bool('on', true) ? { color: p.mat('screen', '#8fb8e0') as string, emissive: 0.8 } : { color: '#1b1c1e' };
    b.block(-0.155, 0.015, 0.0, 0.155, 0.215, 0.003, screen, { shadow: false });
  });
  b.anchor([0, 0.12, -0.1]);
};

// ─── persoon-met-telefoon ───────────────────────────────────────────────────────────────────
/**
 * A person absorbed in a smartphone: both hands hold it in front of the chest and the head is
 * bowed over it. Look options as "persoon" (top, trousers, skirt, skin, hair, hairStyle, shoes,
 * sleeves, height, headTurn), plus pose "staand" | "zittend", seatHeight and lean (seated,
 * degrees back), nod (degrees the head bows, 25), screen (colour of the lit screen).
 * Named parts: ".hoofd", ".telefoon".
 */
export const persoonMetTelefoon: ItemBuilder = (b, p) => {
  const look = readLook(p);
  const s = p.num('height', 1.7) / 1.7;
  const S = (x: number, y: number, z: number): Vec3 => [x * s, y * s, z * s];
  const seated = p.str('pose', 'staand', ['staand', 'zittend'] as const) === 'zittend';
  const nod = p.num('nod', 25);
  const sleeve = look.longSleeves ? look.top : look.skin;
  /** Torso, head and arms holding the phone, above a hip point at the frame origin. */
  const upper = () => {
    b.ellipsoid(S(0, 0.08, 0), S(0.17, 0.14, 0.11), look.skirt ? look.top : look.trousers);
    b.ellipsoid(S(0, 0.28, 0), S(0.18, 0.27, 0.115), look.top);
    b.capsule(S(-0.155, 0.46, -0.005), S(0.155, 0.46, -0.005), 0.075 * s, look.top);
    b.cylinder(S(0, 0.48, -0.005), S(0, 0.58, -0.005), 0.05 * s, look.skin);
    b.within(S(0, 0.58, 0), [0, -nod, 0], () => head(b, S(0, 0.1, 0.01), s, look, p.num('headTurn', 0)));
    for (const k of [-1, 1]) {
      b.capsule(S(k * 0.2, 0.44, 0), S(k * 0.23, 0.2, 0.07), 0.05 * s, look.top);
      b.capsule(S(k * 0.23, 0.2, 0.07), S(k * 0.07, 0.32, 0.27), 0.04 * s, sleeve);
      b.sphere(S(k * 0.05, 0.34, 0.29), 0.04 * s, look.skin);
    }
    b.within(S(0, 0.36, 0.3), [0, 125, 0], () => {
      b.block(-0.038, -0.075, -0.005, 0.038, 0.075, 0.005, TONE.black);
      b.block(-0.034, -0.068, 0.005, 0.034, 0.068, 0.007, { color: p.mat('screen', '#9fd0f0') as string, emissive: 1.0 }, { shadow: false });
    });
    b.anchor(S(0, 0.36, 0.32), 'telefoon');
    b.anchor(S(0, 0.7, 0.05), 'hoofd');
    b.anchor(S(0, 0.3, 0.1));
  };
  if (seated) {
    const hipY = p.num('seatHeight', 0.46) + 0.02 * s;
    for (const k of [-1, 1]) {
      const knee: Vec3 = [k * 0.11 * s, hipY + 0.04 * s, 0.4 * s];
      const ankle: Vec3 = [k * 0.11 * s, 0.1, 0.44 * s];
      b.capsule([k * 0.1 * s, hipY + 0.07 * s, -0.02 * s], knee, 0.078 * s, look.trousers);
      b.capsule(knee, ankle, 0.058 * s, look.skirt ? look.skin : look.trousers);
      b.ellipsoid([k * 0.11 * s, 0.045, 0.5 * s], S(0.05, 0.045, 0.115), look.shoes);
    }
    b.within([0, hipY, -0.06 * s], [0, p.num('lean', 0), 0], upper);
  } else {
    standingLegs(b, s, look);
    b.within(S(0, 0.88, 0), [0, 0, 0], upper);
  }
};

// ─── bureautelefoon ─────────────────────────────────────────────────────────────────────────
/** A desk telephone with a handset and keypad, for a desk (lift it with "y"). Options: color. */
export const bureautelefoon: ItemBuilder = (b, p) => {
  const body = p.mat('color', TONE.darkGrey);
  b.block(-0.1, 0, -0.09, 0.1, 0.04, 0.09, body, { rot: [0, 8, 0] });
  b.block(-0.07, 0.035, -0.01, 0.07, 0.05, 0.08, TONE.black, { rot: [0, 8, 0] });
  for (let r = 0; r < 3; r++)
    for (let c = 0; c < 3; c++)
      b.block(-0.045 + c * 0.03, 0.05, 0.0 + r * 0.025, -0.025 + c * 0.03, 0.054, 0.015 + r * 0.025, TONE.lightGrey, { rot: [0, 8, 0] });
  b.capsule([-0.09, 0.06, -0.07], [0.09, 0.06, -0.07], 0.025, body);
  for (const x of [-0.09, 0.09]) b.sphere([x, 0.065, -0.065], 0.032, body);
  b.block(0.04, 0.04, 0.05, 0.09, 0.05, 0.08, '#a8e0a0', { shadow: false });
  b.anchor([0, 0.06, 0]);
};

// ─── huiswerk ───────────────────────────────────────────────────────────────────────────────
/**
 * Homework on a table (lift it with "y"): an open exercise book with lines, a text book, a
 * pencil case and a pen. Options: color (text book cover).
 */
export const huiswerk: ItemBuilder = (b, p) => {
  const cover = p.mat('color', '#3a78b5');
  b.block(-0.16, 0, -0.11, 0.16, 0.008, 0.11, '#fbfbf6');
  b.block(-0.003, 0.008, -0.11, 0.003, 0.009, 0.11, '#c8c8c0');
  for (let i = 0; i < 8; i++) for (const x of [-0.14, 0.02]) b.block(x, 0.008, -0.09 + i * 0.024, x + 0.12, 0.0085, -0.088 + i * 0.024, '#a9bfd6');
  b.block(-0.14, 0.0085, -0.09, -0.04, 0.009, -0.086, '#3b3b6b');
  b.block(0.22, 0, -0.14, 0.42, 0.025, 0.12, cover, { rot: [-12, 0, 0] });
  b.block(0.23, 0.025, -0.13, 0.41, 0.027, 0.11, '#f4f1e6', { rot: [-12, 0, 0] });
  b.capsule([-0.32, 0.025, -0.05], [-0.18, 0.025, -0.08], 0.025, '#d0503c');
  b.capsule([0.02, 0.012, 0.04], [0.14, 0.012, 0.1], 0.005, '#1f3f8f');
  b.anchor([0, 0.02, 0]);
};

// ─── weekbord ───────────────────────────────────────────────────────────────────────────────
/**
 * A whiteboard with the week's planning of a group home: days in columns, coloured rows for
 * chores (corvee), homework hour and visits, and magnets with names. Wall item, origin at its
 * centre (set "y"). Options: width (1.2), height (0.8).
 */
export const weekbord: ItemBuilder = (b, p) => {
  const w = p.num('width', 1.2) / 2,
    h = p.num('height', 0.8) / 2;
  b.block(-w - 0.02, -h - 0.02, -0.02, w + 0.02, h + 0.02, 0.0, TONE.steel);
  b.block(-w, -h, 0.0, w, h, 0.004, '#fbfcfc');
  b.block(-w, -h - 0.03, 0.0, w, -h - 0.015, 0.05, TONE.lightGrey);
  const cols = 7,
    rows = 5;
  const cw = (2 * w - 0.2) / cols,
    rh = (2 * h - 0.16) / rows;
  b.block(-w + 0.04, h - 0.1, 0.004, w - 0.04, h - 0.095, 0.006, '#3f4f6f');
  for (let c = 0; c <= cols; c++) b.block(-w + 0.16 + c * cw - 0.002, -h + 0.04, 0.004, -w + 0.16 + c * cw + 0.002, h - 0.04, 0.006, '#8f9bb0');
  const colors = ['#e4574f', '#4f9fe4', '#f0b92c', '#5cb870', '#b06ac8'];
  for (let r = 0; r < rows; r++) {
    const y = h - 0.12 - (r + 0.5) * rh;
    b.block(-w + 0.04, y - 0.012, 0.004, -w + 0.13, y + 0.012, 0.006, colors[r]!);
    for (let c = 0; c < cols; c++) {
      if ((r * 3 + c * 5) % 4 === 0) continue;
      b.block(-w + 0.18 + c * cw, y - 0.01, 0.004, -w + 0.14 + (c + 1) * cw - 0.02 * ((r + c) % 3), y + 0.008, 0.006, (r + c) % 3 ? '#3a3a48' : colors[r]!);
    }
  }
  for (let i = 0; i < 6; i++) b.cylinder([-w + 0.25 + i * 0.17, h - 0.05, 0.004], [-w + 0.25 + i * 0.17, h - 0.05, 0.014], 0.018, colors[i % 5]!);
  b.anchor([0, 0, 0.01]);
};

// ─── zitzak ─────────────────────────────────────────────────────────────────────────────────
/** A bean bag on the floor. Options: color (material). */
export const zitzak: ItemBuilder = (b, p) => {
  const c = p.mat('color', { color: '#d26a3c', pattern: 'fabric' });
  b.ellipsoid([0, 0.2, 0.02], [0.42, 0.2, 0.4], c);
  b.ellipsoid([0, 0.42, -0.2], [0.34, 0.22, 0.18], c, { rot: [0, -20, 0] });
  b.anchor([0, 0.35, 0]);
};
