/**
 * Maternity care at home (kraamzorg): baby, wieg-met-baby, tweepersoonsbed, commode,
 * persoon-met-baby, beschuit, kraammap, ledikant. Each item is one function; see parts.ts for the local
 * frame (front = +z, x to the viewer's right, metres). Babies are a small swaddled figure with
 * no face, like all people in the library.
 */
import type { Vec3 } from '../math.ts';
import { head, standingLegs, persoon, readLook } from './people.ts';
import { wieg } from './furniture.ts';
import { TONE, type ItemBuilder, type MatLike, type PartBuilder, type Params } from './parts.ts';

const BABY_SKIN = '#efc9b4';

/**
 * A swaddled baby lying on its back along x, head at +x, in the current frame with its
 * underside at y = 0. `bath`: only the head and shoulders show above the water line.
 */
function babyShape(b: PartBuilder, o: { skin: MatLike; wrap: MatLike; cap: MatLike | undefined; hair: MatLike; bath?: boolean }): Vec3 {
  const hc: Vec3 = [0.19, 0.062, 0];
  if (!o.bath) {
    // The swaddle: a rounded bundle, narrower at the feet, with a fold at the neck.
    b.ellipsoid([-0.02, 0.062, 0], [0.2, 0.062, 0.085], o.wrap);
    b.ellipsoid([0.08, 0.066, 0], [0.09, 0.066, 0.092], o.wrap);
    b.ellipsoid([0.125, 0.072, 0], [0.03, 0.052, 0.088], o.wrap);
  } else {
    // Shoulders above the water, the rest hidden under it.
    b.ellipsoid([0.1, 0.05, 0], [0.07, 0.045, 0.08], o.skin);
    for (const z of [-0.085, 0.085]) b.capsule([0.1, 0.06, z], [0.02, 0.06, z * 0.9], 0.022, o.skin);
  }
  // Head turned a little towards the viewer (+z), face up; a small nose, no other features.
  b.ellipsoid(hc, [0.058, 0.056, 0.054], o.skin);
  b.ellipsoid([hc[0] + 0.012, hc[1] + 0.036, hc[2] + 0.032], [0.011, 0.01, 0.012], o.skin);
  if (o.cap) {
    // A knitted cap (mutsje) over the crown, at the +x end of the head.
    b.ellipsoid([hc[0] + 0.024, hc[1] + 0.004, hc[2]], [0.044, 0.059, 0.058], o.cap);
  } else {
    b.ellipsoid([hc[0] + 0.026, hc[1] + 0.006, hc[2]], [0.036, 0.052, 0.052], o.hair);
  }
  return hc;
}

function babyLook(p: Params): { skin: MatLike; wrap: MatLike; cap: MatLike | undefined; hair: MatLike } {
  const cap = p.mat('cap', '#000000');
  return {
    skin: p.mat('skin', BABY_SKIN),
    wrap: p.mat('wrap', { color: '#f2f0ea', pattern: 'fabric' }),
    cap: p.bool('noCap', false) ? undefined : cap === '#000000' ? { color: '#f6d7df', pattern: 'fabric' } : cap,
    hair: p.mat('hair', '#6b4a32'),
  };
}

// ─── baby ───────────────────────────────────────────────────────────────────────────────────
/**
 * A newborn, swaddled in a blanket, lying on its back (about 0.5 m long, head to the right, +x).
 * Origin under the middle of the bundle: lift it with "y" onto a bed, mat or lap and turn it
 * with "rotation". Options: skin (use a yellowish tone for a baby that is "een beetje geel"),
 * wrap (blanket), cap (colour of the knitted cap), noCap (true = hair instead), hair.
 * Named part: ".hoofd".
 */
export const baby: ItemBuilder = (b, p) => {
  const hc = babyShape(b, babyLook(p));
  b.anchor([0, 0.1, 0]);
  b.anchor([hc[0], hc[1] + 0.03, hc[2]], 'hoofd');
};

// ─── wieg-met-baby ──────────────────────────────────────────────────────────────────────────
/**
 * The crib (type "wieg") with a baby asleep in it under a blanket. Options: those of wieg
 * (color, blanket) and of baby (skin, cap, noCap, hair), and empty (true = no baby).
 * Named part: ".baby" (the baby's head).
 */
