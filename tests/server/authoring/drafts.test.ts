import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DraftConflict, DraftList, DraftView, PresenceAnswer, UploadList } from '../../../src/core/api/authoring.ts';
import { scenarioMediaFiles } from '../../../src/core/scenario-media.ts';
import { Scenario } from '../../../src/core/scenario-schema.ts';
import { DATABASE_KINDS } from '../test-database.ts';
import { SCENARIO, startTestServer, type TestServer } from '../test-server.ts';
import { panoramaJpeg, uploadReady } from './upload-fixtures.ts';

describe.each(DATABASE_KINDS)('drafts on %s', (kind) => {
  let server: TestServer;
  let b: string;
  let a: string;
  let zuid: string;
  let uploadId: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    [a, b, zuid] = await Promise.all([server.login('a@roc-noord.nl'), server.login('b@roc-noord.nl'), server.login('c@zuid.nl')]);
    uploadId = (await uploadReady(server, b, 'gang.jpg', await panoramaJpeg(2048, 1024))).id;
  });
  afterAll(() => server.close());

  const create = (cookie: string, payload: object) => server.app.inject({ method: 'POST', url: '/api/authoring/scenarios', headers: { cookie }, payload });
  const get = (cookie: string, id: string) => server.app.inject({ url: `/api/authoring/scenarios/${id}`, headers: { cookie } });
  const save = (cookie: string, id: string, scenario: unknown, baseRevision: number) =>
    server.app.inject({ method: 'PUT', url: `/api/authoring/scenarios/${id}`, headers: { cookie }, payload: { scenario, baseRevision } as object });

  it('makes a one-node draft from an upload, its id from the title, unique across the catalog', async () => {
    const res = await create(b, { fromUpload: uploadId, title: 'Één ochtend op De Linde!' });
    expect(res.statusCode, res.body).toBe(201);
    const draft = DraftView.parse(res.json());
    expect(draft).toMatchObject({
      path: 'ouderenzorg/een-ochtend-op-de-linde',
      revision: 1,
      updatedBy: 'b@roc-noord.nl',
      published: null,
      editors: [],
      versions: [],
    });
    expect(draft.scenario).toMatchObject({
      id: 'een-ochtend-op-de-linde',
      zorgcategorie: 'ouderenzorg',
      startNode: 'start',
      nodes: [{ id: 'start', media: { type: 'image', src: `media/${uploadId}.jpg`, preview: `media/${uploadId}-preview.jpg` } }],
    });
    const again = DraftView.parse((await create(b, { fromUpload: uploadId, title: 'Één ochtend op De Linde' })).json());
    expect(again.path).toBe('ouderenzorg/een-ochtend-op-de-linde-2');
    // The built-in scenario's id is taken too, whatever the zorgcategorie.
    const builtIn = DraftView.parse((await create(b, { fromUpload: uploadId, title: 'Ochtend verpleeghuis', zorgcategorie: 'thuiszorg' })).json());
    expect(builtIn.path).toBe('thuiszorg/ochtend-verpleeghuis-2');
    const list = DraftList.parse((await server.app.inject({ url: '/api/authoring/scenarios', headers: { cookie: a } })).json());
    expect(list.drafts.map((d) => d.path)).toEqual(expect.arrayContaining([draft.path, again.path, builtIn.path]));
  });

  it('saves on the base revision only: a second save on the same base is 409 with the current draft, and nothing is lost', async () => {
    const draft = DraftView.parse((await create(b, { fromUpload: uploadId, title: 'Twee makers' })).json());
    const mine = { ...(draft.scenario as object), description: { nl: 'Versie van b' } };
    const theirs = { ...(draft.scenario as object), description: { nl: 'Versie van a' } };
    const first = await save(b, draft.id, mine, 1);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ revision: 2 });
    const second = await save(a, draft.id, theirs, 1);
    expect(second.statusCode).toBe(409);
    const conflict = DraftConflict.parse(second.json());
    expect(conflict.draft).toMatchObject({ revision: 2, updatedBy: 'b@roc-noord.nl', scenario: { description: { nl: 'Versie van b' } } });
    // a chooses: merge onto the current revision.
    const merged = await save(a, draft.id, { ...theirs, description: { nl: 'Versie van b, aangevuld door a' } }, 2);
    expect(merged.statusCode).toBe(200);
    const now = DraftView.parse((await get(b, draft.id)).json());
    expect(now).toMatchObject({ revision: 3, updatedBy: 'a@roc-noord.nl', scenario: { description: { nl: 'Versie van b, aangevuld door a' } } });
  });

  it('lets exactly one of two simultaneous saves on one revision through', async () => {
    const draft = DraftView.parse((await create(b, { fromUpload: uploadId, title: 'Tegelijk' })).json());
    const results = await Promise.all([
      save(a, draft.id, { ...(draft.scenario as object), description: { nl: 'a' } }, 1),
      save(b, draft.id, { ...(draft.scenario as object), description: { nl: 'b' } }, 1),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const winner = results[0]!.statusCode === 200 ? 'a' : 'b';
    expect(DraftView.parse((await get(a, draft.id)).json()).scenario).toMatchObject({ description: { nl: winner } });
  });

  it('moves the catalog path with the scenario’s zorgcategorie and id until first published', async () => {
    const draft = DraftView.parse((await create(b, { fromUpload: uploadId, title: 'Wijkroute' })).json());
    const scenario = { ...(draft.scenario as object), zorgcategorie: 'thuiszorg', id: 'wijkroute-noord' };
    expect((await save(b, draft.id, scenario, 1)).statusCode).toBe(200);
    expect(DraftView.parse((await get(b, draft.id)).json()).path).toBe('thuiszorg/wijkroute-noord');
    // An id that is taken (the built-in scenario's) leaves the path as it was; the save itself is kept.
    expect((await save(b, draft.id, { ...scenario, id: 'ochtend-verpleeghuis' }, 2)).statusCode).toBe(200);
    expect(DraftView.parse((await get(b, draft.id)).json())).toMatchObject({ path: 'thuiszorg/wijkroute-noord', revision: 3 });
  });

  it('refuses bad input with 4xx and an ApiError', async () => {
    const draft = DraftView.parse((await create(b, { fromUpload: uploadId, title: 'Fout' })).json());
    for (const payload of [{ scenario: [], baseRevision: 1 }, { scenario: null, baseRevision: 1 }, { scenario: {} }, { scenario: {}, baseRevision: -1 }, 'x']) {
      const res = await server.app.inject({ method: 'PUT', url: `/api/authoring/scenarios/${draft.id}`, headers: { cookie: b }, payload: payload as object });
      expect(res.statusCode, JSON.stringify(payload)).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(res.json().error).toBeTypeOf('string');
    }
    for (const payload of [
      {},
      { fromUpload: 'nope', title: 'x' },
      { fromUpload: uploadId, title: '' },
      { copy: 'geen/pad/hier' },
      { copy: 'ouderenzorg/bestaat-niet' },
    ]) {
      const res = await create(b, payload);
      expect([404, 422], JSON.stringify(payload)).toContain(res.statusCode);
    }
  });

  it('shows who else has the draft open, for 30 s after their last heartbeat', async () => {
    const draft = DraftView.parse((await create(b, { fromUpload: uploadId, title: 'Samen' })).json());
    const beat = async (cookie: string) =>
      PresenceAnswer.parse((await server.app.inject({ method: 'POST', url: `/api/authoring/scenarios/${draft.id}/presence`, headers: { cookie } })).json());
    expect((await beat(b)).editors).toEqual([]);
    const since = server.clock.now;
    expect((await beat(a)).editors).toEqual([{ email: 'b@roc-noord.nl', since }]);
    expect(DraftView.parse((await get(b, draft.id)).json()).editors).toEqual([{ email: 'a@roc-noord.nl', since }]);
    server.clock.now += 20_000;
    await beat(a);
    server.clock.now += 20_000;
    expect((await beat(b)).editors).toEqual([{ email: 'a@roc-noord.nl', since }]);
    server.clock.now += 31_000;
    expect((await beat(b)).editors).toEqual([]);
  });

  it('copies a built-in scenario with its media into the organisation', async () => {
    const res = await create(b, { copy: SCENARIO });
    expect(res.statusCode, res.body).toBe(201);
    const draft = DraftView.parse(res.json());
    expect(draft.path).toBe('ouderenzorg/ochtend-verpleeghuis-kopie');
    const scenario = Scenario.parse(draft.scenario);
    expect(scenario.title.nl).toMatch(/\(kopie\)$/);
    const files = scenarioMediaFiles(scenario);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      expect(file).toMatch(/^media\/[a-z0-9]{20}(-preview)?\.(jpg|mp4|webm|mp3)$/);
      expect((await server.app.inject({ url: `/api/authoring/${file}`, headers: { cookie: a } })).statusCode, file).toBe(200);
    }
    const start = scenario.nodes.find((n) => n.id === scenario.startNode)!;
    expect(start.media.preview).toBe(start.media.src.replace('.jpg', '-preview.jpg'));
    const uploads = UploadList.parse((await server.app.inject({ url: '/api/authoring/uploads', headers: { cookie: b } })).json()).uploads;
    expect(uploads.find((u) => `media/${u.id}.jpg` === start.media.src)).toMatchObject({
      status: 'ready',
      media: { src: start.media.src, preview: start.media.preview },
    });
  });

  it("keeps drafts to their organisation: another one's answer 404", async () => {
    const draft = DraftView.parse((await create(b, { fromUpload: uploadId, title: 'Alleen Noord' })).json());
    expect((await get(zuid, draft.id)).statusCode).toBe(404);
    expect((await save(zuid, draft.id, draft.scenario, 1)).statusCode).toBe(404);
    expect((await server.app.inject({ method: 'POST', url: `/api/authoring/scenarios/${draft.id}/presence`, headers: { cookie: zuid } })).statusCode).toBe(404);
    expect(DraftList.parse((await server.app.inject({ url: '/api/authoring/scenarios', headers: { cookie: zuid } })).json()).drafts).toEqual([]);
    expect((await create(zuid, { fromUpload: uploadId, title: 'Van Noord' })).statusCode).toBe(404);
    expect((await get(b, 'NOT-AN-ID')).statusCode).toBe(404);
    expect(DraftView.parse((await get(b, draft.id)).json()).revision).toBe(1);
  });
});
