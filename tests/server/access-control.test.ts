import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_NOTES } from '../../src/core/api/participant-notes.ts';
import type { JoinResponse, SessionView } from '../../src/core/api/sessions.ts';
import { DATABASE_KINDS } from './test-database.ts';
import { countEvents, OTHER_SCENARIO, SCENARIO, sceneEntered, startTestServer, type TestServer } from './test-server.ts';

/**
 * Every facilitator endpoint that addresses one session. Adding an endpoint to the API means
 * adding one line here; each line is then checked for other organisations, missing cookies and
 * device tokens, and that its owner really can use it (so a 404 is not just a typo in the path).
 */
interface Endpoint {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  payload?: unknown;
  /** Server-sent events: the response never ends, so it is read as a stream. */
  stream?: boolean;
}

const FACILITATOR_ENDPOINTS: Endpoint[] = [
  { method: 'GET', path: '/api/sessions/:id' },
  { method: 'PATCH', path: '/api/sessions/:id', payload: { status: 'ended' } },
  { method: 'DELETE', path: '/api/sessions/:id' },
  { method: 'GET', path: '/api/sessions/:id/qr.svg' },
  { method: 'GET', path: '/api/sessions/:id/events' },
  { method: 'GET', path: '/api/sessions/:id/xapi' },
  { method: 'GET', path: '/api/sessions/:id/events.csv' },
  { method: 'GET', path: '/api/sessions/:id/participants/:code' },
  { method: 'DELETE', path: '/api/sessions/:id/participants/:code' },
  { method: 'GET', path: '/api/sessions/:id/live', stream: true },
  { method: 'GET', path: '/api/sessions/:id/class' },
  { method: 'POST', path: '/api/sessions/:id/class', payload: { kind: 'pause', paused: true } },
  { method: 'GET', path: `/api/sessions/:id/heatmap?scenario=${SCENARIO}&node=gang` },
  { method: 'GET', path: '/api/sessions/:id/participants/:code/notes' },
  { method: 'PUT', path: '/api/sessions/:id/participants/:code/notes', payload: { ...EMPTY_NOTES, notes: 'Overwritten by someone else' } },
];

const NOBODY_SESSION = '00000000-0000-4000-8000-000000000000';

