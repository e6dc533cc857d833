/**
 * Items for the scenario ouderenzorg/ochtend-verpleeghuis.
 *
 * persoon-gebaar — a standing person who talks with one hand: the forearm is raised in front of
 * the body and moves with `gesture` (0 = hand low and close, 1 = hand raised and open to the
 * side), which a video view can animate. Same look options as `persoon` (top, trousers, skirt,
 * skin, hair, hairStyle, shoes, sleeves, height, headTurn), plus: hand ("rechts" | "links", the
 * person's own side), nod (degrees the head tips forward) and bag (colour of a shoulder bag on
 * the other side; leave out for none). Anchors: the chest (main), `hoofd` and `hand`.
 */
import type { Vec3 } from '../math.ts';
import { head, standingLegs, readLook, type Look } from './people.ts';
import type { ItemBuilder, MatLike, PartBuilder } from './parts.ts';

/** Limb from a to b plus a hand at b, in unscaled figure coordinates. */
function limb(b: PartBuilder, s: number, look: Look, shoulder: Vec3, elbow: Vec3, wrist: Vec3, openHand: boolean): void {
  const S = (v: Vec3): Vec3 => [v[0] * s, v[1] * s, v[2] * s];
  const lerp = (a: Vec3, c: Vec3, t: number): Vec3 => [a[0] + (c[0] - a[0]) * t, a[1] + (c[1] - a[1]) * t, a[2] + (c[2] - a[2]) * t];
  b.capsule(S(shoulder), S(elbow), 0.05 * s, look.top);
  if (look.longSleeves) b.capsule(S(elbow), S(wrist), 0.042 * s, look.top);
  else {
    b.capsule(S(lerp(shoulder, elbow, 0.6)), S(elbow), 0.041 * s, look.skin);
    b.capsule(S(elbow), S(wrist), 0.04 * s, look.skin);
  }
  const d: Vec3 = [wrist[0] - elbow[0], wrist[1] - elbow[1], wrist[2] - elbow[2]];
  const l = Math.hypot(...d);
  const hand: Vec3 = [wrist[0] + (d[0] / l) * 0.055, wrist[1] + (d[1] / l) * 0.055, wrist[2] + (d[2] / l) * 0.055];
  if (openHand) {
    // An open hand, palm turned a little outwards: a flat ellipsoid along the forearm.
    const yaw = (Math.atan2(-d[0], d[2]) * 180) / Math.PI;
    const pitch = (Math.asin(d[1] / l) * 180) / Math.PI;
    b.ellipsoid(S(hand), [0.048 * s, 0.022 * s, 0.07 * s], look.skin, { rot: [yaw, pitch, 0] });
  } else b.sphere(S(hand), 0.042 * s, look.skin);
}

export const persoonGebaar: ItemBuilder = (b, p) => {
  const look = readLook(p);
  const s = p.num('height', 1.7) / 1.7;
  const g = Math.min(1, Math.max(0, p.num('gesture', 0)));
  const side = p.str('hand', 'rechts', ['rechts', 'links'] as const) === 'rechts' ? -1 : 1; // own right = −x
  const S = (x: number, y: number, z: number): Vec3 => [x * s, y * s, z * s];
  standingLegs(b, s, look);
  // Body, neck and head (as `persoon`), the head turned and tipped.
  b.within(S(0, 0.86, 0), [0, 0, 0], () => {
    b.ellipsoid(S(0, 0.1, 0), S(0.17, 0.14, 0.11), look.skirt ? look.top : look.trousers);
    b.ellipsoid(S(0, 0.3, 0), S(0.18, 0.27, 0.115), look.top);
    b.capsule(S(-0.155, 0.48, -0.005), S(0.155, 0.48, -0.005), 0.075 * s, look.top);
    if (look.trim) b.capsule(S(-0.07, 0.535, 0.035), S(0.07, 0.535, 0.035), 0.018 * s, look.trim);
    b.cylinder(S(0, 0.5, -0.005), S(0, 0.6, -0.005), 0.05 * s, look.skin);
    b.within(S(0, 0.6, 0), [0, -p.num('nod', 0), 0], () => head(b, S(0, 0.1, 0), s, look, p.num('headTurn', 0)));
  });
  // The talking hand: upper arm down and a little forward, forearm rising with the gesture.
  const shoulder: Vec3 = [side * 0.2, 1.36, 0];
  const elbow: Vec3 = [side * (0.245 + 0.02 * g), 1.1 + 0.02 * g, 0.06];
  const up = ((10 + 60 * g) * Math.PI) / 180,
    out = ((6 + 36 * g) * Math.PI) / 180,
    L = 0.24;
  const wrist: Vec3 = [elbow[0] + side * L * Math.sin(out) * Math.cos(up), elbow[1] + L * Math.sin(up), elbow[2] + L * Math.cos(out) * Math.cos(up)];
  limb(b, s, look, shoulder, elbow, wrist, true);
  // The other arm hangs down.
  limb(b, s, look, [-side * 0.2, 1.36, 0], [-side * 0.235, 1.09, -0.01], [-side * 0.245, 0.85, 0.03], false);
  // A shoulder bag on the other side: strap over the shoulder, bag at the hip.
  const bag = p.mat('bag', '#000000');
  if (bag !== '#000000') {
    const bx = -side * 0.27;
    b.capsule(S(-side * 0.16, 1.43, -0.02), S(bx, 1.0, 0.0), 0.012 * s, bag as MatLike);
    b.box(S(bx + -side * 0.015, 0.93, 0.0), S(0.07, 0.22, 0.26), bag as MatLike);
  }
  b.anchor(S(0, 1.3, 0.05));
  b.anchor(S(0, 1.6, 0.05), 'hoofd');
  b.anchor([wrist[0] * s, wrist[1] * s, wrist[2] * s], 'hand');
};
