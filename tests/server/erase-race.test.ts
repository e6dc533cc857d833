import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/db/schema.ts';
import { DATABASE_KINDS } from './test-database.ts';
import { SCENARIO, sceneEntered, startTestServer, type TestServer } from './test-server.ts';

type Db = Kysely<Database>;

/**
 * Makes the server run `erase` right before its next write (a transaction, or an insert outside
 * one), after the request's token was accepted: the moment a facilitator's erasure lands between
 * a device's check and its write. Deterministic on both databases, unlike hoping for a race.
 */
function eraseBeforeNextWrite(server: TestServer, erase: (db: Db) => Promise<unknown>): () => void {
  const real = server.app.ctx.db;
  let armed = true;
  const once = async () => {
    if (!armed) return;
    armed = false;
    await erase(real);
  };
  // Any builder chain: its execute* waits for the erasure first.
  const deferred = (target: object): object =>
    new Proxy(target, {
      get(t, prop) {
        const value = Reflect.get(t, prop, t) as unknown;
        if (typeof value !== 'function') return value;
        if (typeof prop === 'string' && prop.startsWith('execute')) {
          return async (...args: unknown[]) => (await once(), (value as (...a: unknown[]) => unknown).apply(t, args));
        }
        return (...args: unknown[]) => {
          const result = (value as (...a: unknown[]) => unknown).apply(t, args);
          return result && typeof result === 'object' ? deferred(result) : result;
        };
      },
    });
  server.app.ctx.db = new Proxy(real, {
    get(t, prop) {
      if (prop === 'transaction' || prop === 'insertInto') return (...args: unknown[]) => deferred((t[prop] as (...a: unknown[]) => object).apply(t, args));
      // Kysely's classes keep private fields: their methods must run on the real object.
      const value = Reflect.get(t, prop, t) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(t) : value;
    },
  });
  return () => {
    server.app.ctx.db = real;
  };
}

/**
 * Erasing a session or a participant while its devices still send: the writes that arrive too
 * late are refused with a clear 410 (the client then meets the 401 of the gone token), never a
 * 500 from a foreign-key violation, and nothing of the erased session comes back.
 */