export const wiegMetBaby: ItemBuilder = (b, p) => {
  wieg(b, p);
  if (p.bool('empty', false)) return;
  const look = babyLook(p);
  const blanket = p.mat('blanket', { color: '#f4d3dc', pattern: 'fabric' });
  // A thicker mattress so the baby lies higher in the crib and can be seen from a chair.
  b.block(-0.4, 0.64, -0.23, 0.4, 0.7, 0.23, { color: '#f4f2ec', pattern: 'fabric' });
  b.within([-0.12, 0.7, 0], [0, 0, 0], () => {
    const hc = babyShape(b, { ...look, wrap: blanket });
    // The blanket tucked in up to the chest.
    b.block(-0.26, 0.02, -0.2, 0.11, 0.085, 0.2, blanket);
    b.anchor([hc[0], hc[1] + 0.03, hc[2]], 'baby');
  });
};

// ─── tweepersoonsbed ────────────────────────────────────────────────────────────────────────
/**
 * A home double bed, head end at the back (−z, put it against a wall), foot end at the front.
 * Options: width (1.6), length (2.1), frame, duvet, sheet, pillow, raised (true = on bed
 * blocks, "bedklossen", so the mattress is about 80 cm high, as in the kraamweek), occupant
 * { side "links" | "rechts" (seen from the foot end; default links), baby (true = holding a
 * swaddled baby at the chest), babySkin, babyCap, top, skin, hair, hairStyle, sleeves, turn
 * (degrees the upper body turns, + = clockwise from above) } for a person sitting up against the pillows. Named parts: ".hoofd", ".baby", ".klossen".
 */
