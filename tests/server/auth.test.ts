import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiError } from '../../src/core/api/api-error.ts';
import { DATABASE_KINDS } from './test-database.ts';
import { PASSWORD, SCENARIO, startTestServer, type TestServer } from './test-server.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function setCookieHeader(res: LightMyRequestResponse): string {
  const raw = res.headers['set-cookie'];
  const all = Array.isArray(raw) ? raw : [raw];
  expect(all).toHaveLength(1);
  return String(all[0]);
}

/** The attributes of a Set-Cookie header, lower-cased names. */
function cookieAttributes(header: string): Map<string, string> {
  const [, ...attrs] = header.split(';').map((s) => s.trim());
  return new Map(attrs.map((a) => [a.split('=')[0]!.toLowerCase(), a.split('=')[1] ?? '']));
}

function expectApiError(res: LightMyRequestResponse, status: number, code?: string): void {
  expect(res.statusCode).toBe(status);
  const body = ApiError.parse(res.json());
  if (code) expect(body.error).toBe(code);
}

/** A stand-in for the built app (unit tests run before `vite build`): an index.html and one asset. */
function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bbvr-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Beroepsbeeld VR</title>');
  writeFileSync(join(dir, 'assets', 'app-abc123.js'), 'export {};');
  return dir;
}

