import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsentMissing, DraftView, type FaceRegion, UploadView } from '../../../src/core/api/authoring.ts';
import type { RawImage } from '../../../src/core/faces/render-view.ts';
import { type SphereBox, sphereBoxToPixelRects, sphereIoU } from '../../../src/core/faces/sphere-box.ts';
import { detailKept, facePanorama, faceCrops, locateFace, type PlacedFace, placedFaceBox } from '../../bench/face-panorama.ts';
import { DATABASE_KINDS } from '../test-database.ts';
import { startTestServer, type TestServer } from '../test-server.ts';
import { upload } from './upload-fixtures.ts';

const WIDTH = 4096;
const DEG = WIDTH / 360;

/** A 16-px black-and-white checkerboard: blurred, every pixel turns grey; left alone, black and white stay. */
function checkerPanorama(): RawImage {
  const height = WIDTH / 2;
  const data = new Uint8Array(WIDTH * height * 3);
  for (let y = 0; y < height; y++) for (let x = 0; x < WIDTH; x++) data.fill(((x >> 4) + (y >> 4)) % 2 ? 255 : 0, (y * WIDTH + x) * 3, (y * WIDTH + x) * 3 + 3);
  return { data, width: WIDTH, height, channels: 3 };
}

const jpeg = (p: RawImage) =>
  sharp(p.data, { raw: { width: p.width, height: p.height, channels: 3 } })
    .jpeg({ quality: 95 })
    .toBuffer();

