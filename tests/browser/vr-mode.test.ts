import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableHotspots, initialState, step } from '../../src/core/engine.ts';
import { indexScenario } from '../../src/core/scenario-index.ts';
import { yawPitchToDirection } from '../../src/core/yaw-pitch.ts';
import { HOTSPOT_DISTANCE } from '../../src/viewer/hotspot-geometry.ts';
import { DWELL_MS } from '../../src/viewer/dwell-time.ts';
import { launch, openGuardedPage } from './browser.ts';
import { readScenario } from './scenario-path.ts';
import { aimQuaternion, HAND, HEAD, installHeadset, vrOverlaps, xrFrames, type Win, type XrInput } from './xr-emulation.ts';

const DEMO = 'ouderenzorg/ochtend-verpleeghuis';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openInVr(input: XrInput, before?: (page: Page) => Promise<void>) {
  const scenario = await readScenario(resolve(process.env.SCENES_DIR ?? 'scenes', DEMO));
  const index = indexScenario(scenario);
  const started = step(index, initialState(scenario), { type: 'start' }, 0).state;
  const hotspot = availableHotspots(index, started).find((h) => h.kind === 'goto');
  if (!hotspot || hotspot.kind !== 'goto') throw new Error(`${DEMO}: the start node needs a goto hotspot for this test`);
  const guarded = await openGuardedPage(browser);
  const { page, baseUrl } = guarded;
  await installHeadset(page, input);
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
      const hand = HAND; // relative to the head
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
    const overlaps = await vrOverlaps(page);
    expect(overlaps.count).toBeGreaterThanOrEqual(4);
    expect(overlaps.out).toEqual([]);
    expect(problems).toEqual([]);
  });
});
