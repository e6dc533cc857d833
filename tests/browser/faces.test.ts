import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sphereIoU } from '../../src/core/faces/sphere-box.ts';
import { detailKept, facePanorama, faceCrops, locateFace, type PlacedFace, placedFaceBox } from '../bench/face-panorama.ts';
import { launch, openGuardedPage } from './browser.ts';

const WIDTH = 4096;
const DEG = WIDTH / 360;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A call to the app's own API from the page (the login cookie goes along). */
function api(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  return page.evaluate(
    async ([m, p, b]) => {
      const res = await fetch(p as string, {
        method: m as string,
        headers: { 'content-type': 'application/json' },
        body: b === undefined ? undefined : JSON.stringify(b),
      });
      return { status: res.status, json: await res.json().catch(() => null) };
    },
    [method, path, body] as const,
  );
}

/** An image the page is served, decoded in Node. */
async function servedImage(page: Page, path: string) {
  const base64 = await page.evaluate(async (p) => {
    const bytes = new Uint8Array(await (await fetch(p)).arrayBuffer());
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  }, path);
  const { data, info } = await sharp(Buffer.from(base64, 'base64')).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

describe('faces in the editor', () => {
  it('uploads a panorama with faces, shows the suggestions at their places, accepts and confirms them; publishing asks consent; the served images are blurred there', async () => {
    const crops = await faceCrops(locateFace, 4);
    const faces: PlacedFace[] = [
      { crop: crops[0]!, yaw: 0, pitch: 0, heightDeg: 90 / DEG },
      { crop: crops[1]!, yaw: 179.5, pitch: 5, heightDeg: 70 / DEG },
      { crop: crops[2]!, yaw: -90, pitch: 74, heightDeg: 80 / DEG },
    ];
    const pano = facePanorama(WIDTH, faces, 5);
    const jpeg = await sharp(pano.data, { raw: { width: WIDTH, height: WIDTH / 2, channels: 3 } })
      .jpeg({ quality: 92 })
      .toBuffer();

    const { email, password } = inject('facilitator');
    const { page, baseUrl, problems } = await openGuardedPage(browser);
    await page.goto(`${baseUrl}#/begeleider`);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBe(1);
    await page.goto(`${baseUrl}#/maken`);
    await page.getByLabel('Titel van de situatie').fill('Gezichten op de afdeling');
    await page.getByLabel('Bestanden kiezen').setInputFiles({ name: 'afdeling.jpg', mimeType: 'image/jpeg', buffer: jpeg });

    // The draft opens once the photo is ready (faces looked for in the server's worker meanwhile).
    const items = page.locator('[data-face-region]');
    await expect
      .poll(() => items.count(), { timeout: 90_000 })
      .toBeGreaterThanOrEqual(faces.length)
      .catch(async (e: Error) => {
        console.log('faces test, page at the time-out:', page.url(), problems, (await page.locator('body').innerText()).slice(0, 2000));
        throw e;
      });
    const boxes = (await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-box')!))).map((b) => {
      const [yaw, pitch, width, height] = b.split(',').map(Number) as [number, number, number, number];
      return { yaw, pitch, width, height };
    });
    for (const f of faces)
      expect(
        boxes.some((b) => sphereIoU(b, placedFaceBox(f)) >= 0.3),
        `face at ${f.yaw}/${f.pitch}`,
      ).toBe(true);
    expect(await page.locator('[data-face-region][data-status="suggested"]').count()).toBe(boxes.length);

    // Review by keyboard: each suggestion accepted with its button.
    const accept = page.getByRole('button', { name: 'Vervagen', exact: true });
    while ((await accept.count()) > 0) {
      await accept.first().focus();
      await page.keyboard.press('Enter');
    }
    await page.getByRole('button', { name: 'Klaar: vakken kloppen', exact: true }).click();
    await expect.poll(() => page.getByText(/Nagekeken door/).count(), { timeout: 60_000 }).toBe(1);

    // Publishing: without a consent confirmation per photo it is refused, with one it goes through.
    const draftId = new URL(page.url()).hash.split('/').pop()!;
    const draft = (await api(page, 'GET', `/api/authoring/scenarios/${draftId}`)).json;
    const node = draft.scenario.nodes[0];
    const scenario = {
      ...draft.scenario,
      description: { nl: 'Een ochtend.', en: 'A morning.' },
      title: { nl: 'Gezichten op de afdeling', en: 'Faces on the ward' },
      beroepen: [{ nl: 'Verzorgende IG', en: 'Care worker' }],
      niveaus: [3],
      nodes: [{ id: node.id, title: { nl: 'Start', en: 'Start' }, media: node.media, ending: { takeaway: { nl: 'Klaar.', en: 'Done.' } } }],
    };
    const saved = await api(page, 'PUT', `/api/authoring/scenarios/${draftId}`, { scenario, baseRevision: draft.revision });
    expect(saved.status).toBe(200);
    const refused = await api(page, 'POST', `/api/authoring/scenarios/${draftId}/publish`, { baseRevision: saved.json.revision });
    expect(refused.status).toBe(422);
    expect(refused.json.error).toBe('consent-missing');
    const published = await api(page, 'POST', `/api/authoring/scenarios/${draftId}/publish`, {
      baseRevision: saved.json.revision,
      consents: [{ file: node.media.src, kind: 'blurred' }],
    });
    expect(published.status, JSON.stringify(published.json)).toBe(200);

    // What is served, in the editor and in the published pack, holds none of the faces' detail.
    const original = { data: pano.data, width: pano.width, height: pano.height };
    for (const path of [`/api/authoring/${node.media.src}`, `/scenes/${published.json.path}/${node.media.src}`]) {
      const full = await servedImage(page, path);
      for (const f of faces) expect(detailKept(full, original, placedFaceBox(f)), `${path}: face at ${f.yaw}/${f.pitch}`).toBeLessThan(0.2);
    }
    const preview = await servedImage(page, `/api/authoring/${node.media.preview}`);
    expect(preview).toMatchObject({ width: 512, height: 256 });
  }, 240_000);
});
