import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DraftView, PublishBlocked } from '../../../src/core/api/authoring.ts';
import type { WireEvent } from '../../../src/core/api/device-event.ts';
import { Catalog } from '../../../src/core/scenario-catalog.ts';
import { runCheck } from '../../../src/tools/scenes-check.ts';
import { DATABASE_KINDS } from '../test-database.ts';
import { startTestServer, type TestServer } from '../test-server.ts';
import { panoramaJpeg, uploadReady } from './upload-fixtures.ts';

/** A complete scenario on one photo: a question whose two options lead to two endings. */
function publishable(
  base: Record<string, unknown>,
  media: { src: string; preview: string },
  labels = { links: 'Ik help eerst mevrouw', rechts: 'Ik bel de collega' },
) {
  const node = (id: string, extra: object) => ({ id, title: { nl: `Scène ${id}`, en: `Scene ${id}` }, media: { type: 'image', ...media }, ...extra });
  const ending = { ending: { takeaway: { nl: 'Goed gedaan.', en: 'Well done.' } } };
  const option = (id: 'links' | 'rechts') => ({
    id,
    label: { nl: labels[id], en: labels[id] },
    next: id === 'links' ? 'einde-a' : 'einde-b',
    tags: ['samenwerken'],
    talkingPoint: { nl: 'Waarom?', en: 'Why?' },
  });
  return {
    ...base,
    description: { nl: 'Een ochtend op de afdeling.', en: 'A morning on the ward.' },
    title: { nl: 'Ochtend op De Linde', en: 'Morning at De Linde' },
    beroepen: [{ nl: 'Verzorgende IG', en: 'Care worker' }],
    niveaus: [3],
    startNode: 'start',
    nodes: [
      node('start', {
        question: { id: 'wat-eerst', kind: 'choice', prompt: { nl: 'Wat doe je eerst?', en: 'What first?' }, options: [option('links'), option('rechts')] },
      }),
      node('einde-a', ending),
      node('einde-b', ending),
    ],
  };
}