describe.each(DATABASE_KINDS)('access control on %s', (kind) => {
  let server: TestServer;
  /** ROC Noord: beheerder and begeleider. */
  let noord: string;
  let noordBegeleider: string;
  /** Zorggroep Zuid: the other organisation. */
  let zuid: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    [noord, noordBegeleider, zuid] = await Promise.all([server.login('a@roc-noord.nl'), server.login('b@roc-noord.nl'), server.login('c@zuid.nl')]);
  });
  afterAll(() => server.close());

  interface Fixture {
    session: SessionView;
    device: JoinResponse;
  }

  /** A Noord session with one participant who delivered three events and has notes. */
  async function noordSessionWithData(): Promise<Fixture> {
    const session = await server.createSession(noord);
    const device = await server.join(session.joinCode!);
    expect(
      (
        await server.send(
          device.token,
          [0, 1, 2].map((s) => sceneEntered(s)),
        )
      ).statusCode,
    ).toBe(200);
    const notes = await server.app.inject({
      method: 'PUT',
      url: `/api/sessions/${session.id}/participants/${device.participantCode}/notes`,
      headers: { cookie: noord },
      payload: { ...EMPTY_NOTES, notes: 'Wil graag in de ouderenzorg werken.' },
    });
    expect(notes.statusCode).toBe(200);
    return { session, device };
  }

  function url(ep: Endpoint, f: { session: { id: string }; device: { participantCode: string } }): string {
    return ep.path.replace(':id', f.session.id).replace(':code', f.device.participantCode);
  }

  function call(ep: Endpoint, target: string, headers: Record<string, string>) {
    const options: InjectOptions = { method: ep.method, url: target, headers };
    if (ep.payload !== undefined) options.payload = ep.payload as InjectOptions['payload'];
    return server.app.inject(options);
  }

  /** Everything stored for a session, to prove a refused request changed nothing. */
  async function snapshot(sessionId: string) {
    const db = server.db.database.db;
    return {
      session: await db.selectFrom('sessions').selectAll().where('id', '=', sessionId).executeTakeFirst(),
      participants: await db.selectFrom('participants').selectAll().where('session_id', '=', sessionId).orderBy('id').execute(),
      events: await db.selectFrom('events').selectAll().where('session_id', '=', sessionId).orderBy('id').execute(),
      notes: await db
        .selectFrom('participant_notes as n')
        .innerJoin('participants as p', 'p.id', 'n.participant_id')
        .selectAll('n')
        .where('p.session_id', '=', sessionId)
        .execute(),
    };
  }

  describe.each(FACILITATOR_ENDPOINTS)('$method $path', (ep) => {
    it('a facilitator of another organisation gets 403/404, the same answer as for a session that does not exist, and nothing changes', async () => {
      const f = await noordSessionWithData();
      const before = await snapshot(f.session.id);
      expect(before.session).toBeDefined();
      expect(before.events).toHaveLength(3);
      expect(before.notes).toHaveLength(1);

      const res = await call(ep, url(ep, f), { cookie: zuid });
      expect([403, 404]).toContain(res.statusCode);
      // Same answer as for an id nobody has: another organisation's session ids cannot be probed.
      const nobody = await call(ep, url(ep, { ...f, session: { id: NOBODY_SESSION } }), { cookie: zuid });
      expect({ status: res.statusCode, body: res.json() }).toEqual({ status: nobody.statusCode, body: nobody.json() });

      expect(await snapshot(f.session.id)).toEqual(before);
    });

    it('without a cookie, or with a forged one, the answer is 401 and nothing changes', async () => {
      const f = await noordSessionWithData();
      const before = await snapshot(f.session.id);
      for (const headers of [{}, { cookie: 'bbvr-session=forged-value-that-was-never-issued' }] as Record<string, string>[]) {
        const res = await call(ep, url(ep, f), headers);
        expect(res.statusCode).toBe(401);
        expect(res.json().error).toMatch(/not-logged-in|session-expired/);
      }
      expect(await snapshot(f.session.id)).toEqual(before);
    });

    it("a device token is no facilitator login (401), not even for the device's own session", async () => {
      const f = await noordSessionWithData();
      const before = await snapshot(f.session.id);
      const res = await call(ep, url(ep, f), { authorization: `Bearer ${f.device.token}` });
      expect(res.statusCode).toBe(401);
      expect(await snapshot(f.session.id)).toEqual(before);
    });

    it('a facilitator of the owning organisation can use it (so the refusals above are not a wrong path)', async () => {
      const f = await noordSessionWithData();
      if (ep.stream) {
        const controller = new AbortController();
        const res = await server.app.inject({
          method: ep.method,
          url: url(ep, f),
          headers: { cookie: noordBegeleider },
          payloadAsStream: true,
          signal: controller.signal,
        });
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
        expect(res.headers['cache-control']).toBe('no-store');
        const first = String((await res.stream()[Symbol.asyncIterator]().next()).value);
        expect(first).toContain('event: ready');
        controller.abort();
        return;
      }
      const res = await call(ep, url(ep, f), { cookie: noordBegeleider });
      expect(res.statusCode).toBe(200);
    });
  });

  it('after a refused cross-organisation DELETE and PATCH the session is still open, joinable and exportable by its owner', async () => {
    const f = await noordSessionWithData();
    for (const method of ['DELETE', 'PATCH'] as const) {
      const res = await server.app.inject({
        method,
        url: `/api/sessions/${f.session.id}`,
        headers: { cookie: zuid },
        payload: method === 'PATCH' ? { status: 'ended' } : undefined,
      });
      expect(res.statusCode).toBe(404);
    }
    const erase = await server.app.inject({
      method: 'DELETE',
      url: `/api/sessions/${f.session.id}/participants/${f.device.participantCode}`,
      headers: { cookie: zuid },
    });
    expect(erase.statusCode).toBe(404);

    const detail = await server.app.inject({ url: `/api/sessions/${f.session.id}`, headers: { cookie: noord } });
    expect(detail.json().session.status).toBe('open');
    expect(detail.json().participants.map((p: { code: string }) => p.code)).toEqual([f.device.participantCode]);
    const events = await server.app.inject({ url: `/api/sessions/${f.session.id}/events`, headers: { cookie: noord } });
    expect(events.json().events).toHaveLength(3);
    expect((await server.app.inject({ method: 'POST', url: '/api/join', payload: { code: f.session.joinCode } })).statusCode).toBe(201);
  });

  it('GET /api/sessions lists only sessions of the own organisation', async () => {
    const noordSession = await server.createSession(noord);
    const zuidSession = await server.createSession(zuid, { scenarios: [OTHER_SCENARIO] });
    const list = async (cookie: string) => {
      const res = await server.app.inject({ url: '/api/sessions', headers: { cookie } });
      expect(res.statusCode).toBe(200);
      return (res.json().sessions as SessionView[]).map((s) => s.id);
    };
    const noordIds = await list(noord);
    const zuidIds = await list(zuid);
    expect(noordIds).toContain(noordSession.id);
    expect(noordIds).not.toContain(zuidSession.id);
    expect(zuidIds).toContain(zuidSession.id);
    expect(zuidIds).not.toContain(noordSession.id);
    // Every listed session really is the organisation's own, checked in the database.
    const orgOf = async (ids: string[]) =>
      new Set((await server.db.database.db.selectFrom('sessions').select('organisation_id').where('id', 'in', ids).execute()).map((r) => r.organisation_id));
    expect((await orgOf(noordIds)).size).toBe(1);
    expect((await orgOf(zuidIds)).size).toBe(1);
    expect([...(await orgOf(noordIds))][0]).not.toBe([...(await orgOf(zuidIds))][0]);
    // A colleague in the same organisation sees the same list.
    expect(await list(noordBegeleider)).toEqual(noordIds);
  });

  it('without a cookie, listing and creating sessions and reading the organisation are 401', async () => {
    const sessionsBefore = await server.db.database.db.selectFrom('sessions').select('id').execute();
    for (const [method, path] of [
      ['GET', '/api/sessions'],
      ['POST', '/api/sessions'],
      ['GET', '/api/organisation'],
      ['PUT', '/api/organisation/settings'],
      ['POST', '/api/organisation/facilitators'],
      ['GET', '/api/auth/me'],
    ] as const) {
      const res = await server.app.inject({
        method,
        url: path,
        payload: method === 'GET' ? undefined : { mode: 'intake', scenarios: ['ouderenzorg/ochtend-verpleeghuis'], defaultRetentionDays: 3 },
      });
      expect(res.statusCode, `${method} ${path}`).toBe(401);
    }
    expect(await server.db.database.db.selectFrom('sessions').select('id').execute()).toHaveLength(sessionsBefore.length);
  });

  describe('organisation administration', () => {
    const orgSettings = async (cookie: string) => (await server.app.inject({ url: '/api/organisation', headers: { cookie } })).json();
    const facilitatorCount = async () => (await server.db.database.db.selectFrom('facilitators').select('id').execute()).length;

    it('a begeleider cannot change the settings or add facilitators (403), and nothing changes', async () => {
      const before = await orgSettings(noord);
      const accounts = await facilitatorCount();
      const put = await server.app.inject({
        method: 'PUT',
        url: '/api/organisation/settings',
        headers: { cookie: noordBegeleider },
        payload: { defaultRetentionDays: 3 },
      });
      expect(put.statusCode).toBe(403);
      expect(put.json().error).toBe('forbidden');
      const post = await server.app.inject({
        method: 'POST',
        url: '/api/organisation/facilitators',
        headers: { cookie: noordBegeleider },
        payload: { email: 'sneaky@roc-noord.nl', password: 'a long enough password', role: 'beheerder' },
      });
      expect(post.statusCode).toBe(403);
      expect(await orgSettings(noord)).toEqual(before);
      expect(await facilitatorCount()).toBe(accounts);
    });

    it('a beheerder can, and only for the own organisation', async () => {
      const zuidBefore = await orgSettings(zuid);
      const put = await server.app.inject({
        method: 'PUT',
        url: '/api/organisation/settings',
        headers: { cookie: noord },
        payload: { defaultRetentionDays: 21 },
      });
      expect(put.statusCode).toBe(200);
      expect((await orgSettings(noordBegeleider)).defaultRetentionDays).toBe(21);
      expect(await orgSettings(zuid)).toEqual(zuidBefore);

      const post = await server.app.inject({
        method: 'POST',
        url: '/api/organisation/facilitators',
        headers: { cookie: noord },
        payload: { email: 'New.Colleague@ROC-Noord.nl', password: 'a long enough password', role: 'begeleider' },
      });
      expect(post.statusCode).toBe(201);
      const added = await server.db.database.db
        .selectFrom('facilitators as f')
        .innerJoin('organisations as o', 'o.id', 'f.organisation_id')
        .select(['o.name', 'f.role'])
        .where('f.email', '=', 'new.colleague@roc-noord.nl')
        .executeTakeFirstOrThrow();
      expect(added).toEqual({ name: 'ROC Noord', role: 'begeleider' });
    });
  });

  describe('devices', () => {
    let a: { session: SessionView; device: JoinResponse };
    let b: { session: SessionView; device: JoinResponse };

    beforeAll(async () => {
      const sa = await server.createSession(noord);
      const sb = await server.createSession(zuid, { scenarios: [OTHER_SCENARIO] });
      a = { session: sa, device: await server.join(sa.joinCode!) };
      b = { session: sb, device: await server.join(sb.joinCode!) };
      expect((await server.send(a.device.token, [sceneEntered(0), sceneEntered(1)])).statusCode).toBe(200);
      expect(
        (
          await server.send(
            b.device.token,
            [0, 1, 2, 3, 4].map((s) => sceneEntered(s, { scenario: OTHER_SCENARIO })),
          )
        ).statusCode,
      ).toBe(200);
    });

    it('GET /api/participation shows a token only its own participation, whatever the query asks', async () => {
      for (const query of ['', `?sessionId=${b.session.id}`, `?participantCode=${b.device.participantCode}`]) {
        const res = await server.app.inject({ url: `/api/participation${query}`, headers: { authorization: `Bearer ${a.device.token}` } });
        expect(res.statusCode).toBe(200);
        expect(res.json()).toEqual({
          participantCode: a.device.participantCode,
          sessionId: a.session.id,
          scenarios: a.session.scenarios,
          status: 'open',
          lastSeq: 1,
          // An intake session offers the candidate's own questionnaire (issue 12).
          questionnaire: true,
        });
      }
      const own = await server.app.inject({ url: '/api/participation', headers: { authorization: `Bearer ${b.device.token}` } });
      expect(own.json()).toMatchObject({ sessionId: b.session.id, lastSeq: 4 });
    });

    it('a token cannot store events for a scenario of another session (422) and nothing is stored', async () => {
      const before = await countEvents(server);
      const res = await server.send(a.device.token, [sceneEntered(2, { scenario: OTHER_SCENARIO })]);
      expect(res.statusCode).toBe(422);
      expect(res.json().error).toBe('invalid-input');
      expect(await countEvents(server)).toBe(before);
      const bEvents = await server.app.inject({ url: `/api/sessions/${b.session.id}/events`, headers: { cookie: zuid } });
      expect(bEvents.json().events.map((e: { participantCode: string }) => e.participantCode)).toEqual(Array(5).fill(b.device.participantCode));
    });

    it('a facilitator cookie is not a device token (401 on /api/events and /api/participation)', async () => {
      const before = await countEvents(server);
      const events = await server.app.inject({ method: 'POST', url: '/api/events', headers: { cookie: noord }, payload: { events: [sceneEntered(9)] } });
      expect(events.statusCode).toBe(401);
      const participation = await server.app.inject({ url: '/api/participation', headers: { cookie: noord } });
      expect(participation.statusCode).toBe(401);
      // Nor is the cookie value usable as a bearer token.
      const asBearer = await server.send(noord.split('=')[1]!, [sceneEntered(9)]);
      expect(asBearer.statusCode).toBe(401);
      expect(await countEvents(server)).toBe(before);
    });

    it('a device token gives no access to listing or creating sessions (401)', async () => {
      const auth = { authorization: `Bearer ${a.device.token}` };
      expect((await server.app.inject({ url: '/api/sessions', headers: auth })).statusCode).toBe(401);
      expect(
        (await server.app.inject({ method: 'POST', url: '/api/sessions', headers: auth, payload: { mode: 'intake', scenarios: a.session.scenarios } }))
          .statusCode,
      ).toBe(401);
      expect((await server.app.inject({ url: '/api/organisation', headers: auth })).statusCode).toBe(401);
    });
  });
});
