import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Vec3 } from '../../src/core/yaw-pitch.ts';

/** iwer's default headset position; the `local` space starts there. */
export const HEAD = { x: 0, y: 1.6, z: 0 };
/** A seated right hand, relative to the head: close to it, so a ray runs near the line of sight. */
export const HAND = { x: 0.08, y: -0.12, z: -0.15 };

export type XrInput = 'controllers' | 'hands' | 'none';
export type Win = { IWER: any; __xrDevice: any; __xrFrames?: number };

/** Quaternion turning −Z (a controller's pointing direction) onto `d`. */
export function aimQuaternion(d: Vec3): [number, number, number, number] {
  const len = Math.hypot(d.x, d.y, d.z);
  const b = { x: d.x / len, y: d.y / len, z: d.z / len };
  const a = { x: 0, y: 0, z: -1 };
  const cross = { x: a.y * b.z - a.z * b.y, y: a.z * b.x - a.x * b.z, z: a.x * b.y - a.y * b.x };
  const w = 1 + (a.x * b.x + a.y * b.y + a.z * b.z);
  const n = Math.hypot(cross.x, cross.y, cross.z, w);
  return [cross.x / n, cross.y / n, cross.z / n, w / n];
}

/** Installs iwer emulating a Meta Quest 3 before the app loads, as a real browser's WebXR would be. */
export async function installHeadset(page: Page, input: XrInput): Promise<void> {
  await page.addInitScript({ path: resolve('node_modules/iwer/build/iwer.min.js') });
  await page.addInitScript((input) => {
    const w = window as unknown as Win;
    const device = new w.IWER.XRDevice(w.IWER.metaQuest3);
    device.installRuntime({ forceInstall: true });
    if (input === 'hands') device.primaryInputMode = 'hand';
    // Only ever disconnect: setting `connected = true` again on a connected iwer controller
    // leaves it without working input.
    if (input === 'none') {
      device.controllers.left.connected = false;
      device.controllers.right.connected = false;
    }
    w.__xrDevice = device;
  }, input);
}

/** Waits until the app has drawn `n` more XR frames (counted by a rAF on the XR session). */
export async function xrFrames(page: Page, n: number): Promise<void> {
  await page.evaluate(async (n) => {
    const session = (window as unknown as { __bbvrXrSession?: XRSession }).__bbvrXrSession;
    if (!session) throw new Error('no XR session');
    for (let i = 0; i < n; i++) await new Promise((r) => session.requestAnimationFrame(r));
  }, n);
}

/**
 * Where a visible in-VR button is, relative to the head (the app's world starts at the head, iwer's
 * device space at the floor), by its label; null while it is not on show or not yet drawn.
 */
export async function vrButtonPosition(page: Page, label: string): Promise<Vec3 | null> {
  return page.evaluate((name) => {
    type Obj = { name: string; visible: boolean; matrixWorld: { elements: number[] }; children: Obj[] };
    const scene = (window as unknown as { __bbvrScene: Obj }).__bbvrScene;
    let found: Vec3 | null = null;
    const visit = (o: Obj) => {
      if (!o.visible) return;
      const e = o.matrixWorld.elements;
      // Not drawn yet: its world matrix is still the identity, at the head.
      if (o.name === name && Math.hypot(e[12]!, e[13]!, e[14]!) > 0.5) found = { x: e[12]!, y: e[13]!, z: e[14]! };
      o.children.forEach(visit);
    };
    visit(scene);
    return found;
  }, `button:${label}`);
}

/**
 * Selects an in-VR button the way a seated candidate does: aims the right controller at it from
 * the lap and pulls the trigger. Input is read once per XR frame, and software rendering of two
 * eyes is slow: the ray gets frames to hover, and the trigger is held over more than one.
 */
export async function selectVrButton(page: Page, label: string): Promise<void> {
  await expect.poll(() => vrButtonPosition(page, label), { message: `VR button "${label}"`, timeout: 20_000 }).not.toBeNull();
  const target = (await vrButtonPosition(page, label))!;
  const q = aimQuaternion({ x: target.x - HAND.x, y: target.y - HAND.y, z: target.z - HAND.z });
  await page.evaluate(
    ({ hand, q }) => {
      const c = (window as unknown as Win).__xrDevice.controllers.right;
      c.position.set(hand.x, hand.y, hand.z);
      c.quaternion.set(q[0], q[1], q[2], q[3]);
    },
    { hand: { x: HEAD.x + HAND.x, y: HEAD.y + HAND.y, z: HEAD.z + HAND.z }, q },
  );
  const press = (value: number) => page.evaluate((value) => (window as unknown as Win).__xrDevice.controllers.right.updateButtonValue('trigger', value), value);
  await xrFrames(page, 2);
  await press(1);
  await xrFrames(page, 2);
  await press(0);
  await xrFrames(page, 1);
}

/**
 * Which in-VR panels and buttons cover one another as seen from the head (pairs of names), and
 * how many there are: world-space rectangles of every visible panel and button, compared by the
 * angles they take up.
 */
export async function vrOverlaps(page: Page): Promise<{ count: number; out: string[] }> {
  return page.evaluate(() => {
    type Obj = {
      name: string;
      visible: boolean;
      matrixWorld: { elements: number[] };
      geometry?: { parameters?: { width: number; height: number } };
      children: Obj[];
      parent: Obj | null;
    };
    const scene = (window as unknown as { __bbvrScene: Obj }).__bbvrScene;
    const boxes: { name: string; min: number[]; max: number[] }[] = [];
    const visit = (o: Obj) => {
      if (!o.visible) return;
      const p = o.geometry?.parameters;
      if ((o.name === 'vr-text' || o.name.startsWith('button:')) && p) {
        const e = o.matrixWorld.elements;
        const corners = [
          [-1, -1],
          [1, -1],
          [1, 1],
          [-1, 1],
        ].map(([sx, sy]) => {
          const x = (sx! * p.width) / 2;
          const y = (sy! * p.height) / 2;
          return [e[0]! * x + e[4]! * y + e[12]!, e[1]! * x + e[5]! * y + e[13]!, e[2]! * x + e[6]! * y + e[14]!];
        });
        boxes.push({
          name: o.name,
          min: [0, 1, 2].map((i) => Math.min(...corners.map((c) => c[i]!))),
          max: [0, 1, 2].map((i) => Math.max(...corners.map((c) => c[i]!))),
        });
      }
      o.children.forEach(visit);
    };
    visit(scene);
    const out: string[] = [];
    const margin = 0.005; // touching edges are not covering
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        // Seen from the viewer at the origin: compare the angles they take up, left-right and up-down.
        const ang = (box: typeof a) => {
          const az = [box.min[0]!, box.max[0]!].flatMap((x) => [box.min[2]!, box.max[2]!].map((z) => Math.atan2(x, -z)));
          const el = [box.min[1]!, box.max[1]!].flatMap((y) => [box.min[2]!, box.max[2]!].map((z) => Math.atan2(y - 1.6, -z)));
          return { az: [Math.min(...az), Math.max(...az)], el: [Math.min(...el), Math.max(...el)] };
        };
        const A = ang(a);
        const B = ang(b);
        const overlapAz = Math.min(A.az[1]!, B.az[1]!) - Math.max(A.az[0]!, B.az[0]!);
        const overlapEl = Math.min(A.el[1]!, B.el[1]!) - Math.max(A.el[0]!, B.el[0]!);
        if (overlapAz > margin && overlapEl > margin) out.push(`${a.name} × ${b.name}`);
      }
    return { count: boxes.length, out };
  });
}
