import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { WireEvent } from '../../src/core/api/device-event.ts';
import type { JoinResponse, SessionView } from '../../src/core/api/sessions.ts';
import { addFacilitator } from '../../src/server/accounts.ts';
import { buildServer, type ServerOptions } from '../../src/server/build-server.ts';
import type { DatabaseKind } from '../../src/server/db/open-database.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export const PASSWORD = 'correct horse battery';
export const SCENARIO = 'ouderenzorg/ochtend-verpleeghuis';
export const OTHER_SCENARIO = 'thuiszorg/wijkroute-thuiszorg';

export interface TestServer {
  app: FastifyInstance;
  db: TestDatabase;
  clock: { now: number };
  /** Cookie header for a logged-in facilitator. */
  login(email: string, password?: string): Promise<string>;
  createSession(cookie: string, body?: Record<string, unknown>): Promise<SessionView>;
  join(code: string): Promise<JoinResponse>;
  send(token: string, events: unknown[]): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/**
 * A real server on a fresh database of the given kind, with two organisations ready:
 * "ROC Noord" (a@roc-noord.nl beheerder, b@roc-noord.nl begeleider) and "Zorggroep Zuid"
 * (c@zuid.nl beheerder). Time is a controllable clock.
 */
export async function startTestServer(kind: DatabaseKind, options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const db = await createTestDatabase(kind);
  const clock = { now: Date.UTC(2026, 10, 22, 9, 0, 0) };
  await addFacilitator(db.database.db, { email: 'a@roc-noord.nl', password: PASSWORD, role: 'beheerder', organisation: 'ROC Noord' }, clock.now);
  await addFacilitator(db.database.db, { email: 'b@roc-noord.nl', password: PASSWORD, role: 'begeleider', organisation: 'ROC Noord' }, clock.now);
  await addFacilitator(db.database.db, { email: 'c@zuid.nl', password: PASSWORD, role: 'beheerder', organisation: 'Zorggroep Zuid' }, clock.now);
  const app = await buildServer({
    database: db.database,
    scenesDir: 'scenes',
    now: () => clock.now,
    limits: {
      login: { max: 1000, timeWindow: 60_000 },
      join: { max: 1000, timeWindow: 60_000 },
      events: { max: 100_000, timeWindow: 60_000 },
      gaze: { max: 100_000, timeWindow: 60_000 },
    },
    dataDir: db.dataDir,
    ...options,
  });
  await app.ready();
  const server: TestServer = {
    app,
    db,
    clock,
    async login(email, password = PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
      if (res.statusCode !== 200) throw new Error(`login ${email}: ${res.statusCode} ${res.body}`);
      const c = res.cookies[0]!;
      return `${c.name}=${c.value}`;
    },
    async createSession(cookie, body = {}) {
      const res = await app.inject({ method: 'POST', url: '/api/sessions', headers: { cookie }, payload: { mode: 'intake', scenarios: [SCENARIO], ...body } });
      if (res.statusCode !== 201) throw new Error(`create session: ${res.statusCode} ${res.body}`);
      return res.json();
    },
    async join(code) {
      const res = await app.inject({ method: 'POST', url: '/api/join', payload: { code } });
      if (res.statusCode !== 201) throw new Error(`join: ${res.statusCode} ${res.body}`);
      return res.json();
    },
    send(token, events) {
      return app.inject({ method: 'POST', url: '/api/events', headers: { authorization: `Bearer ${token}` }, payload: { events } });
    },
    async close() {
      await app.close();
      await db.database.close();
      await db.drop();
    },
  };
  return server;
}

/** A valid scene-entered event; `seq` and overrides make variants. */
export function sceneEntered(seq: number, overrides: Partial<WireEvent> = {}): WireEvent {
  return {
    id: crypto.randomUUID(),
    seq,
    at: 1_700_000_000_000 + seq * 1000,
    scenario: SCENARIO,
    body: { type: 'scene-entered', nodeId: `node-${seq}`, via: 'hotspot', fromNodeId: seq ? `node-${seq - 1}` : null },
    ...overrides,
  };
}

export async function countEvents(server: TestServer): Promise<number> {
  const r = await server.db.database.db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