export const tweepersoonsbed: ItemBuilder = (b, p) => {
  const w = p.num('width', 1.6) / 2,
    l = p.num('length', 2.1) / 2;
  const raised = p.bool('raised', false);
  const lift = raised ? 0.24 : 0;
  const frame = p.mat('frame', { color: '#cbb08a', pattern: 'wood' });
  const duvet = p.mat('duvet', { color: '#e8eef2', pattern: 'fabric' });
  const sheet = p.mat('sheet', { color: '#f4f2ec', pattern: 'fabric' });
  const pillow = p.mat('pillow', { color: '#f7f6f2', pattern: 'fabric' });
  const base = 0.12 + lift,
    mt = base + 0.42; // frame bottom, mattress top
  // Legs, standing on bed blocks when raised.
  for (const x of [-w + 0.06, w - 0.06])
    for (const z of [-l + 0.08, l - 0.06]) {
      b.block(x - 0.035, lift, z - 0.035, x + 0.035, base + 0.02, z + 0.035, frame);
      if (raised) {
        b.block(x - 0.09, 0, z - 0.09, x + 0.09, 0.02, z + 0.09, '#c9ccd0');
        b.block(x - 0.075, 0.02, z - 0.075, x + 0.075, lift, z + 0.075, '#e4e6e8');
        b.block(x - 0.05, lift - 0.015, z - 0.05, x + 0.05, lift, z + 0.05, '#b7bcc2');
      }
    }
  if (raised) b.anchor([w - 0.06, lift * 0.6, l - 0.06], 'klossen');
  // Frame, mattress, head board.
  b.block(-w, base, -l, w, base + 0.18, l, frame);
  b.block(-w + 0.03, base + 0.18, -l + 0.03, w - 0.03, mt, l - 0.03, sheet);
  b.block(-w - 0.02, base, -l - 0.06, w + 0.02, mt + 0.55, -l, frame);
  b.block(-w - 0.02, mt + 0.5, -l - 0.07, w + 0.02, mt + 0.58, -l + 0.02, frame);

  const occ = p.sub('occupant');
  const side = occ?.str('side', 'links', ['links', 'rechts'] as const) === 'rechts' ? 1 : -1;
  const ox = occ ? side * w * 0.48 : 0;
  // Pillows: flat on the free side, stacked up behind the back of whoever sits up.
  for (const s of [-1, 1]) {
    const px = s * w * 0.48;
    if (occ && s === side) {
      b.ellipsoid([px, mt + 0.12, -l + 0.13], [0.3, 0.12, 0.09], pillow, { rot: [0, -55, 0] });
      b.ellipsoid([px, mt + 0.3, -l + 0.1], [0.28, 0.15, 0.08], pillow, { rot: [0, -70, 0] });
    } else b.ellipsoid([px, mt + 0.06, -l + 0.3], [0.3, 0.07, 0.18], pillow);
  }
  // Duvet: over the foot end and the sides; folded back on the free side.
  const top = occ ? -l + 0.45 : -l + 0.55;
  b.block(-w - 0.01, mt, top, w + 0.01, mt + 0.07, l + 0.01, duvet);
  for (const x of [-1, 1]) b.block(x * (w + 0.01), base + 0.12, top, x * (w + 0.03), mt + 0.07, l + 0.01, duvet);
  b.block(-w - 0.01, base + 0.12, l + 0.01, w + 0.01, mt + 0.07, l + 0.03, duvet);
  b.capsule([-w, mt + 0.08, top + 0.02], [w, mt + 0.08, top + 0.02], 0.04, duvet);
  b.anchor([0, mt + 0.1, 0.2], 'bed');

  if (!occ) {
    b.anchor([0, mt + 0.1, 0]);
    return;
  }
  const look = readLook(occ);
  // Legs under the duvet, then an upper body sitting up against the pillows.
  b.ellipsoid([ox, mt + 0.04, 0.1], [0.25, 0.08, 0.78], duvet);
  const hold = occ.bool('baby', false);
  b.within([ox, mt + 0.02, -l + 0.38], [occ.num('turn', 0), 16, 0], () => {
    b.ellipsoid([0, 0.08, 0], [0.18, 0.12, 0.12], look.top);
    b.ellipsoid([0, 0.3, 0], [0.18, 0.26, 0.115], look.top);
    b.capsule([-0.155, 0.48, -0.005], [0.155, 0.48, -0.005], 0.075, look.top);
    b.cylinder([0, 0.5, -0.005], [0, 0.6, -0.005], 0.05, look.skin);
    head(b, [0, 0.7, 0.01], 1, look, 0);
    b.anchor([0, 0.72, 0.05], 'hoofd');
    b.anchor([0, 0.5, 0.1]);
    const sleeve = look.longSleeves ? look.top : look.skin;
    if (hold) {
      // Arms cradle the baby at the chest, its head in the crook of one arm.
      const bl = {
        skin: occ.mat('babySkin', BABY_SKIN),
        wrap: occ.mat('babyWrap', { color: '#f2f0ea', pattern: 'fabric' }),
        cap: occ.mat('babyCap', { color: '#f6d7df', pattern: 'fabric' }),
        hair: '#6b4a32',
      };
      b.within([-0.03, 0.2, 0.17], [0, 0, 14], () => {
        const hc = babyShape(b, { ...bl });
        b.anchor([hc[0], hc[1] + 0.03, hc[2]], 'baby');
      });
      for (const s of [-1, 1]) {
        const sh: Vec3 = [s * 0.2, 0.46, 0];
        const el: Vec3 = [s * 0.23, 0.2, 0.08];
        const hand: Vec3 = s > 0 ? [-0.04, 0.2, 0.26] : [-0.17, 0.16, 0.24];
        b.capsule(sh, el, 0.05, look.top);
        b.capsule(el, hand, 0.04, sleeve);
        b.sphere(hand, 0.042, look.skin);
      }
    } else {
      for (const s of [-1, 1]) {
        const sh: Vec3 = [s * 0.2, 0.46, 0];
        const el: Vec3 = [s * 0.24, 0.18, 0.06];
        const hand: Vec3 = [s * 0.16, 0.06, 0.3];
        b.capsule(sh, el, 0.05, look.top);
        b.capsule(el, hand, 0.04, sleeve);
        b.sphere(hand, 0.042, look.skin);
      }
    }
  });
};

// ─── commode ────────────────────────────────────────────────────────────────────────────────
/**
 * Changing table: a chest of drawers with a padded changing mat on top, wipes and cream.
 * Options: width (1.0), color, mat (colour of the changing mat), baby (true or { skin, cap,
 * wrap, noCap }: a baby lying on the mat), bath (true = a baby bath with water on top instead
 * of the mat; with baby, the baby lies in the water), towel (colour of a folded towel).
 * Named parts: ".baby" (the baby's head), ".bad".
 */
