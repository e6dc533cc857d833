import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/core/api/api-error.ts';
import { SetupState } from '../../src/core/api/setup.ts';
import { buildServer } from '../../src/server/build-server.ts';
import { firstRunCodeMatches, formatFirstRunCode, newFirstRunCode } from '../../src/server/setup/first-run-code.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from './test-database.ts';
import { PASSWORD } from './test-server.ts';

const LAN = '192.168.1.20';
const body = (extra: Record<string, unknown> = {}) => ({ organisation: 'ROC Eerste', email: 'beheer@roc-eerste.nl', password: PASSWORD, ...extra });

describe.each(DATABASE_KINDS)('first run without a terminal on %s', (kind) => {
  let db: TestDatabase | undefined;
  afterEach(async () => {
    await db?.database.close();
    await db?.drop();
    db = undefined;
  });

  async function emptyServer(code?: string) {
    db = await createTestDatabase(kind);
    const app = await buildServer({ database: db.database, scenesDir: 'scenes', ...(code ? { firstRunCode: code } : {}) });
    await app.ready();
    return app;
  }

  it('is refused from another computer without the code, and works once with it', async () => {
    const code = newFirstRunCode();
    const app = await emptyServer(code);
    const state = await app.inject({ url: '/api/setup', remoteAddress: LAN });
    expect(SetupState.parse(state.json())).toEqual({ needed: true, codeRequired: true });

    const without = await app.inject({ method: 'POST', url: '/api/setup', remoteAddress: LAN, payload: body() });
    expect([without.statusCode, ApiError.parse(without.json()).error]).toEqual([403, 'setup-code']);
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/setup',
      remoteAddress: LAN,
      payload: body({ code: 'ACDEFGHJKM' === code ? 'ACDEFGHJKN' : 'ACDEFGHJKM' }),
    });
    expect(wrong.statusCode).toBe(403);
    expect((await db!.database.db.selectFrom('facilitators').select('id').execute()).length).toBe(0);

    // Typed as printed: in groups, lower case.
    const made = await app.inject({ method: 'POST', url: '/api/setup', remoteAddress: LAN, payload: body({ code: formatFirstRunCode(code).toLowerCase() }) });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toEqual({ email: 'beheer@roc-eerste.nl', role: 'beheerder', organisation: 'ROC Eerste' });
    // Logged in at once.
    const cookie = `${made.cookies[0]!.name}=${made.cookies[0]!.value}`;
    expect((await app.inject({ url: '/api/auth/me', headers: { cookie } })).json()).toMatchObject({ role: 'beheerder', organisation: 'ROC Eerste' });

    // The page is gone now: for everyone, with or without the code.
    expect(SetupState.parse((await app.inject({ url: '/api/setup' })).json()).needed).toBe(false);
    const again = await app.inject({ method: 'POST', url: '/api/setup', payload: body({ email: 'twee@roc-eerste.nl', code }) });
    expect(again.statusCode).toBe(404);
    expect((await db!.database.db.selectFrom('facilitators').select('id').execute()).length).toBe(1);
    await app.close();
  });

  it('works from the server’s own computer without a code, but not when a proxy forwarded the request', async () => {
    const app = await emptyServer();
    expect(SetupState.parse((await app.inject({ url: '/api/setup', remoteAddress: '127.0.0.1' })).json()).codeRequired).toBe(false);
    const proxied = await app.inject({
      method: 'POST',
      url: '/api/setup',
      remoteAddress: '127.0.0.1',
      headers: { 'x-forwarded-for': '203.0.113.9' },
      payload: body(),
    });
    expect(proxied.statusCode).toBe(403);
    const short = await app.inject({ method: 'POST', url: '/api/setup', remoteAddress: '::1', payload: body({ password: 'kort' }) });
    expect(short.statusCode).toBe(422);
    const local = await app.inject({ method: 'POST', url: '/api/setup', remoteAddress: '::1', payload: body() });
    expect(local.statusCode, local.body).toBe(201);
    expect((await app.inject({ method: 'POST', url: '/api/setup', remoteAddress: '::1', payload: body({ email: 'x@y.nl' }) })).statusCode).toBe(404);
    await app.close();
  });

  it('lets only one of two simultaneous first runs through', async () => {
    const app = await emptyServer();
    const results = await Promise.all(
      ['een@roc.nl', 'twee@roc.nl', 'drie@roc.nl'].map((email) =>
        app.inject({ method: 'POST', url: '/api/setup', remoteAddress: '127.0.0.1', payload: body({ email }) }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 404, 404]);
    expect((await db!.database.db.selectFrom('facilitators').select('id').execute()).length).toBe(1);
    await app.close();
  });
});

describe('the one-time code', () => {
  it('has 10 characters of the join-code alphabet and compares as typed', () => {
    const code = newFirstRunCode();
    expect(code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{10}$/);
    expect(firstRunCodeMatches(` ${formatFirstRunCode(code).toLowerCase()} `, code)).toBe(true);
    expect(firstRunCodeMatches(code.slice(1), code)).toBe(false);
    expect(firstRunCodeMatches(code, undefined)).toBe(false);
    expect(firstRunCodeMatches(undefined, code)).toBe(false);
  });
});