describe.each(DATABASE_KINDS)('erasure while devices send on %s', (kind) => {
  let server: TestServer;
  let cookie: string;
  beforeAll(async () => {
    server = await startTestServer(kind);
    cookie = await server.login('a@roc-noord.nl');
  });
  afterAll(() => server.close());

  const rows = async (table: 'events' | 'participants' | 'gaze_bins', sessionId: string) =>
    (await server.db.database.db.selectFrom(table).select('session_id').where('session_id', '=', sessionId).execute()).length;
  const eraseSession = (id: string) => (db: Db) => db.deleteFrom('sessions').where('id', '=', id).execute();

  it('events whose session is erased between the token check and the write: 410, nothing stored', async () => {
    const session = await server.createSession(cookie);
    const device = await server.join(session.joinCode!);
    const restore = eraseBeforeNextWrite(server, eraseSession(session.id));
    try {
      const res = await server.send(device.token, [sceneEntered(0), sceneEntered(1)]);
      expect(res.statusCode, res.body).toBe(410);
      expect(res.json().error).toBe('gone');
    } finally {
      restore();
    }
    expect(await rows('events', session.id)).toBe(0);
    expect((await server.send(device.token, [sceneEntered(0)])).statusCode).toBe(401);
  });

  it('events whose participant is erased between the token check and the write: 410, nothing stored', async () => {
    const session = await server.createSession(cookie);
    const device = await server.join(session.joinCode!);
    const other = await server.join(session.joinCode!);
    const restore = eraseBeforeNextWrite(server, (db) => db.deleteFrom('participants').where('code', '=', device.participantCode).execute());
    try {
      const res = await server.send(device.token, [sceneEntered(0)]);
      expect(res.statusCode, res.body).toBe(410);
    } finally {
      restore();
    }
    expect(await rows('events', session.id)).toBe(0);
    expect((await server.send(other.token, [sceneEntered(0)])).statusCode).toBe(200);
  });

  it('gaze samples whose session is erased between the token check and the write: 410, nothing stored', async () => {
    const session = await server.createSession(cookie, { mode: 'werkveldorientatie' });
    const device = await server.join(session.joinCode!);
    const on = await server.app.inject({
      method: 'POST',
      url: `/api/sessions/${session.id}/class`,
      headers: { cookie },
      payload: { kind: 'heatmap', enabled: true },
    });
    expect(on.statusCode).toBe(200);
    const restore = eraseBeforeNextWrite(server, eraseSession(session.id));
    try {
      const res = await server.app.inject({
        method: 'POST',
        url: '/api/participation/gaze',
        headers: { authorization: `Bearer ${device.token}` },
        payload: { samples: [{ scenario: SCENARIO, nodeId: 'gang-start', yaw: 10, pitch: 0 }] },
      });
      expect(res.statusCode, res.body).toBe(410);
    } finally {
      restore();
    }
    expect(await rows('gaze_bins', session.id)).toBe(0);
  });

  it('notes written for a participant erased meanwhile: 410, not a 500', async () => {
    const session = await server.createSession(cookie);
    const device = await server.join(session.joinCode!);
    const restore = eraseBeforeNextWrite(server, (db) => db.deleteFrom('participants').where('code', '=', device.participantCode).execute());
    try {
      const res = await server.app.inject({
        method: 'PUT',
        url: `/api/sessions/${session.id}/participants/${device.participantCode}/notes`,
        headers: { cookie },
        payload: { form: { leerweg: null, niveau: null, leerjaar: null, leervoorkeur: null }, notes: 'x', conclusion: '', proposal: null },
      });
      expect(res.statusCode, res.body).toBe(410);
    } finally {
      restore();
    }
  });

  it('a class sending events and gaze while the session is erased gets only 200, 401 or 410, and nothing of it is left', async () => {
    const session = await server.createSession(cookie, { mode: 'werkveldorientatie' });
    await server.app.inject({ method: 'POST', url: `/api/sessions/${session.id}/class`, headers: { cookie }, payload: { kind: 'heatmap', enabled: true } });
    const devices = await Promise.all(Array.from({ length: 8 }, () => server.join(session.joinCode!)));
    const statuses: number[] = [];
    let erased = false;
    const sendUntilRefused = async (token: string) => {
      for (let seq = 0; seq < 400; seq++) {
        const [events, gaze] = await Promise.all([
          server.send(token, [sceneEntered(seq)]),
          server.app.inject({
            method: 'POST',
            url: '/api/participation/gaze',
            headers: { authorization: `Bearer ${token}` },
            payload: { samples: [{ scenario: SCENARIO, nodeId: 'gang-start', yaw: seq % 360, pitch: 0 }] },
          }),
        ]);
        statuses.push(events.statusCode, gaze.statusCode);
        if (erased && events.statusCode === 401) return;
      }
    };
    const sending = Promise.all(devices.map((d) => sendUntilRefused(d.token)));
    await new Promise((r) => setTimeout(r, 300));
    const started = Date.now();
    const erase = await server.app.inject({ method: 'DELETE', url: `/api/sessions/${session.id}`, headers: { cookie } });
    // Not starved by the devices' row locks (PostgreSQL took 20 s when they kept coming).
    expect(Date.now() - started).toBeLessThan(5000);
    expect(erase.statusCode).toBe(200);
    erased = true;
    await sending;
    expect([...new Set(statuses)].filter((s) => ![200, 401, 410].includes(s))).toEqual([]);
    expect(statuses).toContain(200);
    for (const table of ['events', 'participants', 'gaze_bins'] as const) expect(await rows(table, session.id)).toBe(0);
  });
});