export const commode: ItemBuilder = (b, p) => {
  const w = p.num('width', 1.0) / 2,
    d = 0.28,
    h = 0.9;
  const wood = p.mat('color', { color: '#f1eee8', pattern: 'wood' });
  b.block(-w, 0.06, -d, w, h - 0.03, d, wood);
  b.block(-w + 0.03, 0, -d + 0.03, w - 0.03, 0.06, d - 0.04, TONE.lightGrey);
  b.block(-w - 0.01, h - 0.03, -d - 0.01, w + 0.01, h, d + 0.01, wood);
  for (let i = 0; i < 3; i++) {
    const y0 = 0.1 + i * 0.26;
    b.block(-w + 0.03, y0, d, w - 0.03, y0 + 0.23, d + 0.015, wood);
    b.capsule([-0.08, y0 + 0.16, d + 0.035], [0.08, y0 + 0.16, d + 0.035], 0.011, TONE.steel);
  }
  const bp = p.sub('baby');
  const look = bp ? babyLook(bp) : undefined;
  if (p.bool('bath', false)) {
    // A baby bath resting on the top: a shallow tub with water, a towel and a bath duck.
    const tw = Math.min(w - 0.04, 0.4),
      rim = 0.15;
    const tub = '#cfe3ee';
    b.block(-tw, h, -0.22, tw, h + 0.03, 0.22, tub);
    b.block(-tw, h, -0.25, tw, h + rim, -0.22, tub);
    b.block(-tw, h, 0.22, tw, h + rim, 0.25, tub);
    b.block(-tw - 0.03, h, -0.25, -tw, h + rim, 0.25, tub);
    b.block(tw, h, -0.25, tw + 0.03, h + rim, 0.25, tub);
    b.capsule([-tw - 0.02, h + rim + 0.005, 0.245], [tw + 0.02, h + rim + 0.005, 0.245], 0.018, tub);
    b.block(-tw + 0.005, h + 0.03, -0.215, tw - 0.005, h + rim - 0.03, 0.215, { color: '#9ccbe0', emissive: 0.08 });
    b.ellipsoid([-tw + 0.1, h + rim - 0.015, 0.1], [0.04, 0.03, 0.03], '#f2cf3b');
    b.sphere([-tw + 0.13, h + rim + 0.02, 0.1], 0.022, '#f2cf3b');
    b.anchor([0, h + rim, 0.1], 'bad');
    if (look) {
      b.within([-0.02, h + rim - 0.06, 0], [0, 0, 10], () => {
        const hc = babyShape(b, { ...look, cap: undefined, bath: true });
        b.anchor([hc[0], hc[1] + 0.03, hc[2]], 'baby');
      });
    }
  } else {
    // Changing mat with raised rolls along the sides.
    const mat = p.mat('mat', { color: '#cfe6d8', pattern: 'fabric' });
    const mw = Math.min(w - 0.02, 0.4);
    b.block(-mw, h, -0.25, mw, h + 0.05, 0.25, mat);
    for (const z of [-0.23, 0.23]) b.capsule([-mw + 0.03, h + 0.06, z], [mw - 0.03, h + 0.06, z], 0.045, mat);
    if (look) {
      b.within([-0.02, h + 0.05, 0], [0, 0, 0], () => {
        const hc = babyShape(b, look);
        b.anchor([hc[0], hc[1] + 0.03, hc[2]], 'baby');
      });
    }
  }
  // Wipes and cream at the back corner.
  if (w > 0.45) {
    b.block(w - 0.08, h, -0.24, w - 0.01, h + 0.05, -0.06, '#f4f6f8');
    b.block(w - 0.075, h + 0.05, -0.2, w - 0.015, h + 0.055, -0.1, '#6fb2d9');
    b.capsule([w - 0.05, h + 0.03, 0.0], [w - 0.05, h + 0.15, 0.0], 0.022, '#ffffff');
  }
  const towel = p.mat('towel', '#000000');
  if (towel !== '#000000') {
    b.block(-w - 0.02, h - 0.2, d + 0.0, -w + 0.12, h - 0.02, d + 0.04, towel);
  }
  b.anchor([0, h + 0.1, 0.05]);
};

// ─── persoon-met-baby ───────────────────────────────────────────────────────────────────────
/**
 * A person (the look options of "persoon": top, trousers, skirt, skin, hair, hairStyle, shoes,
 * sleeves, height, headTurn, pose, seatHeight) holding a swaddled baby. Standing: the baby is
 * cradled at the chest, its head in the crook of the person's left arm; seated ("pose":
 * "zittend"): the baby lies on the lap. Extra options: babySkin, babyCap, babyWrap.
 * Named parts: ".hoofd", ".baby".
 */
