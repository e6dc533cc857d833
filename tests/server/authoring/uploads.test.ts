import { request as httpRequest } from 'node:http';
import { readdir } from 'node:fs/promises';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UploadRefused, UploadView } from '../../../src/core/api/authoring.ts';
import { DATABASE_KINDS } from '../test-database.ts';
import { PASSWORD, startTestServer, type TestServer } from '../test-server.ts';
import { gpanoXmp, heicPanorama, jpegClaiming, mp4Header, near, panoramaJpeg, pixel, QUARTERS, solidJpeg, upload, uploadReady } from './upload-fixtures.ts';

const RED = { r: 200, g: 40, b: 40 };
const BLACK = { r: 0, g: 0, b: 0 };

describe.each(DATABASE_KINDS)('media intake on %s', (kind) => {
  let server: TestServer;
  let noord: string;
  let zuid: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    noord = await server.login('b@roc-noord.nl');
    zuid = await server.login('c@zuid.nl');
  });
  afterAll(() => server.close());

  const media = async (cookie: string, path: string) => {
    const res = await server.app.inject({ url: `/api/authoring/${path}`, headers: { cookie } });
    return { status: res.statusCode, body: res.rawPayload, type: res.headers['content-type'] };
  };
  const storedKeys = () => server.app.ctx.authoring.storage.list('uploads');
  const uploadRows = async () => (await server.db.database.db.selectFrom('uploads').select('id').execute()).length;
  const tmpUploads = async () => (await readdir(server.app.ctx.authoring.tmpDir)).filter((f) => f.startsWith('upload-'));

  it('accepts a 2:1 panorama: 202 at once, then a ≤4096 px full image and a 512×256 preview; the original is deleted', async () => {
    const res = await upload(server, noord, 'gang.jpg', await panoramaJpeg(6000, 3000));
    expect(res.statusCode, res.body).toBe(202);
    const accepted = UploadView.parse(res.json());
    expect(accepted).toMatchObject({ fileName: 'gang.jpg', kind: 'image', status: 'processing', media: null, problem: null });
    await server.app.ctx.authoring.processor.idle();
    const ready = UploadView.parse((await server.app.inject({ url: `/api/authoring/uploads/${accepted.id}`, headers: { cookie: noord } })).json());
    expect(ready).toMatchObject({
      status: 'ready',
      progress: 1,
      media: { src: `media/${accepted.id}.jpg`, preview: `media/${accepted.id}-preview.jpg`, width: 4096, height: 2048 },
    });

    const full = await media(noord, ready.media!.src);
    expect(full.status).toBe(200);
    expect(full.type).toBe('image/jpeg');
    expect(await sharp(full.body).metadata()).toMatchObject({ width: 4096, height: 2048, format: 'jpeg' });
    for (const [i, colour] of QUARTERS.entries()) expect(near(await pixel(full.body, i * 1024 + 512, 1024), colour), `quarter ${i}`).toBe(true);
    const preview = await media(noord, ready.media!.preview);
    expect(await sharp(preview.body).metadata()).toMatchObject({ width: 512, height: 256 });
    expect(near(await pixel(preview.body, 448, 128), QUARTERS[3])).toBe(true);

    expect(await storedKeys()).not.toContain(expect.stringContaining('/originals/'));
    expect(
      (await server.db.database.db.selectFrom('uploads').select('original_key').where('id', '=', accepted.id).executeTakeFirstOrThrow()).original_key,
    ).toBeNull();
    const list = (await server.app.inject({ url: '/api/authoring/uploads', headers: { cookie: noord } })).json();
    expect(list.uploads.map((u: UploadView) => u.id)).toContain(accepted.id);
  });

  it('places a partial panorama (GPano crop) on the full sphere, not stretched', async () => {
    const xmp = gpanoXmp({ fullWidth: 4096, fullHeight: 2048, width: 2048, height: 1024, left: 1024, top: 512 });
    const ready = await uploadReady(server, noord, 'telefoon-panorama.jpg', await solidJpeg(2048, 1024, RED, xmp));
    expect(ready).toMatchObject({ status: 'ready', media: { width: 4096, height: 2048 } });
    const full = (await media(noord, ready.media!.src)).body;
    // Inside the crop: the photo; around it: the empty (black) rest of the sphere.
    for (const [x, y] of [
      [2048, 1024],
      [1040, 530],
      [3060, 1520],
    ])
      expect(near(await pixel(full, x!, y!), RED), `${x},${y}`).toBe(true);
    for (const [x, y] of [
      [100, 100],
      [1000, 1024],
      [3100, 1024],
      [2048, 480],
      [2048, 1560],
    ])
      expect(near(await pixel(full, x!, y!), BLACK), `${x},${y}`).toBe(true);
  });

  it('wraps a partial panorama that crosses the seam at 180° round to the left edge', async () => {
    const xmp = gpanoXmp({ fullWidth: 8192, fullHeight: 4096, width: 4096, height: 2048, left: 6144, top: 1024 });
    const ready = await uploadReady(server, noord, 'rond.jpg', await solidJpeg(4096, 2048, RED, xmp));
    // Scaled to 4096 wide: the crop covers x 3072…4096 and 0…1024.
    const full = (await media(noord, ready.media!.src)).body;
    expect(near(await pixel(full, 3500, 1024), RED)).toBe(true);
    expect(near(await pixel(full, 500, 1024), RED)).toBe(true);
    expect(near(await pixel(full, 2048, 1024), BLACK)).toBe(true);
    expect(near(await pixel(full, 500, 300), BLACK)).toBe(true);
  });

  it('accepts a HEIC photo from an iPhone (decoded by libheif, since sharp has no HEVC)', async () => {
    const ready = await uploadReady(server, noord, 'IMG_0001.HEIC', heicPanorama());
    expect(ready).toMatchObject({ status: 'ready', media: { width: 2048, height: 1024 } });
    const full = (await media(noord, ready.media!.src)).body;
    expect(near(await pixel(full, 512, 512), { r: 200, g: 40, b: 40 }, 40)).toBe(true);
    expect(near(await pixel(full, 1536, 512), { r: 40, g: 60, b: 200 }, 40)).toBe(true);
  });

  it('accepts a video after a header check and gives it a 512×256 preview', async () => {
    const ready = await uploadReady(server, noord, 'kamer.mp4', mp4Header());
    expect(ready).toMatchObject({ status: 'ready', kind: 'video', media: { src: expect.stringMatching(/^media\/[a-z0-9]+\.mp4$/) } });
    const video = await media(noord, ready.media!.src);
    expect(video).toMatchObject({ status: 200, type: 'video/mp4' });
    expect(video.body.equals(mp4Header())).toBe(true);
    const range = await server.app.inject({ url: `/api/authoring/${ready.media!.src}`, headers: { cookie: noord, range: 'bytes=0-7' } });
    expect(range.statusCode).toBe(206);
    expect(range.rawPayload.length).toBe(8);
    expect(await sharp((await media(noord, ready.media!.preview)).body).metadata()).toMatchObject({ width: 512, height: 256 });
  });

  describe('refusals: a clear message in Dutch and English, and nothing stored', () => {
    const truncated = async () => {
      const whole = await panoramaJpeg(4096, 2048);
      return whole.subarray(0, Math.floor(whole.length * 0.6));
    };
    const broken = async () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(5000, 0x42)]);
    const cases: [string, string, () => Promise<Buffer | string>, string, RegExp][] = [
      ['a broken JPEG', 'kapot.jpg', broken, 'broken', /beschadigd/],
      ['a truncated JPEG', 'half.jpg', truncated, 'broken', /niet helemaal geüpload/],
      ['a photo that is not 2:1', 'gewoon.jpg', () => solidJpeg(3000, 2000), 'not-2-to-1', /precies 2 keer zo breed/],
      ['a tiny panorama', 'klein.jpg', () => solidJpeg(1024, 512), 'too-small', /te klein/],
      ['a huge image (more pixels than intake takes)', 'enorm.jpg', () => jpegClaiming(20000, 10000), 'too-large', /te veel pixels/],
      ['an unstitched camera file (.insp)', 'IMG_20240101.insp', () => panoramaJpeg(4096, 2048), 'unstitched', /aan elkaar gezet/],
      ['a JPEG named .png', 'gang.png', () => panoramaJpeg(4096, 2048), 'wrong-extension', /JPEG \(\.jpg\)/],
      ['a text file', 'notities.jpg', async () => 'Dit is geen foto, maar een tekst.'.repeat(50), 'not-media', /geen foto of video/],
      ['an empty file', 'leeg.jpg', async () => Buffer.alloc(0), 'not-media', /geen foto of video/],
    ];
    it.each(cases)('%s', async (_what, name, make, code, dutch) => {
      const before = { keys: await storedKeys(), rows: await uploadRows() };
      const res = await upload(server, noord, name, await make());
      expect(res.statusCode, res.body).toBe(422);
      const body = UploadRefused.parse(res.json());
      expect(body.code).toBe(code);
      expect(body.problem.code).toBe(code);
      expect(body.problem.message.nl).toMatch(dutch);
      expect(body.problem.message.en.length).toBeGreaterThan(20);
      expect(body.message).toContain(body.problem.message.en);
      expect(await storedKeys()).toEqual(before.keys);
      expect(await uploadRows()).toBe(before.rows);
      expect(await tmpUploads()).toEqual([]);
    });

    it('refuses a file declared larger than the limit before reading it (413, connection closed)', async () => {
      await server.app.listen({ port: 0, host: '127.0.0.1' });
      const port = (server.app.server.address() as { port: number }).port;
      const before = await storedKeys();
      const answer = await new Promise<{ status: number; body: string; connection: string | undefined }>((resolve, reject) => {
        const req = httpRequest({
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/authoring/uploads?name=groot.jpg',
          headers: { cookie: noord, 'content-type': 'image/jpeg', 'content-length': String(200 * 1024 * 1024) },
        });
        req.on('response', (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection }));
        });
        req.on('error', reject);
        req.write(Buffer.alloc(1024));
      });
      expect(answer.status).toBe(413);
      expect(answer.connection).toBe('close');
      expect(UploadRefused.parse(JSON.parse(answer.body)).problem.message.nl).toMatch(/te groot/);
      expect(await storedKeys()).toEqual(before);
      expect(await tmpUploads()).toEqual([]);
    });

    it('needs a file name and a login', async () => {
      const noName = await server.app.inject({ method: 'POST', url: '/api/authoring/uploads', headers: { cookie: noord }, payload: Buffer.alloc(10) });
      expect(noName.statusCode).toBe(422);
      const anonymous = await server.app.inject({ method: 'POST', url: '/api/authoring/uploads?name=a.jpg', payload: Buffer.alloc(10) });
      expect(anonymous.statusCode).toBe(401);
    });
  });

  it("keeps each organisation's uploads and media to itself (404 for others), and never serves originals", async () => {
    const mine = await uploadReady(server, noord, 'eigen.jpg', await panoramaJpeg(2048, 1024));
    expect((await server.app.inject({ url: `/api/authoring/uploads/${mine.id}`, headers: { cookie: zuid } })).statusCode).toBe(404);
    expect((await media(zuid, mine.media!.src)).status).toBe(404);
    expect((await media(zuid, mine.media!.preview)).status).toBe(404);
    const theirs = (await server.app.inject({ url: '/api/authoring/uploads', headers: { cookie: zuid } })).json();
    expect(theirs.uploads).toEqual([]);
    for (const path of [`media/${mine.id}`, `media/..%2F${mine.id}.jpg`, 'media/originals', `media/${mine.id}.JPG`]) {
      expect((await media(noord, path)).status, path).toBe(404);
    }
    expect((await server.app.inject({ url: `/api/authoring/${mine.media!.src}` })).statusCode).toBe(401);
  });

  it('picks up uploads a restart left half-done (still processing, original kept)', async () => {
    const db = server.db.database.db;
    const org = await db.selectFrom('organisations').select('id').where('name', '=', 'ROC Noord').executeTakeFirstOrThrow();
    const id = 'herstart0000000000001';
    await server.app.ctx.authoring.storage.put(`uploads/${org.id}/originals/${id}`, await panoramaJpeg(2048, 1024));
    await db
      .insertInto('uploads')
      .values({
        id,
        organisation_id: org.id,
        created_by: 'b@roc-noord.nl',
        file_name: 'herstart.jpg',
        kind: 'image',
        format: 'jpeg',
        status: 'processing',
        progress: 40,
        width: null,
        height: null,
        src_file: null,
        preview_file: null,
        problem: null,
        bytes: 1,
        created_at: 0,
        updated_at: 0,
        placement: JSON.stringify({ fullWidth: 2048, fullHeight: 1024, left: 0, top: 0, width: 2048, height: 1024, whole: true }),
        original_key: `uploads/${org.id}/originals/${id}`,
      })
      .execute();
    await server.app.ctx.authoring.processor.resume();
    await server.app.ctx.authoring.processor.idle();
    const view = UploadView.parse((await server.app.inject({ url: `/api/authoring/uploads/${id}`, headers: { cookie: noord } })).json());
    expect(view).toMatchObject({ status: 'ready', media: { width: 2048, height: 1024 } });
    expect(await storedKeys()).not.toContain(`uploads/${org.id}/originals/${id}`);
  });

  it('lets a maker upload', async () => {
    const beheerder = await server.login('a@roc-noord.nl');
    await server.app.inject({
      method: 'POST',
      url: '/api/organisation/facilitators',
      headers: { cookie: beheerder },
      payload: { email: 'maker@roc-noord.nl', password: PASSWORD, role: 'maker' },
    });
    const maker = await server.login('maker@roc-noord.nl');
    const res = await upload(server, maker, 'maker.jpg', await panoramaJpeg(2048, 1024));
    expect(res.statusCode).toBe(202);
    await server.app.ctx.authoring.processor.idle();
  });
});