describe.each(DATABASE_KINDS)('facilitator login and request security on %s', (kind) => {
  let server: TestServer;
  /**
   * A server as behind a TLS proxy, with tight limits. Rate limits count per address; each test
   * comes from its own address so they do not share a bucket.
   */
  let hardened: TestServer;

  beforeAll(async () => {
    [server, hardened] = await Promise.all([
      startTestServer(kind, { distDir: fakeBuild() }),
      startTestServer(kind, { secureCookies: true, limits: { login: { max: 3, timeWindow: 60_000 }, join: { max: 3, timeWindow: 60_000 } } }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([server.close(), hardened.close()]);
  });

  const me = (s: TestServer, cookie: string) => s.app.inject({ url: '/api/auth/me', headers: { cookie } });
  const loginRequest = (s: TestServer, email: string, password: string, remoteAddress = '127.0.0.1') =>
    s.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress });

  describe('the login cookie', () => {
    it('without HTTPS: "bbvr-session", HttpOnly, SameSite=Strict, Path=/, not Secure', async () => {
      const res = await loginRequest(server, 'a@roc-noord.nl', PASSWORD);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ email: 'a@roc-noord.nl', role: 'beheerder', organisation: 'ROC Noord' });
      const header = setCookieHeader(res);
      expect(header.split('=')[0]).toBe('bbvr-session');
      const attrs = cookieAttributes(header);
      expect(attrs.has('httponly')).toBe(true);
      expect(attrs.get('samesite')).toBe('Strict');
      expect(attrs.get('path')).toBe('/');
      expect(attrs.has('secure')).toBe(false);
      expect(attrs.has('domain')).toBe(false);
      // The value is a long random token, not something derived from the account.
      expect(res.cookies[0]!.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    });

    it('with secureCookies: "__Host-bbvr-session" and Secure (and still HttpOnly, Strict, Path=/)', async () => {
      const res = await loginRequest(hardened, 'a@roc-noord.nl', PASSWORD, '10.0.0.1');
      expect(res.statusCode).toBe(200);
      const header = setCookieHeader(res);
      expect(header.split('=')[0]).toBe('__Host-bbvr-session');
      const attrs = cookieAttributes(header);
      expect(attrs.has('secure')).toBe(true);
      expect(attrs.has('httponly')).toBe(true);
      expect(attrs.get('samesite')).toBe('Strict');
      expect(attrs.get('path')).toBe('/');
      // __Host- cookies must not name a domain.
      expect(attrs.has('domain')).toBe(false);
      const c = res.cookies[0]!;
      expect((await me(hardened, `${c.name}=${c.value}`)).statusCode).toBe(200);
      // The plain name is not read on this server.
      expect((await me(hardened, `bbvr-session=${c.value}`)).statusCode).toBe(401);
    });

    it('a wrong password and an unknown e-mail get the same 401 answer, and no cookie', async () => {
      const wrong = await loginRequest(server, 'a@roc-noord.nl', 'not the password');
      const unknown = await loginRequest(server, 'nobody@roc-noord.nl', PASSWORD);
      for (const res of [wrong, unknown]) {
        expectApiError(res, 401, 'bad-credentials');
        expect(res.headers['set-cookie']).toBeUndefined();
      }
      expect(unknown.body).toBe(wrong.body);
    });

    it('the e-mail is matched without regard to case', async () => {
      expect((await loginRequest(server, 'A@ROC-Noord.nl', PASSWORD)).statusCode).toBe(200);
    });
  });

  describe('timeouts', () => {
    it('after 31 minutes without activity the login has expired (401)', async () => {
      const cookie = await server.login('b@roc-noord.nl');
      server.clock.now += 29 * MINUTE;
      expect((await me(server, cookie)).statusCode).toBe(200);
      const other = await server.login('b@roc-noord.nl');
      server.clock.now += 31 * MINUTE;
      expectApiError(await me(server, other), 401, 'session-expired');
      // Gone for good: coming back later does not revive it.
      expectApiError(await me(server, other), 401);
    });

    it('activity every 20 minutes keeps the login alive for 2 hours (sliding)', async () => {
      const cookie = await server.login('b@roc-noord.nl');
      for (let t = 20; t <= 120; t += 20) {
        server.clock.now += 20 * MINUTE;
        expect((await me(server, cookie)).statusCode, `after ${t} min`).toBe(200);
      }
    });

    it('after 12 hours the login has expired even when it was used every 20 minutes', async () => {
      const cookie = await server.login('b@roc-noord.nl');
      const start = server.clock.now;
      while (server.clock.now + 20 * MINUTE <= start + 12 * HOUR) {
        server.clock.now += 20 * MINUTE;
        expect((await me(server, cookie)).statusCode).toBe(200);
      }
      server.clock.now = start + 12 * HOUR + MINUTE;
      expectApiError(await me(server, cookie), 401, 'session-expired');
    });
  });

  it('logout ends the login on the server: replaying the old cookie is 401', async () => {
    const cookie = await server.login('a@roc-noord.nl');
    expect((await me(server, cookie)).statusCode).toBe(200);
    const out = await server.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(200);
    // The browser is told to forget it, too.
    const cleared = out.cookies.find((c) => c.name === 'bbvr-session');
    expect(cleared?.value).toBe('');
    expectApiError(await me(server, cookie), 401);
    expect(
      (await server.app.inject({ method: 'POST', url: '/api/sessions', headers: { cookie }, payload: { mode: 'intake', scenarios: [SCENARIO] } })).statusCode,
    ).toBe(401);
  });

  describe('rate limits', () => {
    it('the 4th login attempt within the window is 429 with an ApiError body, even with the right password', async () => {
      for (let i = 0; i < 3; i++) expectApiError(await loginRequest(hardened, 'a@roc-noord.nl', 'guess number ' + i, '10.0.0.2'), 401);
      const fourth = await loginRequest(hardened, 'a@roc-noord.nl', PASSWORD, '10.0.0.2');
      expectApiError(fourth, 429, 'rate-limited');
      expect(fourth.headers['set-cookie']).toBeUndefined();
      expect(fourth.headers['cache-control']).toBe('no-store');
      // Another address is not affected.
      expect((await loginRequest(hardened, 'a@roc-noord.nl', PASSWORD, '10.0.0.3')).statusCode).toBe(200);
    });

    it('the 4th join within the window is 429 and creates no participant', async () => {
      const cookie = await hardened.login('a@roc-noord.nl');
      const session = await hardened.createSession(cookie);
      const join = () => hardened.app.inject({ method: 'POST', url: '/api/join', payload: { code: session.joinCode }, remoteAddress: '10.0.0.4' });
      for (let i = 0; i < 3; i++) expect((await join()).statusCode).toBe(201);
      const fourth = await join();
      expectApiError(fourth, 429, 'rate-limited');
      const participants = await hardened.db.database.db.selectFrom('participants').select('id').where('session_id', '=', session.id).execute();
      expect(participants).toHaveLength(3);
    });
  });

  describe('CSRF protection', () => {
    let cookie: string;
    beforeAll(async () => {
      cookie = await server.login('a@roc-noord.nl');
    });
    const sessionCount = async () => (await server.db.database.db.selectFrom('sessions').select('id').execute()).length;
    const create = (headers: Record<string, string>) =>
      server.app.inject({ method: 'POST', url: '/api/sessions', headers: { cookie, ...headers }, payload: { mode: 'intake', scenarios: [SCENARIO] } });

    it.each([
      ['sec-fetch-site: cross-site', { 'sec-fetch-site': 'cross-site' }],
      ['sec-fetch-site: same-site (a sibling subdomain)', { 'sec-fetch-site': 'same-site' }],
      ['only origin: https://evil.example', { origin: 'https://evil.example' }],
      ['origin "null" (sandboxed frame)', { origin: 'null' }],
      ['origin on the same host name but another port', { host: 'bbvr.test', origin: 'http://bbvr.test:8080' }],
    ])('a POST with %s is 403 and creates nothing', async (_, headers) => {
      const before = await sessionCount();
      const res = await create(headers);
      expectApiError(res, 403, 'cross-site');
      expect(await sessionCount()).toBe(before);
    });

    it.each([
      ['sec-fetch-site: same-origin', { 'sec-fetch-site': 'same-origin' }],
      ['sec-fetch-site: none (typed by the user)', { 'sec-fetch-site': 'none' }],
      ['an origin matching the host', { host: 'bbvr.test:8443', origin: 'https://bbvr.test:8443' }],
      ['neither header (a script, not a browser page)', {}],
    ])('a POST with %s is accepted', async (_, headers) => {
      const before = await sessionCount();
      expect((await create(headers)).statusCode).toBe(201);
      expect(await sessionCount()).toBe(before + 1);
    });

    it('Sec-Fetch-Site wins over a matching Origin', async () => {
      const res = await create({ host: 'bbvr.test', origin: 'http://bbvr.test', 'sec-fetch-site': 'cross-site' });
      expect(res.statusCode).toBe(403);
    });

    it("device endpoints are protected the same way (a cross-site page cannot join on a visitor's behalf)", async () => {
      const session = await server.createSession(cookie);
      const res = await server.app.inject({
        method: 'POST',
        url: '/api/join',
        headers: { 'sec-fetch-site': 'cross-site' },
        payload: { code: session.joinCode },
      });
      expect(res.statusCode).toBe(403);
      expect((await server.app.inject({ url: `/api/sessions/${session.id}`, headers: { cookie } })).json().participants).toHaveLength(0);
    });
  });

  describe('response headers', () => {
    function expectSecurityHeaders(res: LightMyRequestResponse): void {
      const csp = String(res.headers['content-security-policy']);
      const directives = new Map(
        csp
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...values]) => [name!, values.join(' ')]),
      );
      expect(directives.get('object-src')).toBe("'none'");
      expect(directives.get('base-uri')).toBe("'none'");
      expect(directives.get('frame-ancestors')).toBe("'none'");
      // Scripts only from the app itself, never inline (or no loading at all).
      expect(directives.get('script-src') ?? directives.get('default-src')).toMatch(/^'(self|none)'$/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      // No HSTS on plain HTTP: it would lock browsers out of a laptop without a certificate.
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }

    it('the app page "/" is served with the security headers', async () => {
      const res = await server.app.inject({ url: '/' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expectSecurityHeaders(res);
    });

    it('API responses carry the security headers and Cache-Control: no-store, errors included', async () => {
      const cookie = await server.login('a@roc-noord.nl');
      const requests = [
        { url: '/api/sessions', headers: { cookie } }, // 200
        { method: 'POST' as const, url: '/api/sessions', headers: { cookie }, payload: { mode: 'intake', scenarios: [SCENARIO] } }, // 201
        { url: '/api/auth/me' }, // 401
        { method: 'POST' as const, url: '/api/auth/login', payload: { email: 'x' } }, // 422
        { method: 'POST' as const, url: '/api/join', headers: { 'content-type': 'application/json' }, payload: '{"code":' }, // 400
        { method: 'POST' as const, url: '/api/join', headers: { 'content-type': 'application/xml' }, payload: '<code>ACDEFG</code>' }, // 415
        { method: 'POST' as const, url: '/api/join', payload: { code: 'ACDEFG' } }, // 404 (unknown code)
        { method: 'POST' as const, url: '/api/join', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ code: 'x'.repeat(300_000) }) }, // 413
        { url: '/api/no-such-route' }, // 404 (no route)
        { url: '/api/sessions/%E0%A4%A', headers: { cookie } }, // 400 (broken percent-encoding, answered by the router)
        // An over-long path parameter: 414 from the router, or (as here, with the app's catch-all route) 404.
        { url: `/api/sessions/${'x'.repeat(200)}`, headers: { cookie } },
        { url: '/api/sessions/not-a-session', headers: { cookie } }, // 404
        { method: 'POST' as const, url: '/api/sessions', headers: { cookie, 'sec-fetch-site': 'cross-site' }, payload: {} }, // 403
      ];
      const statuses = new Set<number>();
      for (const r of requests) {
        const res = await server.app.inject(r);
        statuses.add(res.statusCode);
        expect(res.headers['cache-control'], `${r.url} ${res.statusCode}`).toBe('no-store');
        expectSecurityHeaders(res);
        if (res.statusCode >= 400) ApiError.parse(res.json());
      }
      expect([...statuses].sort()).toEqual([200, 201, 400, 401, 403, 404, 413, 415, 422]);
    });
  });
});