export const persoonMetBaby: ItemBuilder = (b, p) => {
  const s = p.num('height', 1.7) / 1.7;
  const baby = {
    skin: p.mat('babySkin', BABY_SKIN),
    wrap: p.mat('babyWrap', { color: '#f2f0ea', pattern: 'fabric' }),
    cap: p.mat('babyCap', { color: '#f6d7df', pattern: 'fabric' }),
    hair: '#6b4a32',
  };
  if (p.str('pose', 'staand', ['staand', 'zittend'] as const) === 'zittend') {
    persoon(b, p);
    b.within([0, p.num('seatHeight', 0.46) + 0.1 * s, 0.2 * s], [0, 0, 0], () => {
      const hc = babyShape(b, baby);
      b.anchor([hc[0], hc[1] + 0.03, hc[2]], 'baby');
    });
    return;
  }
  const look = readLook(p);
  const S = (x: number, y: number, z: number): Vec3 => [x * s, y * s, z * s];
  standingLegs(b, s, look);
  b.ellipsoid(S(0, 0.96, 0), S(0.17, 0.14, 0.11), look.skirt ? look.top : look.trousers);
  b.ellipsoid(S(0, 1.16, 0), S(0.18, 0.27, 0.115), look.top);
  b.capsule(S(-0.155, 1.34, -0.005), S(0.155, 1.34, -0.005), 0.075 * s, look.top);
  b.cylinder(S(0, 1.36, -0.005), S(0, 1.46, -0.005), 0.05 * s, look.skin);
  b.within(S(0, 1.46, 0), [0, -12, 0], () => head(b, S(0, 0.1, 0), s, look, p.num('headTurn', 0)));
  // The baby at the chest, head (+x) resting higher in the crook of the left arm (+x side).
  b.within(S(0.0, 1.1, 0.2), [0, 0, 18], () => {
    const hc = babyShape(b, baby);
    b.anchor([hc[0], hc[1] + 0.03, hc[2]], 'baby');
  });
  const sleeve = look.longSleeves ? look.top : look.skin;
  const arm = (sh: Vec3, el: Vec3, hand: Vec3) => {
    b.capsule(S(...sh), S(...el), 0.05 * s, look.top);
    b.capsule(S(...el), S(...hand), 0.04 * s, sleeve);
    b.sphere(S(...hand), 0.042 * s, look.skin);
  };
  arm([0.2, 1.36, 0], [0.25, 1.13, 0.1], [0.02, 1.12, 0.27]);
  arm([-0.2, 1.36, 0], [-0.24, 1.1, 0.08], [-0.12, 1.06, 0.29]);
  b.anchor(S(0, 1.3, 0.05));
  b.anchor(S(0, 1.6, 0.05), 'hoofd');
};

// ─── beschuit ───────────────────────────────────────────────────────────────────────────────
/**
 * A plate of beschuit met muisjes (rusks with aniseed sprinkles, served after a birth), for a
 * table: lift it with "y". Options: color "roze" (a girl) | "blauw" (a boy), count (5).
 */
export const beschuit: ItemBuilder = (b, p) => {
  const pink = p.str('color', 'roze', ['roze', 'blauw'] as const) === 'roze';
  const muisjes = { color: pink ? '#e58fb0' : '#7fa6d6', color2: '#f7f3ee', pattern: 'speckle' as const, scale: 0.004 };
  b.cylinder([0, 0, 0], [0, 0.012, 0], 0.15, TONE.white);
  const n = Math.max(1, Math.round(p.num('count', 5)));
  for (let i = 0; i < n; i++) {
    const a = (i / n) * Math.PI * 2;
    const c: Vec3 = [Math.cos(a) * 0.075, 0.012, Math.sin(a) * 0.075];
    b.cylinder(c, [c[0], c[1] + 0.016, c[2]], 0.045, '#d9a45e');
    b.cylinder([c[0], c[1] + 0.016, c[2]], [c[0], c[1] + 0.021, c[2]], 0.042, muisjes);
  }
  // The box of muisjes next to the plate.
  b.block(0.19, 0, -0.04, 0.25, 0.14, 0.04, pink ? '#d8588a' : '#3f72b8');
  b.block(0.19, 0.1, 0.04, 0.25, 0.125, 0.041, TONE.white);
  b.anchor([0, 0.05, 0]);
};

