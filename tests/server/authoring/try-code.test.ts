import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DraftView, TryAnswer, TryCode } from '../../../src/core/api/authoring.ts';
import { JOIN_CODE_ALPHABET } from '../../../src/core/api/sessions.ts';
import { DATABASE_KINDS } from '../test-database.ts';
import { startTestServer, type TestServer } from '../test-server.ts';
import { panoramaJpeg, uploadReady } from './upload-fixtures.ts';

describe.each(DATABASE_KINDS)('try on a headset on %s', (kind) => {
  let server: TestServer;
  let b: string;
  let zuid: string;
  let draft: DraftView;
  let otherFile: string;

  beforeAll(async () => {
    server = await startTestServer(kind, { limits: { tryCode: { max: 6, timeWindow: 60_000 } } });
    [b, zuid] = await Promise.all([server.login('b@roc-noord.nl'), server.login('c@zuid.nl')]);
    const upload = await uploadReady(server, b, 'gang.jpg', await panoramaJpeg(2048, 1024));
    otherFile = (await uploadReady(server, b, 'andere.jpg', await panoramaJpeg(2048, 1024))).media!.src.slice('media/'.length);
    draft = DraftView.parse(
      (
        await server.app.inject({ method: 'POST', url: '/api/authoring/scenarios', headers: { cookie: b }, payload: { fromUpload: upload.id, title: 'Proef' } })
      ).json(),
    );
  });
  afterAll(() => server.close());

  const makeCode = async (cookie: string) =>
    server.app.inject({ method: 'POST', url: `/api/authoring/scenarios/${draft.id}/try-code`, headers: { cookie, host: 'vr.roc-noord.nl' } });
  /** Each request from its own address: the limit counts per address (one test checks it). */
  let address = 1;
  const open = (path: string, remoteAddress = `10.0.0.${address++}`) => server.app.inject({ url: path, remoteAddress });

  it('gives a short readable code that opens the draft and its media without login, for 10 minutes', async () => {
    const res = await makeCode(b);
    expect(res.statusCode, res.body).toBe(201);
    const code = TryCode.parse(res.json());
    expect(code.code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    expect(code.url).toBe(`http://vr.roc-noord.nl/#/try/${code.code}`);
    expect(code.expiresAt).toBe(server.clock.now + 10 * 60_000);

    const answer = TryAnswer.parse((await open(`/api/try/${code.code.toLowerCase()}`)).json());
    expect(answer).toMatchObject({ path: draft.path, revision: 1, mediaBase: `api/try/${code.code}/`, expiresAt: code.expiresAt });
    const start = (answer.scenario as { nodes: { media: { src: string; preview: string } }[] }).nodes[0]!.media;
    for (const rel of [start.src, start.preview]) {
      const file = await open(`/${answer.mediaBase}${rel}`);
      expect(file.statusCode, rel).toBe(200);
      expect(file.headers['content-type']).toBe('image/jpeg');
    }
    // Only what the draft names: another upload of the same organisation is not reachable with the code.
    expect((await open(`/api/try/${code.code}/media/${otherFile}`)).statusCode).toBe(404);

    server.clock.now += 10 * 60_000;
    expect((await open(`/api/try/${code.code}`)).statusCode).toBe(410);
    expect((await open(`/api/try/${code.code}/media/${start.src.slice(6)}`)).statusCode).toBe(410);
  });

  it('answers 404 for unknown codes and refuses codes for another organisation’s draft', async () => {
    for (const code of ['AAAAAA', 'abc', 'OOOOOO', '%00%00%00%00%00%00']) {
      const res = await open(`/api/try/${code}`);
      expect(res.statusCode, code).toBe(404);
      expect(res.json().error).toBe('unknown-code');
    }
    expect((await makeCode(zuid)).statusCode).toBe(404);
    expect((await server.app.inject({ method: 'POST', url: `/api/authoring/scenarios/${draft.id}/try-code` })).statusCode).toBe(401);
  });

  it('slows guessing per address (429)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await open('/api/try/AAAAAA', '10.9.9.9')).statusCode);
    expect(statuses.slice(0, 6).every((s) => s === 404)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});