async function rawOf(image: Buffer) {
  const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Pixels of a box (all of it, both sides of the seam) in an image of any size; `inset` pixels of its edge left out. */
function boxPixels(img: { data: Buffer; width: number; height: number }, box: SphereBox, inset = 0): number[] {
  const values: number[] = [];
  for (const r of sphereBoxToPixelRects(box, img.width, img.height))
    for (let y = r.top + inset; y < r.top + r.height - inset; y++)
      for (let x = r.left + inset; x < r.left + r.width - inset; x++) values.push(img.data[(y * img.width + x) * 3]!);
  return values;
}

const minOf = (values: number[]) => values.reduce((m, v) => Math.min(m, v), Infinity);
const maxOf = (values: number[]) => values.reduce((m, v) => Math.max(m, v), -Infinity);

describe.each(DATABASE_KINDS)('faces and consent on %s', (kind) => {
  let plain: TestServer;
  let detecting: TestServer;
  let b: string;
  let bDetect: string;

  beforeAll(async () => {
    [plain, detecting] = await Promise.all([startTestServer(kind), startTestServer(kind, { uploadProcessing: { detectFaces: true } })]);
    [b, bDetect] = await Promise.all([plain.login('b@roc-noord.nl'), detecting.login('b@roc-noord.nl')]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([plain?.close(), detecting?.close()]);
  });

  const view = async (server: TestServer, cookie: string, id: string) =>
    UploadView.parse((await server.app.inject({ url: `/api/authoring/uploads/${id}`, headers: { cookie } })).json());
  const saveFaces = (server: TestServer, cookie: string, id: string, regions: FaceRegion[], confirm: boolean) =>
    server.app.inject({ method: 'PUT', url: `/api/authoring/uploads/${id}/faces`, headers: { cookie }, payload: { regions, confirm } });
  const uploaded = async (server: TestServer, cookie: string, name: string, body: Buffer) => {
    const res = await upload(server, cookie, name, body);
    expect(res.statusCode, res.body).toBe(202);
    await server.app.ctx.authoring.processor.idle();
    return view(server, cookie, res.json().id);
  };
  const served = async (server: TestServer, cookie: string, path: string) => {
    const res = await server.app.inject({ url: `/api/authoring/${path}`, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    return rawOf(res.rawPayload);
  };

  it('finds the faces of a generated panorama at their places (poles and seam too), blurs them in every derivative, and keeps the original private until confirmed', async () => {
    const crops = await faceCrops(locateFace, 6);
    const faces: PlacedFace[] = [
      { crop: crops[0]!, yaw: -60, pitch: 5, heightDeg: 80 / DEG },
      { crop: crops[1]!, yaw: 179.5, pitch: -10, heightDeg: 60 / DEG },
      { crop: crops[2]!, yaw: 30, pitch: 76, heightDeg: 70 / DEG },
      { crop: crops[3]!, yaw: 100, pitch: -72, heightDeg: 90 / DEG },
      { crop: crops[4]!, yaw: -150, pitch: 30, heightDeg: 45 / DEG },
    ];
    const pano = facePanorama(WIDTH, faces, 3);
    const ready = await uploaded(detecting, bDetect, 'dagbesteding.jpg', await jpeg(pano));
    expect(ready.status).toBe('ready');
    expect(ready.faces?.status).toBe('review');
    const regions = ready.faces!.regions;
    for (const f of faces) {
      const truth = placedFaceBox(f);
      expect(
        regions.some((r) => r.source === 'detected' && r.status === 'suggested' && sphereIoU(r, truth) >= 0.3),
        `face at yaw ${f.yaw}, pitch ${f.pitch}`,
      ).toBe(true);
    }

    // Already before the review, every suggestion is blurred in what the editor is served.
    const original = { data: pano.data, width: pano.width, height: pano.height };
    // The measure can fail: the unblurred panorama, only re-encoded, keeps its detail.
    const reencoded = await rawOf(
      await sharp(pano.data, { raw: { width: pano.width, height: pano.height, channels: 3 } })
        .jpeg({ quality: 85 })
        .toBuffer(),
    );
    for (const f of faces) expect(detailKept(reencoded, original, placedFaceBox(f))).toBeGreaterThan(0.7);
    const before = await served(detecting, bDetect, ready.media!.src);
    for (const f of faces) expect(detailKept(before, original, placedFaceBox(f)), `before review, face at ${f.yaw}/${f.pitch}`).toBeLessThan(0.2);

    // Accept all, confirm: the master is used once more, then deleted; nothing under originals/ was ever a media file.
    const key = (await detecting.db.database.db.selectFrom('uploads').select('original_key').where('id', '=', ready.id).executeTakeFirstOrThrow())
      .original_key!;
    expect(await detecting.app.ctx.authoring.storage.size(key)).toBeGreaterThan(0);
    for (const path of [`media/${ready.id}`, `media/originals%2F${ready.id}`, `media/..%2Foriginals%2F${ready.id}`]) {
      expect((await detecting.app.inject({ url: `/api/authoring/${path}`, headers: { cookie: bDetect } })).statusCode).toBe(404);
    }
    const res = await saveFaces(
      detecting,
      bDetect,
      ready.id,
      regions.map((r) => ({ ...r, status: 'accepted' as const })),
      true,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(UploadView.parse(res.json()).faces).toMatchObject({ status: 'confirmed', confirmedBy: 'b@roc-noord.nl', originalKeptUntil: null });
    expect(await detecting.app.ctx.authoring.storage.size(key)).toBeUndefined();
    const full = await served(detecting, bDetect, ready.media!.src);
    const preview = await served(detecting, bDetect, ready.media!.preview!);
    for (const f of faces) {
      const box = placedFaceBox(f);
      expect(detailKept(full, original, box), `full, face at ${f.yaw}/${f.pitch}`).toBeLessThan(0.2);
    }
    expect(preview).toMatchObject({ width: 512, height: 256 });
  }, 240_000);

  it('blurs boxes the maker adds (across the seam, round a pole) in the full image and the preview: no black or white checker pixel is left inside', async () => {
    const ready = await uploaded(plain, b, 'kantoor.jpg', await jpeg(checkerPanorama()));
    expect(ready.faces).toMatchObject({ status: 'review', regions: [] });
    const added: FaceRegion[] = [
      { id: 'badge1', yaw: 178, pitch: 0, width: 10, height: 8, source: 'added', score: null, status: 'accepted' },
      { id: 'pool1', yaw: 0, pitch: 85, width: 360, height: 10, source: 'added', score: null, status: 'accepted' },
      { id: 'scherm1', yaw: -40, pitch: -20, width: 12, height: 9, source: 'added', score: null, status: 'accepted' },
      { id: 'weg1', yaw: 60, pitch: 10, width: 12, height: 9, source: 'added', score: null, status: 'removed' },
    ];
    const unreviewed = await saveFaces(plain, b, ready.id, [{ ...added[0]!, status: 'suggested' }], true);
    expect(unreviewed.statusCode).toBe(422);
    expect(unreviewed.json().message).toMatch(/not reviewed yet/);
    const res = await saveFaces(plain, b, ready.id, added, true);
    expect(res.statusCode, res.body).toBe(200);
    const full = await served(plain, b, ready.media!.src);
    const preview = await served(plain, b, ready.media!.preview!);
    for (const r of added.slice(0, 3)) {
      for (const img of [full, preview]) {
        const values = boxPixels(img, r);
        expect(values.length).toBeGreaterThan(0);
        expect(minOf(values), `${r.id} in ${img.width} px`).toBeGreaterThan(40);
        expect(maxOf(values), `${r.id} in ${img.width} px`).toBeLessThan(215);
      }
    }
    // The removed one is left sharp: black and white both still there.
    const sharpOnes = boxPixels(full, added[3]!, 2);
    expect(minOf(sharpOnes)).toBeLessThan(30);
    expect(maxOf(sharpOnes)).toBeGreaterThan(225);
    // Confirmed is final: the original is gone.
    expect((await saveFaces(plain, b, ready.id, added, false)).statusCode).toBe(409);
  }, 120_000);

  it('publishes only with a consent confirmation per photo; "blurred" needs confirmed faces; who, when and which kind are stored with the version', async () => {
    const ready = await uploaded(plain, b, 'linde.jpg', await jpeg(checkerPanorama()));
    const draft = DraftView.parse(
      (
        await plain.app.inject({
          method: 'POST',
          url: '/api/authoring/scenarios',
          headers: { cookie: b },
          payload: { fromUpload: ready.id, title: 'Toestemming' },
        })
      ).json(),
    );
    const scenario = {
      ...(draft.scenario as object),
      description: { nl: 'Een ochtend.', en: 'A morning.' },
      title: { nl: 'Toestemming', en: 'Consent' },
      beroepen: [{ nl: 'Verzorgende IG', en: 'Care worker' }],
      niveaus: [3],
      nodes: [
        {
          id: 'start',
          title: { nl: 'Start', en: 'Start' },
          media: { type: 'image', src: ready.media!.src, preview: ready.media!.preview },
          ending: { takeaway: { nl: 'Klaar.', en: 'Done.' } },
        },
      ],
    };
    const saved = await plain.app.inject({
      method: 'PUT',
      url: `/api/authoring/scenarios/${draft.id}`,
      headers: { cookie: b },
      payload: { scenario, baseRevision: 1 },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const publish = (consents?: object[]) =>
      plain.app.inject({
        method: 'POST',
        url: `/api/authoring/scenarios/${draft.id}/publish`,
        headers: { cookie: b },
        payload: { baseRevision: 2, ...(consents ? { consents } : {}) },
      });

    const none = await publish();
    expect(none.statusCode, none.body).toBe(422);
    expect(ConsentMissing.parse(none.json())).toMatchObject({ files: [{ file: ready.media!.src, reason: 'no-confirmation' }] });
    expect(none.json().message).toContain(ready.media!.src);
    const early = await publish([{ file: ready.media!.src, kind: 'blurred' }]);
    expect(early.statusCode).toBe(422);
    expect(early.json()).toMatchObject({ files: [{ file: ready.media!.src, reason: 'faces-not-confirmed' }] });
    expect((await plain.app.inject({ url: `/api/authoring/scenarios/${draft.id}`, headers: { cookie: b } })).json().versions).toEqual([]);

    // Consent given: publishable before the review ends.
    const first = await publish([{ file: ready.media!.src, kind: 'consent' }]);
    expect(first.statusCode, first.body).toBe(200);
    const firstAt = plain.clock.now;

    // Then a badge is boxed and the faces confirmed: "blurred" is accepted, and the newer blur
    // replaces the published photo (for every version), so the badge is never served sharp.
    plain.clock.now += 60_000;
    const badge: FaceRegion = { id: 'badge2', yaw: 30, pitch: 0, width: 10, height: 8, source: 'added', score: null, status: 'accepted' };
    expect((await saveFaces(plain, b, ready.id, [badge], true)).statusCode).toBe(200);
    const ok = await publish([{ file: ready.media!.src, kind: 'blurred' }]);
    expect(ok.statusCode, ok.body).toBe(200);
    const after = DraftView.parse((await plain.app.inject({ url: `/api/authoring/scenarios/${draft.id}`, headers: { cookie: b } })).json());
    expect(after.versions).toEqual([
      {
        version: '1.0.0',
        at: firstAt,
        by: 'b@roc-noord.nl',
        consents: [{ file: ready.media!.src, kind: 'consent', confirmedBy: 'b@roc-noord.nl', confirmedAt: firstAt }],
      },
      {
        version: '1.1.0',
        at: plain.clock.now,
        by: 'b@roc-noord.nl',
        consents: [{ file: ready.media!.src, kind: 'blurred', confirmedBy: 'b@roc-noord.nl', confirmedAt: plain.clock.now }],
      },
    ]);
    const published = await plain.app.inject({ url: `/scenes/${after.path}/${ready.media!.src}` });
    expect(published.statusCode).toBe(200);
    const values = boxPixels(await rawOf(published.rawPayload), badge);
    expect(minOf(values)).toBeGreaterThan(40);
    expect(maxOf(values)).toBeLessThan(215);
  }, 120_000);
  it('purges an unconfirmed original after 14 days; the suggested blur stays and the review is closed', async () => {
    const ready = await uploaded(plain, b, 'gang.jpg', await jpeg(checkerPanorama()));
    expect(ready.status).toBe('ready');
    const regions: FaceRegion[] = [{ id: 'later1', yaw: 10, pitch: 0, width: 8, height: 8, source: 'added', score: null, status: 'accepted' }];
    const saved = await saveFaces(plain, b, ready.id, regions, false);
    expect(saved.statusCode, saved.body).toBe(200);
    const key = (await plain.db.database.db.selectFrom('uploads').select('original_key').where('id', '=', ready.id).executeTakeFirstOrThrow()).original_key!;
    plain.clock.now += 13 * 24 * 3600_000;
    await plain.app.ctx.authoring.processor.purgeOriginals();
    expect(await plain.app.ctx.authoring.storage.size(key)).toBeGreaterThan(0);
    plain.clock.now += 2 * 24 * 3600_000;
    await plain.app.ctx.authoring.processor.purgeOriginals();
    expect(await plain.app.ctx.authoring.storage.size(key)).toBeUndefined();
    // Logins expire too in 15 days.
    b = await plain.login('b@roc-noord.nl');
    expect((await view(plain, b, ready.id)).faces).toMatchObject({ status: 'expired', originalKeptUntil: null });
    const full = await served(plain, b, ready.media!.src);
    expect(minOf(boxPixels(full, regions[0]!))).toBeGreaterThan(40);
    expect((await saveFaces(plain, b, ready.id, regions, true)).statusCode).toBe(409);
  }, 120_000);
});
