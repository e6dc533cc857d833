import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xapiAccountHomePageFromEnv } from '../../src/server/xapi-settings.ts';
import { DATABASE_KINDS } from './test-database.ts';
import { sceneEntered, startTestServer, type TestServer } from './test-server.ts';

describe.each(DATABASE_KINDS)('the xAPI export on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, { xapiAccountHomePage: 'https://vr.roc-noord.nl/' });
  });
  afterAll(() => server.close());

  it('gives candidates of two sessions with the same participant code two agents, on the configured homePage', async () => {
    const cookie = await server.login('a@roc-noord.nl');
    const exports = [];
    for (let i = 0; i < 2; i++) {
      const session = await server.createSession(cookie);
      const { token } = await server.join(session.joinCode!);
      // Codes are unique only within a session: give both the same one, as chance may.
      await server.db.database.db.updateTable('participants').set({ code: 'P-AAAA' }).where('session_id', '=', session.id).execute();
      expect((await server.send(token, [sceneEntered(0)])).statusCode).toBe(200);
      const res = await server.app.inject({ method: 'GET', url: `/api/sessions/${session.id}/xapi`, headers: { cookie } });
      expect(res.statusCode).toBe(200);
      exports.push(res.json()[0] as { actor: { account: { homePage: string; name: string } }; context: { extensions: Record<string, unknown> } });
    }
    const [one, two] = exports;
    expect(one!.actor.account.homePage).toBe('https://vr.roc-noord.nl/');
    expect(two!.actor.account.homePage).toBe('https://vr.roc-noord.nl/');
    expect(one!.actor.account.name).not.toBe(two!.actor.account.name);
    // The code the facilitator sees stays in the statement, as an extension.
    expect(one!.context.extensions['https://beroepsbeeld-vr.nl/xapi/extensions/participant-code']).toBe('P-AAAA');
  });
});

describe('XAPI_ACCOUNT_HOMEPAGE', () => {
  it('is optional, must be an absolute http(s) URL, and is named in the error', () => {
    expect(xapiAccountHomePageFromEnv({})).toBeUndefined();
    expect(xapiAccountHomePageFromEnv({ XAPI_ACCOUNT_HOMEPAGE: '' })).toBeUndefined();
    expect(xapiAccountHomePageFromEnv({ XAPI_ACCOUNT_HOMEPAGE: 'https://vr.roc-noord.nl/' })).toBe('https://vr.roc-noord.nl/');
    expect(() => xapiAccountHomePageFromEnv({ XAPI_ACCOUNT_HOMEPAGE: 'vr.roc-noord.nl' })).toThrow(/XAPI_ACCOUNT_HOMEPAGE/);
    expect(() => xapiAccountHomePageFromEnv({ XAPI_ACCOUNT_HOMEPAGE: 'ftp://vr.roc-noord.nl/' })).toThrow(/http\(s\)/);
  });
});
