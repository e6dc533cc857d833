import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from './test-database.ts';
import { PASSWORD, startTestServer, type TestServer } from './test-server.ts';

describe.each(DATABASE_KINDS)('the maker role on %s', (kind) => {
  let server: TestServer;
  let beheerder: string;
  let maker: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    beheerder = await server.login('a@roc-noord.nl');
    const added = await server.app.inject({
      method: 'POST',
      url: '/api/organisation/facilitators',
      headers: { cookie: beheerder },
      payload: { email: 'maker@roc-noord.nl', password: PASSWORD, role: 'maker' },
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toEqual({ email: 'maker@roc-noord.nl', role: 'maker' });
    maker = await server.login('maker@roc-noord.nl');
  });
  afterAll(() => server.close());

  it('logs in like a facilitator and sees its own account and organisation', async () => {
    const me = await server.app.inject({ url: '/api/auth/me', headers: { cookie: maker } });
    expect(me.json()).toEqual({ email: 'maker@roc-noord.nl', role: 'maker', organisation: 'ROC Noord' });
    expect((await server.app.inject({ url: '/api/organisation', headers: { cookie: maker } })).statusCode).toBe(200);
  });

  it('cannot read or start sessions, exports, profiles or server info (403)', async () => {
    const session = await server.createSession(beheerder);
    for (const [method, url] of [
      ['GET', '/api/sessions'],
      ['POST', '/api/sessions'],
      ['GET', `/api/sessions/${session.id}`],
      ['GET', `/api/sessions/${session.id}/events`],
      ['GET', `/api/sessions/${session.id}/xapi`],
      ['GET', `/api/sessions/${session.id}/events.csv`],
      ['DELETE', `/api/sessions/${session.id}`],
      ['GET', '/api/leerwerkplaatsen'],
      ['GET', '/api/server-info'],
      ['POST', '/api/organisation/facilitators'],
    ] as const) {
      const res = await server.app.inject({ method, url, headers: { cookie: maker }, ...(method === 'POST' ? { payload: {} } : {}) });
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(res.json().error).toBe('forbidden');
    }
    // The session is still there: the refused DELETE changed nothing.
    expect((await server.app.inject({ url: `/api/sessions/${session.id}`, headers: { cookie: beheerder } })).statusCode).toBe(200);
  });

  it('keeps logins tied to accounts after the role change of the table (cascade on delete still works)', async () => {
    const db = server.db.database.db;
    const row = await db.selectFrom('facilitators').select(['id', 'role']).where('email', '=', 'maker@roc-noord.nl').executeTakeFirstOrThrow();
    expect(row.role).toBe('maker');
    const before = await db.selectFrom('auth_sessions').select('id_hash').where('facilitator_id', '=', row.id).execute();
    expect(before.length).toBeGreaterThan(0);
    await db.deleteFrom('facilitators').where('id', '=', row.id).execute();
    const after = await db.selectFrom('auth_sessions').select('id_hash').where('facilitator_id', '=', row.id).execute();
    expect(after).toEqual([]);
    await expect(
      db
        .insertInto('facilitators')
        .values({ id: 'x', organisation_id: row.id, email: 'bad@roc-noord.nl', password_hash: 'x', role: 'admin' as never, created_at: 0 })
        .execute(),
    ).rejects.toThrow();
  });
});
