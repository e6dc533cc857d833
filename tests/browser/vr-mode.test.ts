import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableHotspots, initialState, step } from '../../src/core/engine.ts';
import { indexScenario } from '../../src/core/scenario-index.ts';
import { yawPitchToDirection, type Vec3 } from '../../src/core/yaw-pitch.ts';
import { HOTSPOT_DISTANCE } from '../../src/viewer/hotspot-geometry.ts';
import { DWELL_MS } from '../../src/viewer/dwell-time.ts';
import { launch, openGuardedPage } from './browser.ts';
import { readScenario } from './scenario-path.ts';

const DEMO = 'ouderenzorg/ochtend-verpleeghuis';
const HEAD = { x: 0, y: 1.6, z: 0 }; // iwer's default headset position; the `local` space starts there

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Quaternion turning −Z (a controller's pointing direction) onto `d`. */
function aimQuaternion(d: Vec3): [number, number, number, number] {
  const len = Math.hypot(d.x, d.y, d.z);
  const b = { x: d.x / len, y: d.y / len, z: d.z / len };
  const a = { x: 0, y: 0, z: -1 };
  const cross = { x: a.y * b.z - a.z * b.y, y: a.z * b.x - a.x * b.z, z: a.x * b.y - a.y * b.x };
  const w = 1 + (a.x * b.x + a.y * b.y + a.z * b.z);
  const n = Math.hypot(cross.x, cross.y, cross.z, w);
  return [cross.x / n, cross.y / n, cross.z / n, w / n];
}

type Win = { IWER: any; __xrDevice: any; __xrFrames?: number };

/** Waits until the app has drawn `n` more XR frames (counted by a rAF on the XR session). */
async function xrFrames(page: import('playwright-core').Page, n: number): Promise<void> {
  await page.evaluate(async (n) => {
    const session = (window as unknown as { __bbvrXrSession?: XRSession }).__bbvrXrSession;
    if (!session) throw new Error('no XR session');
    for (let i = 0; i < n; i++) await new Promise((r) => session.requestAnimationFrame(r));
  }, n);
}

async function openInVr(input: 'controllers' | 'hands' | 'none', before?: (page: Page) => Promise<void>) {
  const scenario = await readScenario(resolve(process.env.SCENES_DIR ?? 'scenes', DEMO));
  const index = indexScenario(scenario);
  const started = step(index, initialState(scenario), { type: 'start' }, 0).state;
  const hotspot = availableHotspots(index, started).find((h) => h.kind === 'goto');
  if (!hotspot || hotspot.kind !== 'goto') throw new Error(`${DEMO}: the start node needs a goto hotspot for this test`);
  const guarded = await openGuardedPage(browser);
  const { page, baseUrl } = guarded;
  // The emulated headset is installed before the app loads, as a real browser's WebXR would be.
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
  await page.goto(`${baseUrl}#/play/${DEMO}`);
  const nodeId = () => page.locator('[data-node-id]').getAttribute('data-node-id');
  await expect.poll(nodeId).toBe(scenario.startNode);
  await before?.(page);
  await page.getByRole('button', { name: 'Start in VR-bril' }).click();
  await expect.poll(() => page.locator('[data-xr]').getAttribute('data-xr'), { timeout: 40_000 }).toBe('on');
  return { ...guarded, scenario, hotspot, nodeId };
}

describe('VR mode (iwer emulating a Meta Quest 3)', () => {
  it('without controllers, looking at a hotspot for 1.5 s (gaze and dwell) selects it', async () => {
    const { page, problems, hotspot, nodeId } = await openInVr('none');
    // Turn the head to the hotspot: the reticle sits in the centre of view.
    const q = aimQuaternion(yawPitchToDirection(hotspot.yaw, hotspot.pitch));
    await page.evaluate((q) => {
      (window as unknown as Win).__xrDevice.quaternion.set(q[0], q[1], q[2], q[3]);
      (window as unknown as { __lookedAt: number }).__lookedAt = performance.now();
    }, q);
    await expect.poll(nodeId, { timeout: 15_000 }).toBe(hotspot.target);
    // Not before the dwell time had passed.
    const dwelt = await page.evaluate(() => performance.now() - (window as unknown as { __lookedAt: number }).__lookedAt);
    expect(dwelt).toBeGreaterThanOrEqual(DWELL_MS);
    expect(problems).toEqual([]);
  });

  it.each(['controllers', 'hands'] as const)(
    'with %s: aims the right hand or controller at a goto hotspot, pulls the trigger or pinches, and moves to its target',
    async (input) => {
      const { page, problems, hotspot, nodeId } = await openInVr(input);

      // Aim from a seated right-hand position at the hotspot, placed by its yaw/pitch from the file.
      const dir = yawPitchToDirection(hotspot.yaw, hotspot.pitch);
      const target = { x: dir.x * HOTSPOT_DISTANCE, y: dir.y * HOTSPOT_DISTANCE, z: dir.z * HOTSPOT_DISTANCE };
      // Close to the head, so the ray runs near the line of sight and no other hotspot is in the way.
      const hand = { x: 0.08, y: -0.12, z: -0.15 }; // relative to the head
      const q = aimQuaternion({ x: target.x - hand.x, y: target.y - hand.y, z: target.z - hand.z });
      await page.evaluate(
        ({ hand, head, q, input }) => {
          const d = (window as unknown as Win).__xrDevice;
          const c = input === 'hands' ? d.hands.right : d.controllers.right;
          c.position.set(head.x + hand.x, head.y + hand.y, head.z + hand.z);
          c.quaternion.set(q[0], q[1], q[2], q[3]);
        },
        { hand, head: HEAD, q, input },
      );
      // Input is read once per XR frame, and software rendering of two eyes is slow: give the
      // ray time to hover, and hold the trigger (or pinch) over several frames.
      const press = (value: number) =>
        page.evaluate(
          ({ value, input }) => {
            const d = (window as unknown as Win).__xrDevice;
            if (input === 'hands') d.hands.right.updatePinchValue(value);
            else d.controllers.right.updateButtonValue('trigger', value);
          },
          { value, input },
        );
      await xrFrames(page, 6);
      await press(1);
      await xrFrames(page, 2);
      await press(0);

      await expect.poll(nodeId, { timeout: 10_000 }).toBe(hotspot.target);
      expect(problems).toEqual([]);
    },
  );

  it('shows a question with its answers and the captions in VR without one panel covering another', async () => {
    // A scene with narration and a question with answers, one door away from the start.
    const demo = await readScenario(resolve(process.env.SCENES_DIR ?? 'scenes', DEMO));
    const start = demo.nodes.find((n) => n.id === demo.startNode)!;
    const door = start.hotspots.find((h) => {
      const target = h.kind === 'goto' ? demo.nodes.find((n) => n.id === h.target) : undefined;
      return target?.narration && target.question && target.question.kind !== 'scale' && target.question.options.length >= 2;
    });
    if (!door || door.kind !== 'goto') throw new Error(`${DEMO}: the start node needs a door to a scene with narration and a question of 2+ answers`);
    const { page, problems, nodeId } = await openInVr('controllers', async (p) => {
      await p.getByRole('button', { name: door.label.nl, exact: true }).click();
      await expect.poll(() => p.locator('[data-node-id]').getAttribute('data-node-id')).toBe(door.target);
    });
    expect(await nodeId()).toBe(door.target);
    await xrFrames(page, 8);
    // World-space rectangles of every in-VR panel and button (planes facing the viewer).
    const overlaps = await page.evaluate(() => {
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
    expect(overlaps.count).toBeGreaterThanOrEqual(4);
    expect(overlaps.out).toEqual([]);
    expect(problems).toEqual([]);
  });
});
