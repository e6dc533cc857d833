import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountList } from '../../src/core/api/accounts.ts';
import { DATABASE_KINDS } from './test-database.ts';
import { PASSWORD, startTestServer, type TestServer } from './test-server.ts';

describe.each(DATABASE_KINDS)('a beheerder’s accounts on %s', (kind) => {
  let server: TestServer;
  let beheerder: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    beheerder = await server.login('a@roc-noord.nl');
  });
  afterAll(() => server.close());

  it('adds a begeleider and a maker and lists the organisation’s accounts only', async () => {
    for (const [email, role] of [
      ['nieuw@roc-noord.nl', 'begeleider'],
      ['maker@roc-noord.nl', 'maker'],
    ] as const) {
      const res = await server.app.inject({
        method: 'POST',
        url: '/api/organisation/facilitators',
        headers: { cookie: beheerder },
        payload: { email, password: PASSWORD, role },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const list = AccountList.parse((await server.app.inject({ url: '/api/organisation/facilitators', headers: { cookie: beheerder } })).json());
    expect(list.accounts.map((a) => [a.email, a.role])).toEqual([
      ['a@roc-noord.nl', 'beheerder'],
      ['b@roc-noord.nl', 'begeleider'],
      ['nieuw@roc-noord.nl', 'begeleider'],
      ['maker@roc-noord.nl', 'maker'],
    ]);
    expect(await server.login('maker@roc-noord.nl')).toContain('bbvr-session=');
    const begeleider = await server.login('b@roc-noord.nl');
    expect((await server.app.inject({ url: '/api/organisation/facilitators', headers: { cookie: begeleider } })).statusCode).toBe(403);
  });

  it('sets the organisation’s limit for profiles next to the retention, each on its own', async () => {
    const put = (payload: unknown) =>
      server.app.inject({ method: 'PUT', url: '/api/organisation/settings', headers: { cookie: beheerder }, payload: payload as object });
    expect((await put({ profileMaxAgeDays: 120 })).statusCode).toBe(200);
    expect((await put({ defaultRetentionDays: 14 })).statusCode).toBe(200);
    expect((await put({})).statusCode).toBe(422);
    expect((await put({ profileMaxAgeDays: 0 })).statusCode).toBe(422);
    expect((await server.app.inject({ url: '/api/organisation', headers: { cookie: beheerder } })).json()).toEqual({
      name: 'ROC Noord',
      defaultRetentionDays: 14,
      profileMaxAgeDays: 120,
    });
  });
});
