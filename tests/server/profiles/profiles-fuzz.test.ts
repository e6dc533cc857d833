import fc from 'fast-check';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/core/api/api-error.ts';
import { VOLATILE_BLOCKS } from '../../../src/core/leerwerkplaats-schema.ts';
import { buildServer } from '../../../src/server/build-server.ts';
import type { DatabaseKind } from '../../../src/server/db/open-database.ts';
import { validProfile, validProfileV1 } from '../../core/fixtures/leerwerkplaats.ts';
import { anyJson, anyString, jsonBody, junk, nastyChar, nearValid, randomSegment } from '../fuzz-inputs.ts';
import { createTestDatabase, DATABASE_KINDS } from '../test-database.ts';
import { startTestServer, type TestServer } from '../test-server.ts';
import { profileRequests } from './profile-requests.ts';

/**
 * Random and near-valid input at the endpoints of issue 12 (profiles, team links, first run,
 * settings). Whatever comes in: below 500, errors in the documented shape, and a refused request
 * changes nothing (row counts and the profile's revision stay as they were).
 */
const RUNS: Record<DatabaseKind, number> = { sqlite: 150, postgres: 80 };

/** The fixture profile with up to three mistakes anywhere in it: junk, a nasty character, a key dropped or added. */
function nearValidProfile(base: () => unknown = validProfile): fc.Arbitrary<unknown> {
  const step = fc.record({
    kind: fc.constantFrom('junk', 'char', 'drop', 'extra'),
    path: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
    value: junk,
    char: nastyChar,
  });
  return fc.array(step, { maxLength: 3 }).map((steps) => {
    const doc = structuredClone(base()) as Record<string, unknown>;
    for (const { kind, path, value, char } of steps) {
      let node: unknown = doc;
      for (const [depth, index] of path.entries()) {
        if (typeof node !== 'object' || node === null) break;
        const keys = Object.keys(node);
        if (keys.length === 0) break;
        const key = keys[index % keys.length]!;
        const child = (node as Record<string, unknown>)[key];
        const last = depth === path.length - 1 || typeof child !== 'object' || child === null;
        if (!last) {
          node = child;
          continue;
        }
        const target = node as Record<string, unknown>;
        if (kind === 'junk') target[key] = value;
        else if (kind === 'drop') delete target[key];
        else if (kind === 'extra') Object.defineProperty(target, `x${index}`, { value, enumerable: true, configurable: true, writable: true });
        else target[key] = typeof child === 'string' ? `${child.slice(0, 3)}${char}${child.slice(3)}` : char;
        break;
      }
    }
    return doc;
  });
}