describe.each(DATABASE_KINDS)('publishing on %s', (kind) => {
  let server: TestServer;
  let b: string;
  let zuid: string;
  let media: { src: string; preview: string };

  beforeAll(async () => {
    server = await startTestServer(kind);
    [b, zuid] = await Promise.all([server.login('b@roc-noord.nl'), server.login('c@zuid.nl')]);
    const ready = (await uploadReady(server, b, 'linde.jpg', await panoramaJpeg(4096, 2048))).media!;
    media = { src: ready.src, preview: ready.preview };
  });
  afterAll(() => server.close());

  const inject = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    server.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const newDraft = async (title: string) =>
    DraftView.parse((await inject(b, 'POST', '/api/authoring/scenarios', { fromUpload: media.src.slice(6, 26), title })).json());
  const catalog = async () => Catalog.parse((await server.app.inject({ url: '/scenes/index.json' })).json());
  const publish = (cookie: string, id: string, baseRevision: number) => inject(cookie, 'POST', `/api/authoring/scenarios/${id}/publish`, { baseRevision });

  it('blocks publishing while the checker finds an error, with each problem’s JSON pointer, and writes nothing', async () => {
    const draft = await newDraft('Nog niet af');
    const res = await publish(b, draft.id, 1);
    expect(res.statusCode).toBe(422);
    const blocked = PublishBlocked.parse(res.json());
    expect(blocked.problems.length).toBeGreaterThan(0);
    expect(blocked.problems.every((p) => p.file === `${draft.path}/scenario.json` && (p.pointer === '' || p.pointer.startsWith('/')))).toBe(true);
    expect(blocked.problems.map((p) => p.pointer)).toEqual(expect.arrayContaining(['/beroepen', '/niveaus']));

    // Schema right, but a file the scenario names is missing: missing-media at its pointer.
    const broken = publishable(draft.scenario as Record<string, unknown>, { ...media, src: 'media/onbekend12345678.jpg' });
    expect((await inject(b, 'PUT', `/api/authoring/scenarios/${draft.id}`, { scenario: broken, baseRevision: 1 })).statusCode).toBe(200);
    const missing = PublishBlocked.parse((await publish(b, draft.id, 2)).json());
    expect(missing.problems).toContainEqual(expect.objectContaining({ rule: 'missing-media', pointer: '/nodes/0/media/src', severity: 'error' }));

    expect(existsSync(join(server.app.ctx.authoring.publishedDir, draft.path))).toBe(false);
    expect((await readdir(server.app.ctx.authoring.publishedDir)).filter((f) => f.startsWith('.staging'))).toEqual([]);
    expect((await catalog()).scenarios.map((s) => s.path)).not.toContain(draft.path);
  });

  it('publishes an immutable version in the pack format that joins the catalog and is served; a stale revision is 409', async () => {
    const draft = await newDraft('Ochtend op De Linde');
    expect(
      (
        await inject(b, 'PUT', `/api/authoring/scenarios/${draft.id}`, {
          scenario: publishable(draft.scenario as Record<string, unknown>, media),
          baseRevision: 1,
        })
      ).statusCode,
    ).toBe(200);
    expect((await publish(b, draft.id, 1)).statusCode).toBe(409);
    const res = await publish(b, draft.id, 2);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ path: draft.path, version: '1.0.0' });

    const view = DraftView.parse((await inject(b, 'GET', `/api/authoring/scenarios/${draft.id}`)).json());
    expect(view.published).toEqual({ version: '1.0.0', at: server.clock.now });
    expect(view.versions).toEqual([{ version: '1.0.0', at: server.clock.now, by: 'b@roc-noord.nl' }]);

    // Every organisation's devices see it, next to the built-in ones, served by the same rule.
    const entry = (await catalog()).scenarios.find((s) => s.path === draft.path);
    expect(entry).toMatchObject({ version: '1.0.0', zorgcategorie: 'ouderenzorg', thumbnail: media.preview });
    expect((await catalog()).scenarios.some((s) => s.path === 'ouderenzorg/ochtend-verpleeghuis')).toBe(true);
    const served = await server.app.inject({ url: `/scenes/${draft.path}/scenario.json` });
    expect(served.json()).toMatchObject({ id: draft.path.split('/')[1], version: '1.0.0' });
    expect((await server.app.inject({ url: `/scenes/${draft.path}/${media.src}` })).headers['content-type']).toBe('image/jpeg');
    expect((await server.app.inject({ url: `/scenes/${draft.path}/versions/1.0.0/scenario.json` })).json()).toMatchObject({ version: '1.0.0' });
    expect((await server.app.inject({ url: `/scenes/${draft.path}/versions/1.0.0.json` })).statusCode).toBe(404);

    // On disk it is a scene pack: scenes:check finds nothing wrong.
    const lines: string[] = [];
    const check = await runCheck([join(server.app.ctx.authoring.publishedDir, draft.path)], (l) => lines.push(l));
    expect(check.errors, lines.join('\n')).toBe(0);
    expect(await readdir(join(server.app.ctx.authoring.publishedDir, draft.path, 'versions'))).toEqual(['1.0.0.json']);

    // Another organisation cannot publish or roll back this draft.
    expect((await publish(zuid, draft.id, 2)).statusCode).toBe(404);
    expect((await inject(zuid, 'POST', `/api/authoring/scenarios/${draft.id}/rollback`, { version: '1.0.0' })).statusCode).toBe(404);
  });

  it('keeps a session on the version it started with after a re-publish; its exports resolve from that version; rollback and the next version', async () => {
    const draft = await newDraft('Versies');
    const v1 = publishable(draft.scenario as Record<string, unknown>, media);
    await inject(b, 'PUT', `/api/authoring/scenarios/${draft.id}`, { scenario: v1, baseRevision: 1 });
    expect((await publish(b, draft.id, 2)).json().version).toBe('1.0.0');

    const beheerder = await server.login('a@roc-noord.nl');
    const old = await server.createSession(beheerder, { scenarios: [draft.path] });
    const device = await server.join(old.joinCode!);
    expect(device.session.scenarioVersions).toEqual({ [draft.path]: '1.0.0' });
    let seq = 0;
    const event = (body: WireEvent['body']): WireEvent => ({
      id: crypto.randomUUID(),
      seq: seq++,
      at: 1_700_000_000_000 + seq * 1000,
      scenario: draft.path,
      body,
    });
    const sent = await server.send(device.token, [
      event({ type: 'started', scenarioId: draft.path.split('/')[1]!, scenarioVersion: '1.0.0' }),
      event({ type: 'scene-entered', nodeId: 'start', via: 'start', fromNodeId: null }),
      event({ type: 'question-answered', nodeId: 'start', questionId: 'wat-eerst', optionId: 'links', msToAnswer: 4000, changedFrom: null }),
    ]);
    expect(sent.statusCode, sent.body).toBe(200);

    // Version 1.1.0 renames the option and drops the node the old log entered.
    const v2 = publishable(v1, media, { links: 'Ik ga eerst koffie halen', rechts: 'Ik bel de collega' }) as {
      nodes: { id: string; question?: { options: { id: string }[] } }[];
    };
    v2.nodes[0]!.question!.options[0]!.id = 'koffie';
    expect((await inject(b, 'PUT', `/api/authoring/scenarios/${draft.id}`, { scenario: v2, baseRevision: 2 })).statusCode).toBe(200);
    expect((await publish(b, draft.id, 3)).json()).toEqual({ path: draft.path, version: '1.1.0' });
    expect((await catalog()).scenarios.find((s) => s.path === draft.path)?.version).toBe('1.1.0');

    // The old session still pins 1.0.0 and its devices still get it; a new session pins 1.1.0.
    expect((await server.join(old.joinCode!)).session.scenarioVersions).toEqual({ [draft.path]: '1.0.0' });
    const pinned = await server.app.inject({ url: `/scenes/${draft.path}/versions/1.0.0/scenario.json` });
    expect(pinned.json().nodes[0].question.options[0]).toMatchObject({ id: 'links', label: { nl: 'Ik help eerst mevrouw' } });
    const fresh = await server.createSession(beheerder, { scenarios: [draft.path] });
    expect((await server.join(fresh.joinCode!)).session.scenarioVersions).toEqual({ [draft.path]: '1.1.0' });

    // Exports of the old session name what was played then.
    const csv = (await inject(beheerder, 'GET', `/api/sessions/${old.id}/events.csv`)).body;
    expect(csv).toContain('Ik help eerst mevrouw');
    expect(csv).toContain('Wat doe je eerst?');
    const xapi = (await inject(beheerder, 'GET', `/api/sessions/${old.id}/xapi`)).json() as {
      result?: { response?: string };
      object: { definition?: { name?: Record<string, string> } };
    }[];
    expect(JSON.stringify(xapi)).toContain('Ik help eerst mevrouw');
    expect(JSON.stringify(xapi)).not.toContain('koffie halen');

    // Roll back: 1.0.0 is current again; the next publish is above every version ever published.
    const rolled = await inject(b, 'POST', `/api/authoring/scenarios/${draft.id}/rollback`, { version: '1.0.0' });
    expect(rolled.json()).toEqual({ path: draft.path, version: '1.0.0' });
    expect((await catalog()).scenarios.find((s) => s.path === draft.path)?.version).toBe('1.0.0');
    expect((await server.app.inject({ url: `/scenes/${draft.path}/scenario.json` })).json().version).toBe('1.0.0');
    expect(DraftView.parse((await inject(b, 'GET', `/api/authoring/scenarios/${draft.id}`)).json()).published?.version).toBe('1.0.0');
    expect((await inject(b, 'POST', `/api/authoring/scenarios/${draft.id}/rollback`, { version: '9.9.9' })).statusCode).toBe(404);
    expect((await inject(b, 'POST', `/api/authoring/scenarios/${draft.id}/publish`, { baseRevision: 3, bump: 'patch' })).json().version).toBe('1.1.1');
  });
});