// ─── kraammap ───────────────────────────────────────────────────────────────────────────────
/**
 * The kraamzorg file on a table (lift it with "y"): an open ring binder with the day's notes
 * and charts, a pen and a digital thermometer. Options: color (binder).
 */
export const kraammap: ItemBuilder = (b, p) => {
  const cover = p.mat('color', '#2f7f8f');
  b.block(-0.32, 0, -0.17, 0.32, 0.006, 0.17, cover);
  b.block(-0.3, 0.006, -0.15, -0.01, 0.02, 0.15, '#fbfbf8');
  b.block(0.01, 0.006, -0.15, 0.3, 0.02, 0.15, '#fbfbf8');
  for (let i = 0; i < 7; i++) {
    const z = -0.11 + i * 0.035;
    b.block(0.04, 0.02, z, 0.27, 0.021, z + 0.004, '#8aa1b8');
    b.block(-0.27, 0.02, z, -0.04 - (i % 3) * 0.05, 0.021, z + 0.004, '#8aa1b8');
  }
  // A temperature chart: a red line on the right page.
  for (let i = 0; i < 5; i++) b.block(0.06 + i * 0.04, 0.021, 0.08 - (i % 2) * 0.02, 0.1 + i * 0.04, 0.022, 0.085 - (i % 2) * 0.02, '#c8453c');
  for (const z of [-0.08, 0, 0.08]) b.capsule([0, 0.02, z - 0.02], [0, 0.02, z + 0.02], 0.008, TONE.steel);
  b.capsule([0.36, 0.008, -0.1], [0.38, 0.008, 0.08], 0.006, '#1f3f8f');
  b.capsule([-0.42, 0.01, -0.02], [-0.36, 0.01, 0.1], 0.012, TONE.white);
  b.block(-0.43, 0.015, -0.04, -0.4, 0.023, 0.0, '#5f8fb0');
  b.anchor([0, 0.03, 0]);
};

// ─── ledikant ───────────────────────────────────────────────────────────────────────────────
/**
 * A baby cot (ledikant) with bars on all sides, a mattress and a folded blanket; its length
 * along x. Options: color (frame), blanket, length (1.26), width (0.66).
 */
export const ledikant: ItemBuilder = (b, p) => {
  const l = p.num('length', 1.26) / 2,
    w = p.num('width', 0.66) / 2;
  const wood = p.mat('color', TONE.white);
  const blanket = p.mat('blanket', { color: '#cfe0ef', pattern: 'fabric' });
  const top = 0.9,
    bed = 0.4;
  for (const x of [-l, l]) for (const z of [-w, w]) b.block(x - 0.025, 0, z - 0.025, x + 0.025, top + 0.02, z + 0.025, wood);
  // Rails top and bottom, bars in between.
  for (const y of [bed - 0.05, top]) {
    for (const z of [-w, w]) b.block(-l, y - 0.02, z - 0.015, l, y + 0.02, z + 0.015, wood);
    for (const x of [-l, l]) b.block(x - 0.015, y - 0.02, -w, x + 0.015, y + 0.02, w, wood);
  }
  const bars = (len: number) => Math.max(3, Math.round((2 * len) / 0.075));
  const nx = bars(l),
    nz = bars(w);
  for (let i = 1; i < nx; i++) {
    const x = -l + (i * 2 * l) / nx;
    for (const z of [-w, w]) b.cylinder([x, bed - 0.05, z], [x, top, z], 0.011, wood);
  }
  for (let i = 1; i < nz; i++) {
    const z = -w + (i * 2 * w) / nz;
    for (const x of [-l, l]) b.block(x - 0.012, bed - 0.05, z - 0.012, x + 0.012, top, z + 0.012, wood);
  }
  b.block(-l + 0.02, bed - 0.07, -w + 0.02, l - 0.02, bed - 0.03, w - 0.02, wood);
  b.block(-l + 0.03, bed - 0.03, -w + 0.03, l - 0.03, bed + 0.07, w - 0.03, { color: '#f4f2ec', pattern: 'fabric' });
  b.block(-l + 0.3, bed + 0.07, -w + 0.06, l - 0.06, bed + 0.1, w - 0.06, blanket);
  b.anchor([0, bed + 0.2, 0]);
};
