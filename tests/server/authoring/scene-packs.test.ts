import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DraftView } from '../../../src/core/api/authoring.ts';
import { PackImportAnswer, PackRefused } from '../../../src/core/api/scene-packs.ts';
import { Catalog } from '../../../src/core/scenario-catalog.ts';
import { Scenario } from '../../../src/core/scenario-schema.ts';
import { readPack } from '../../../src/scene-pack/read-pack.ts';
import { makeSmallScenes, startQuestion, smallScenario } from '../../scene-pack/small-pack.ts';
import { readPackSnapshot } from '../../../src/scene-pack/pack-snapshot.ts';
import { packSources, writePack, type PackSource } from '../../../src/scene-pack/write-pack.ts';
import { buffer } from 'node:stream/consumers';
import { DATABASE_KINDS } from '../test-database.ts';
import { SCENARIO, startTestServer, type TestServer } from '../test-server.ts';
import { panoramaJpeg, uploadReady } from './upload-fixtures.ts';

describe.each(DATABASE_KINDS)('scene packs on %s', (kind) => {
  let noord: TestServer;
  /** A second server (another region) with no built-in scenarios: where packs go. */
  let elders: TestServer;
  let emptyScenes: string;
  let b: string;
  let zuid: string;
  let eldersCookie: string;
  let path: string;
  let draft: DraftView;
  let work: string;

  beforeAll(async () => {
    emptyScenes = await mkdtemp(join(tmpdir(), 'empty-scenes-'));
    work = await mkdtemp(join(tmpdir(), 'packs-test-'));
    [noord, elders] = await Promise.all([startTestServer(kind), startTestServer(kind, { scenesDir: emptyScenes })]);
    [b, zuid, eldersCookie] = await Promise.all([noord.login('b@roc-noord.nl'), noord.login('c@zuid.nl'), elders.login('c@zuid.nl')]);
    const media = (await uploadReady(noord, b, 'linde.jpg', await panoramaJpeg(2048, 1024))).media!;
    draft = DraftView.parse(
      (
        await noord.app.inject({
          method: 'POST',
          url: '/api/authoring/scenarios',
          headers: { cookie: b },
          payload: { fromUpload: media.src.slice(6, 26), title: 'Pakket De Linde' },
        })
      ).json(),
    );
    path = draft.path;
    const scenario = {
      ...smallScenario(),
      id: path.split('/')[1]!,
      nodes: smallScenario().nodes.map((n) => ({ ...n, media: { type: 'image', src: media.src, preview: media.preview } })),
    };
    await saveAndPublish(scenario, 1);
  });
  afterAll(async () => {
    await Promise.all([noord.close(), elders.close()]);
    await rm(emptyScenes, { recursive: true, force: true });
    await rm(work, { recursive: true, force: true });
  });

  async function saveAndPublish(scenario: { nodes: { media: { src: string } }[] }, baseRevision: number) {
    const put = await noord.app.inject({
      method: 'PUT',
      url: `/api/authoring/scenarios/${draft.id}`,
      headers: { cookie: b },
      payload: { scenario, baseRevision },
    });
    expect(put.statusCode, put.body).toBe(200);
    const res = await noord.app.inject({
      method: 'POST',
      url: `/api/authoring/scenarios/${draft.id}/publish`,
      headers: { cookie: b },
      // The people on the photo agreed (issue 11 §1: no publish without a confirmation per photo).
      payload: { baseRevision: baseRevision + 1, consents: [...new Set(scenario.nodes.map((n) => n.media.src))].map((file) => ({ file, kind: 'consent' })) },
    });
    expect(res.statusCode, res.body).toBe(200);
  }
  const exportUrl = (paths: string[], licence = 'CC-BY-4.0') =>
    `/api/authoring/packs/export?${paths.map((p) => `path=${encodeURIComponent(p)}`).join('&')}&licence=${licence}&credit=Foto%27s%3A%20De%20Linde`;
  const exportPack = (server: TestServer, cookie: string, paths: string[], licence?: string) =>
    server.app.inject({ method: 'GET', url: exportUrl(paths, licence), headers: { cookie } });
  const importPack = (server: TestServer, cookie: string, zip: Buffer) =>
    server.app.inject({
      method: 'POST',
      url: '/api/authoring/packs/import?name=pakket.zip',
      headers: { cookie, 'content-type': 'application/zip' },
      payload: zip,
    });
  const catalog = async (server: TestServer) => Catalog.parse((await server.app.inject({ url: '/scenes/index.json' })).json());

  it('exports an organisation’s published scenario as a .zip with a manifest; another organisation gets 404, as for a draft or an unknown path', async () => {
    const res = await exportPack(noord, b, [path]);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${path.replace('/', '-')}.zip"`);
    const zip = join(work, 'noord.zip');
    await writeFile(zip, res.rawPayload);
    const dir = await mkdtemp(join(work, 'read-'));
    const pack = await readPack(zip, dir);
    expect(pack.problems).toEqual([]);
    expect(pack.manifest).toMatchObject({ organisation: 'ROC Noord', licence: 'CC-BY-4.0', credits: ["Foto's: De Linde"], title: 'Klein pakket' });
    expect(pack.manifest!.scenarios.map((s) => [s.path, s.version])).toEqual([[path, '1.0.0']]);
    // The consent confirmed at publish travels with the photo.
    expect(pack.manifest!.consentConfirmations).toEqual([
      {
        file: expect.stringMatching(new RegExp(`^${path}/media/[a-z0-9]+\\.jpg$`)),
        kind: 'consent',
        confirmedBy: 'b@roc-noord.nl',
        confirmedAt: expect.any(String),
      },
    ]);

    const both = await exportPack(noord, b, [SCENARIO, path]);
    expect(both.statusCode).toBe(200);
    await writeFile(join(work, 'both.zip'), both.rawPayload);
    const two = await readPack(join(work, 'both.zip'), await mkdtemp(join(work, 'read-')));
    expect(two.problems).toEqual([]);
    expect(two.manifest!.scenarios.map((s) => s.path)).toEqual([SCENARIO, path]);
    expect(two.manifest!.title).toBe("ROC Noord: 2 scenario's");

    expect((await exportPack(noord, zuid, [path])).statusCode).toBe(404);
    expect((await exportPack(noord, b, ['ouderenzorg/bestaat-niet'])).statusCode).toBe(404);
    expect((await exportPack(noord, zuid, [SCENARIO, path])).statusCode).toBe(404);
    const bad = await exportPack(noord, b, [path], 'vrij');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().message).toContain('not an SPDX licence id');
    expect((await noord.app.inject({ url: exportUrl([path]) })).statusCode).toBe(401);
  });

  it('imports the pack into another organisation elsewhere: the scenario data round-trips exactly, and it is published there', async () => {
    const exported = (await exportPack(noord, b, [path])).rawPayload;
    const res = await importPack(elders, eldersCookie, exported);
    expect(res.statusCode, res.body).toBe(200);
    expect(PackImportAnswer.parse(res.json())).toEqual({ installed: [{ path, version: '1.0.0', previousVersion: null, changes: null }] });

    const original = (await noord.app.inject({ url: `/scenes/${path}/scenario.json` })).rawPayload;
    const there = (await elders.app.inject({ url: `/scenes/${path}/scenario.json` })).rawPayload;
    expect(there.equals(original)).toBe(true);
    const scenario = Scenario.parse(JSON.parse(there.toString('utf8')));
    const src = scenario.nodes[0]!.media.src;
    const [photoHere, photoThere] = await Promise.all([
      noord.app.inject({ url: `/scenes/${path}/${src}` }),
      elders.app.inject({ url: `/scenes/${path}/${src}` }),
    ]);
    expect(photoThere.statusCode).toBe(200);
    expect(photoThere.rawPayload.equals(photoHere.rawPayload)).toBe(true);
    expect((await catalog(elders)).scenarios.map((s) => s.path)).toEqual([path]);

    // It is the importing organisation's own now: it can open it as a draft and export it again.
    const drafts = (await elders.app.inject({ url: '/api/authoring/scenarios', headers: { cookie: eldersCookie } })).json() as { drafts: { path: string }[] };
    expect(drafts.drafts.map((d) => d.path)).toEqual([path]);
    expect((await exportPack(elders, eldersCookie, [path])).statusCode).toBe(200);
    // …and its own other organisation on that server cannot.
    expect((await exportPack(elders, await elders.login('a@roc-noord.nl'), [path])).statusCode).toBe(404);
  });

  it('round-trips a built-in scenario exactly', async () => {
    const res = await exportPack(noord, zuid, [SCENARIO]);
    expect(res.statusCode, res.body).toBe(200);
    const imported = await importPack(elders, eldersCookie, res.rawPayload);
    expect(imported.statusCode, imported.body).toBe(200);
    const original = await readFile(join('scenes', SCENARIO, 'scenario.json'));
    expect((await elders.app.inject({ url: `/scenes/${SCENARIO}/scenario.json` })).rawPayload.equals(original)).toBe(true);
    // Where it is built in, it cannot be installed over the built-in one.
    const again = await importPack(noord, zuid, res.rawPayload);
    expect(again.statusCode).toBe(422);
    expect(PackRefused.parse(again.json()).problems).toEqual([expect.objectContaining({ code: 'built-in-scenario', file: `${SCENARIO}/scenario.json` })]);
  }, 60_000);

  it('refuses a pack whose scenario another organisation has on this server, and a broken upload, installing nothing', async () => {
    const exported = (await exportPack(noord, b, [path])).rawPayload;
    const taken = await importPack(noord, zuid, exported);
    expect(taken.statusCode).toBe(422);
    const refusal = PackRefused.parse(taken.json());
    expect(refusal.problems).toEqual([
      {
        file: `${path}/scenario.json`,
        code: 'taken-by-other-organisation',
        message: {
          nl: `Een andere organisatie op deze server heeft al een scenario ${path}.`,
          en: `Another organisation on this server already has a scenario ${path}.`,
        },
        fix: expect.objectContaining({ en: expect.stringContaining('id') }),
      },
    ]);
    const broken = await importPack(elders, eldersCookie, Buffer.from('dit is geen zip'));
    expect(broken.statusCode).toBe(422);
    expect(PackRefused.parse(broken.json()).problems).toEqual([expect.objectContaining({ code: 'not-a-zip', file: 'pakket.zip' })]);
    for (const server of [noord, elders]) {
      expect((await readdir(server.app.ctx.authoring.publishedDir)).filter((f) => f.startsWith('.staging'))).toEqual([]);
      expect(await readdir(server.app.ctx.authoring.tmpDir)).not.toContainEqual(expect.stringMatching(/^pack-/));
    }
    expect((await importPack(noord, '', exported)).statusCode).toBe(401);
  });

  it('refuses a scenario whose id another scenario on the server has, at another path', async () => {
    const id = path.split('/')[1]!;
    const scenes = await makeSmallScenes({ ...smallScenario(), id, zorgcategorie: 'thuiszorg' }, `thuiszorg/${id}`);
    try {
      const written = await writePack(packSources(await readPackSnapshot(scenes.dir), [`thuiszorg/${id}`]) as PackSource[], {
        title: 'Zelfde id',
        organisation: 'Elders',
        licence: 'CC0-1.0',
      });
      const res = await importPack(noord, zuid, await buffer(written.stream));
      expect(res.statusCode).toBe(422);
      expect(PackRefused.parse(res.json()).problems).toEqual([
        expect.objectContaining({
          file: `thuiszorg/${id}/scenario.json`,
          code: 'scenario-problem',
          message: expect.objectContaining({ en: expect.stringContaining('[duplicate-scenario-id]') }),
        }),
      ]);
      expect((await catalog(noord)).scenarios.map((s) => s.path)).not.toContain(`thuiszorg/${id}`);
    } finally {
      await scenes.remove();
    }
  });

  it('imports a newer version beside the old one and says what changed; the same version again is refused', async () => {
    const current = DraftView.parse((await noord.app.inject({ url: `/api/authoring/scenarios/${draft.id}`, headers: { cookie: b } })).json());
    const next = structuredClone(current.scenario) as ReturnType<typeof smallScenario>;
    startQuestion(next).options[1]!.label = { nl: 'Ik vraag het de cliënt', en: 'I ask the client' };
    next.nodes.push({ ...next.nodes[2]!, id: 'einde-c' });
    await saveAndPublish(next, current.revision);
    const exported = (await exportPack(noord, b, [path])).rawPayload;

    const res = await importPack(elders, eldersCookie, exported);
    expect(res.statusCode, res.body).toBe(200);
    expect(PackImportAnswer.parse(res.json()).installed).toEqual([
      {
        path,
        version: '1.1.0',
        previousVersion: '1.0.0',
        changes: {
          fields: [],
          nodes: { added: ['einde-c'], removed: [], changed: ['start'] },
          options: { added: [], removed: [], changed: ['start/rechts'] },
        },
      },
    ]);
    expect((await elders.app.inject({ url: `/scenes/${path}/scenario.json` })).json()).toMatchObject({ version: '1.1.0' });
    expect((await elders.app.inject({ url: `/scenes/${path}/versions/1.0.0/scenario.json` })).json()).toMatchObject({ version: '1.0.0' });

    const again = await importPack(elders, eldersCookie, exported);
    expect(again.statusCode).toBe(422);
    expect(PackRefused.parse(again.json()).problems).toEqual([
      expect.objectContaining({
        code: 'version-not-newer',
        message: {
          nl: 'Versie 1.1.0 is niet nieuwer dan versie 1.1.0 die jullie al hebben.',
          en: 'Version 1.1.0 is not newer than version 1.1.0, which you already have.',
        },
      }),
    ]);
  });
});