describe.each(DATABASE_KINDS)('fuzzing the profile, team link and first-run endpoints on %s', (kind) => {
  const numRuns = RUNS[kind];
  let server: TestServer;
  let cookie: string;
  let token: string;
  let linkId: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    cookie = await server.login('a@roc-noord.nl');
    const req = profileRequests(server);
    await req.published(cookie);
    ({ token, linkId } = await req.link(cookie));
  });
  afterAll(() => server.close());

  async function rowCounts(db = server.db.database.db) {
    const { rows } = await sql<Record<string, number | string>>`
      select (select count(*) from organisation_profiles) as profiles, (select count(*) from profile_links) as links,
             (select count(*) from facilitators) as facilitators, (select count(*) from organisations) as organisations,
             (select count(*) from first_run) as first_run, (select coalesce(sum(revision), 0) from organisation_profiles) as revisions,
             (select count(*) from organisation_profiles where proposal is not null) as proposals`.execute(db);
    return Object.fromEntries(Object.entries(rows[0]!).map(([k, v]) => [k, Number(v)]));
  }

  async function probe(request: InjectOptions, app = server.app, db = server.db.database.db): Promise<LightMyRequestResponse> {
    const before = await rowCounts(db);
    const res = await app.inject(request);
    const what = `${request.method ?? 'GET'} ${request.url} ${String(request.payload ?? '').slice(0, 400)}\n→ ${res.statusCode} ${res.body.slice(0, 300)}`;
    expect(res.statusCode, what).toBeLessThan(500);
    expect(res.headers['cache-control'], what).toBe('no-store');
    if (res.statusCode >= 400) {
      expect(ApiError.safeParse(JSON.parse(res.body)).success, what).toBe(true);
      expect(await rowCounts(db), what).toEqual(before);
    }
    return res;
  }
  const send = (method: 'POST' | 'PUT' | 'DELETE', url: string, payload: string, headers: Record<string, string> = {}) =>
    probe({ method, url, payload, headers: { 'content-type': 'application/json', ...headers } });
  const post = async (...args: Parameters<typeof send>) => void (await send(...args));

  it('inputs this fuzz once found a 5xx for stay fixed', async () => {
    // PostgreSQL cannot compare text holding NUL.
    expect((await probe({ method: 'DELETE', url: '/api/profiles/de-linde/links/%00', headers: { cookie } })).statusCode).toBe(404);
  });

  it('PUT /api/profiles/:id (the beheerder’s form)', async () => {
    const body = fc.record({
      profile: fc.oneof(nearValidProfile(), nearValidProfile(validProfileV1), anyJson),
      revision: fc.oneof(fc.constant(-1), fc.nat({ max: 5 }), fc.double()),
    });
    await fc.assert(
      fc.asyncProperty(jsonBody(nearValid(body)), async (payload) => {
        // A save that succeeds moves the revision on; give the next run the current one half the time.
        const current = (await server.app.inject({ url: '/api/profiles/de-linde', headers: { cookie } })).json().revision as number;
        const p = payload.replace('"revision":1', `"revision":${current}`);
        await post('PUT', '/api/profiles/de-linde', p, { cookie });
      }),
      { numRuns },
    );
  });

  it('POST /api/profiles, /import, /confirm, /proposal/return, /links', async () => {
    const id = fc.oneof(fc.constantFrom('nieuw-team', 'de-linde', 'x', 'Hoofdletters', '-start', 'a'.repeat(65)), anyString);
    const cases = fc.oneof(
      jsonBody(nearValid(fc.record({ id, teamName: fc.oneof(fc.string({ maxLength: 130 }), anyString) }))).map((p) => ['/api/profiles', p] as const),
      jsonBody(
        nearValid(fc.record({ profiles: fc.array(fc.oneof(nearValidProfile(), nearValidProfile(validProfileV1)), { maxLength: 3 }), replace: fc.boolean() })),
      ).map((p) => ['/api/profiles/import', p] as const),
      jsonBody(nearValid(fc.record({ blocks: fc.array(fc.oneof(fc.constantFrom(...VOLATILE_BLOCKS), anyString), { maxLength: 6 }) }))).map(
        (p) => ['/api/profiles/de-linde/confirm', p] as const,
      ),
      jsonBody(nearValid(fc.record({ message: fc.oneof(fc.string({ maxLength: 1100 }), anyString) }))).map(
        (p) => ['/api/profiles/de-linde/proposal/return', p] as const,
      ),
      jsonBody(nearValid(fc.record({ days: fc.oneof(fc.integer({ min: -5, max: 70 }), fc.double()) }))).map(
        (p) => ['/api/profiles/de-linde/links', p] as const,
      ),
    );
    await fc.assert(
      fc.asyncProperty(cases, ([url, payload]) => post('POST', url, payload, { cookie })),
      { numRuns: numRuns * 2 },
    );
  });

  it('PUT /api/team/profile (with a valid link)', async () => {
    const body = fc.record({
      profile: fc.oneof(nearValidProfile(), anyJson),
      confirmed: fc.array(fc.oneof(fc.constantFrom(...VOLATILE_BLOCKS), anyString), { maxLength: 6 }),
      note: fc.oneof(fc.string({ maxLength: 1100 }), anyString),
    });
    await fc.assert(
      fc.asyncProperty(jsonBody(nearValid(body)), (payload) => post('PUT', '/api/team/profile', payload, { authorization: `Bearer ${token}` })),
      { numRuns },
    );
  });

  it('PUT /api/organisation/settings with the profile limit', async () => {
    const body = nearValid(
      fc.record(
        { profileMaxAgeDays: fc.oneof(fc.integer({ min: -10, max: 1000 }), fc.double()), defaultRetentionDays: fc.integer({ min: 1, max: 365 }) },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(jsonBody(body), (payload) => post('PUT', '/api/organisation/settings', payload, { cookie })),
      { numRuns },
    );
  });

  it('GET and DELETE with random path parameters and credentials', async () => {
    const templates = [
      ['GET', '/api/profiles'],
      ['GET', '/api/profiles/:id'],
      ['GET', '/api/profiles/:id/file'],
      ['GET', '/api/profiles/export.json'],
      ['GET', '/api/team/profile'],
      ['GET', '/api/setup'],
      ['GET', '/api/organisation/facilitators'],
      ['DELETE', '/api/profiles/:id/links/:link'],
    ] as const;
    const id = fc.oneof(fc.constant('de-linde'), randomSegment);
    const link = fc.oneof(fc.constant(linkId), randomSegment);
    const auth = fc.oneof(
      fc.constant(`Bearer ${token}`),
      fc.string({ maxLength: 60 }).map((t) => `Bearer ${t}`),
      fc.constant(undefined),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...templates), id, link, auth, fc.boolean(), async ([method, template], i, l, authorization, withCookie) => {
        const url = template.replace(':id', i).replace(':link', l);
        const headers: Record<string, string> = {};
        if (withCookie) headers.cookie = cookie;
        if (authorization) headers.authorization = authorization.replace(/[^\t\x20-\x7e]/g, '');
        // Revoking the one real link would end the team fuzz; only random link ids are deleted.
        if (method === 'DELETE' && l === linkId) return;
        await probe({ method, url, headers });
      }),
      { numRuns: numRuns * 2 },
    );
  });

  it('POST /api/setup on a database without accounts, from another computer', async () => {
    const db = await createTestDatabase(kind);
    const app = await buildServer({ database: db.database, scenesDir: 'scenes', firstRunCode: 'ACDEFGHJKM' });
    try {
      const body = nearValid(
        fc.record({
          organisation: fc.oneof(fc.string({ maxLength: 130 }), anyString),
          email: fc.oneof(fc.emailAddress(), anyString),
          password: fc.oneof(fc.string({ minLength: 12, maxLength: 40 }), anyString),
          code: fc.oneof(fc.string({ unit: fc.constantFrom(...'ACDEFGHJKM'), maxLength: 12 }), anyString),
        }),
      );
      await fc.assert(
        fc.asyncProperty(jsonBody(body), async (payload) => {
          const res = await probe(
            { method: 'POST', url: '/api/setup', payload, remoteAddress: '192.168.1.20', headers: { 'content-type': 'application/json' } },
            app,
            db.database.db,
          );
          // Without the code, nothing is ever made from another computer.
          expect(res.statusCode).not.toBe(201);
        }),
        { numRuns },
      );
      expect((await rowCounts(db.database.db)).facilitators).toBe(0);
    } finally {
      await app.close();
      await db.database.close();
      await db.drop();
    }
  });
});
