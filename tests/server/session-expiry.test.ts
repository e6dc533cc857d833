import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from './test-database.ts';
import { SCENARIO, sceneEntered, startTestServer, type TestServer } from './test-server.ts';

const HOUR = 60 * 60_000;

/**
 * A session past its purge date is gone at every request, as if erased, whether or not the
 * daily purge has run yet (it runs at start and then once a day; here it never runs).
 */
describe.each(DATABASE_KINDS)('an expired session on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  /** A session kept 1 day whose join code stays valid 2 days, with one device that logged and a note. */
  async function expiringSession() {
    const cookie = await server.login('a@roc-noord.nl');
    const session = await server.createSession(cookie, { mode: 'werkveldorientatie', retentionDays: 1, joinHours: 48 });
    const device = await server.join(session.joinCode!);
    expect((await server.send(device.token, [sceneEntered(0)])).statusCode).toBe(200);
    return { cookie, session, device };
  }

  function facilitatorRequests(id: string, code: string) {
    const p = `/api/sessions/${id}`;
    return [
      { method: 'GET', url: p },
      { method: 'GET', url: `${p}/events` },
      { method: 'GET', url: `${p}/xapi` },
      { method: 'GET', url: `${p}/events.csv` },
      { method: 'GET', url: `${p}/qr.svg` },
      { method: 'GET', url: `${p}/participants/${code}` },
      { method: 'GET', url: `${p}/participants/${code}/notes` },
      {
        method: 'PUT',
        url: `${p}/participants/${code}/notes`,
        payload: { form: { leerweg: null, niveau: null, leerjaar: null, leervoorkeur: null }, notes: 'x', conclusion: '', proposal: null },
      },
      { method: 'GET', url: `${p}/class` },
      { method: 'POST', url: `${p}/class`, payload: { kind: 'pause', paused: true } },
      { method: 'GET', url: `${p}/heatmap?scenario=${SCENARIO}&node=gang` },
      { method: 'GET', url: `${p}/live` },
      { method: 'PATCH', url: p, payload: { status: 'ended' } },
      { method: 'DELETE', url: `${p}/participants/${code}` },
      { method: 'DELETE', url: p },
    ] as const;
  }

  it('until its purge date everything works (so the refusals below are about expiry)', async () => {
    const { session, device } = await expiringSession();
    server.clock.now = session.purgeAt - 1;
    const cookie = await server.login('a@roc-noord.nl'); // the first login expired with the clock
    expect((await server.app.inject({ method: 'POST', url: '/api/join', payload: { code: session.joinCode } })).statusCode).toBe(201);
    for (const r of facilitatorRequests(session.id, device.participantCode).filter((r) => !r.url.endsWith('/live') && r.method !== 'DELETE')) {
      const res = await server.app.inject({ ...r, headers: { cookie } });
      expect(res.statusCode, `${r.method} ${r.url}: ${res.body}`).toBeLessThan(300);
    }
  });

  it('past its purge date it cannot be read, exported, changed, listed or joined, and nothing is created', async () => {
    const { session, device } = await expiringSession();
    server.clock.now = session.purgeAt + HOUR;
    const login = await server.login('a@roc-noord.nl');
    for (const r of facilitatorRequests(session.id, device.participantCode)) {
      const res = await server.app.inject({ ...r, headers: { cookie: login } });
      expect(res.statusCode, `${r.method} ${r.url}: ${res.body}`).toBe(404);
      expect(res.json().error).toBe('not-found');
    }
    const list = await server.app.inject({ url: '/api/sessions', headers: { cookie: login } });
    expect(list.json().sessions.map((s: { id: string }) => s.id)).not.toContain(session.id);

    const join = await server.app.inject({ method: 'POST', url: '/api/join', payload: { code: session.joinCode } });
    expect(join.statusCode).toBe(404);
    expect(join.json().error).toBe('unknown-code');
    const participants = await server.db.database.db.selectFrom('participants').select('id').where('session_id', '=', session.id).execute();
    expect(participants).toHaveLength(1);
    // Nothing was written by the refused requests either.
    const row = await server.db.database.db.selectFrom('sessions').select(['status', 'class_state']).where('id', '=', session.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'open', class_state: null });
    const notes = await server.db.database.db
      .selectFrom('participant_notes as n')
      .innerJoin('participants as p', 'p.id', 'n.participant_id')
      .select('n.content')
      .where('p.session_id', '=', session.id)
      .execute();
    expect(notes).toHaveLength(0);
  });

  it("past its purge date the devices' token is refused on every device route (401, as for an erased participant)", async () => {
    const { session, device } = await expiringSession();
    server.clock.now = session.purgeAt;
    const auth = { authorization: `Bearer ${device.token}` };
    const requests = [
      { method: 'GET', url: '/api/participation' },
      { method: 'POST', url: '/api/participation/heartbeat' },
      { method: 'GET', url: '/api/participation/live' },
      { method: 'POST', url: '/api/participation/gaze', payload: { samples: [{ scenario: SCENARIO, nodeId: 'gang', yaw: 0, pitch: 0 }] } },
    ] as const;
    for (const r of requests) {
      const res = await server.app.inject({ ...r, headers: auth });
      expect(res.statusCode, `${r.method} ${r.url}: ${res.body}`).toBe(401);
    }
    expect((await server.send(device.token, [sceneEntered(1)])).statusCode).toBe(401);
    const events = await server.db.database.db.selectFrom('events').select('id').where('session_id', '=', session.id).execute();
    expect(events).toHaveLength(1);
  });
});
