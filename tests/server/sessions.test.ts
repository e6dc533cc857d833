import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/core/api/api-error.ts';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, type SessionView } from '../../src/core/api/sessions.ts';
import { purgeExpired } from '../../src/server/retention.ts';
import { joinOrigin } from '../../src/server/routes/session-routes.ts';
import { DATABASE_KINDS } from './test-database.ts';
import { countEvents, OTHER_SCENARIO, SCENARIO, sceneEntered, startTestServer, type TestServer } from './test-server.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const JOIN_CODE = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

describe.each(DATABASE_KINDS)('sessions on %s', (kind) => {
  let server: TestServer;
  let noord: string;
  let zuid: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    [noord, zuid] = await Promise.all([server.login('a@roc-noord.nl'), server.login('c@zuid.nl')]);
  });
  afterAll(() => server.close());

  // Some tests move the clock by hours or days; log in again only when that expired the login.
  beforeEach(async () => {
    const alive = async (cookie: string) => (await server.app.inject({ url: '/api/auth/me', headers: { cookie } })).statusCode === 200;
    if (!(await alive(noord))) noord = await server.login('a@roc-noord.nl');
    if (!(await alive(zuid))) zuid = await server.login('c@zuid.nl');
  });

  const db = () => server.db.database.db;
  const sessionCount = async () => (await db().selectFrom('sessions').select('id').execute()).length;
  const create = (body: Record<string, unknown>, cookie = noord) =>
    server.app.inject({ method: 'POST', url: '/api/sessions', headers: { cookie }, payload: body });
  const joinRequest = (code: unknown) => server.app.inject({ method: 'POST', url: '/api/join', payload: { code } });
  const rows = async (table: 'participants' | 'events', sessionId: string) =>
    (await db().selectFrom(table).select('id').where('session_id', '=', sessionId).execute()).length;

  describe('creating a session', () => {
    it('an unknown scenario path is 422 naming that path, and nothing is created', async () => {
      const before = await sessionCount();
      const res = await create({ mode: 'intake', scenarios: [SCENARIO, 'ouderenzorg/bestaat-niet'] });
      expect(res.statusCode).toBe(422);
      const body = ApiError.parse(res.json());
      expect(body.message).toContain('ouderenzorg/bestaat-niet');
      expect(body.message).not.toContain(SCENARIO);
      expect(await sessionCount()).toBe(before);
    });

    it.each([
      ['mode', { mode: 'stage' }],
      ['mode', { mode: undefined }],
      ['scenarios', { scenarios: [] }],
      ['scenarios.0', { scenarios: ['Ouderenzorg/Ochtend'] }],
      ['retentionDays', { retentionDays: 0 }],
      ['retentionDays', { retentionDays: 366 }],
      ['retentionDays', { retentionDays: 2.5 }],
      ['joinHours', { joinHours: 0 }],
      ['title', { title: 'x'.repeat(81) }],
      ['title', { title: 'Open dag\u0000' }], // PostgreSQL cannot store NUL: this was a 500
      ['title', { title: 'Open\tdag' }],
      ['(root)', { participantName: 'Jan Jansen' }],
    ])('a bad %s is 422 with an issue at that path', async (path, change) => {
      const before = await sessionCount();
      const res = await create({ mode: 'intake', scenarios: [SCENARIO], ...change });
      expect(res.statusCode).toBe(422);
      const body = ApiError.parse(res.json());
      expect(body.error).toBe('invalid-input');
      expect(body.issues?.map((i) => i.path)).toContain(path);
      expect(await sessionCount()).toBe(before);
    });

    it('retention: 28 days for sollicitatie and intake, 7 for werkveldoriëntatie, unless the session says otherwise', async () => {
      const expectRetention = (s: SessionView, days: number) => {
        expect(s.retentionDays).toBe(days);
        expect(s.purgeAt).toBe(s.createdAt + days * DAY);
      };
      expectRetention(await server.createSession(noord, { mode: 'sollicitatie' }), 28);
      expectRetention(await server.createSession(noord, { mode: 'intake' }), 28);
      expectRetention(await server.createSession(noord, { mode: 'werkveldorientatie' }), 7);
      expectRetention(await server.createSession(noord, { mode: 'sollicitatie', retentionDays: 3 }), 3);
    });

    it("retention: the organisation's default once its beheerder set one, only in that organisation", async () => {
      const put = await server.app.inject({
        method: 'PUT',
        url: '/api/organisation/settings',
        headers: { cookie: zuid },
        payload: { defaultRetentionDays: 14 },
      });
      expect(put.statusCode).toBe(200);
      const zuidSession = await server.createSession(zuid, { mode: 'sollicitatie', scenarios: [OTHER_SCENARIO] });
      expect(zuidSession.retentionDays).toBe(14);
      expect(zuidSession.purgeAt).toBe(zuidSession.createdAt + 14 * DAY);
      // An explicit choice still wins over the organisation's default.
      expect((await server.createSession(zuid, { mode: 'sollicitatie', scenarios: [OTHER_SCENARIO], retentionDays: 60 })).retentionDays).toBe(60);
      // The other organisation keeps the built-in default.
      expect((await server.createSession(noord, { mode: 'sollicitatie' })).retentionDays).toBe(28);
    });

    it('scenarios are stored once each, in the order given', async () => {
      const s = await server.createSession(noord, { scenarios: [OTHER_SCENARIO, SCENARIO, OTHER_SCENARIO] });
      expect(s.scenarios).toEqual([OTHER_SCENARIO, SCENARIO]);
    });
  });

  describe('join codes', () => {
    it(`are ${JOIN_CODE_LENGTH} characters from the join-code alphabet, and differ between sessions`, async () => {
      const codes: string[] = [];
      for (let i = 0; i < 25; i++) codes.push((await server.createSession(noord)).joinCode!);
      for (const code of codes) expect(code).toMatch(JOIN_CODE);
      expect(new Set(codes).size).toBe(codes.length);
    });

    it('work typed in lower case, with spaces or with a hyphen', async () => {
      const session = await server.createSession(noord);
      const code = session.joinCode!;
      const variants = [
        code.toLowerCase(),
        `${code.slice(0, 3)} ${code.slice(3)}`,
        `${code.slice(0, 3)}-${code.slice(3)}`,
        ` ${code.slice(0, 3).toLowerCase()} - ${code.slice(3)} `,
      ];
      for (const typed of variants) {
        const res = await joinRequest(typed);
        expect(res.statusCode, typed).toBe(201);
        expect(res.json().session.id).toBe(session.id);
      }
      expect(await rows('participants', session.id)).toBe(variants.length);
    });

    it('a wrong code is 404 (or 422 when it is no code at all) and creates no participant', async () => {
      const before = (await db().selectFrom('participants').select('id').execute()).length;
      // 'ACD\0EF' was a 500 on PostgreSQL, which cannot compare text holding NUL.
      for (const code of ['AAAAAA', '000000', 'ACD', 'ACD\u0000EF', '\u0000'.repeat(6), 'ÄCDEFG']) {
        const res = await joinRequest(code);
        expect([404, 422]).toContain(res.statusCode);
        ApiError.parse(res.json());
      }
      expect((await db().selectFrom('participants').select('id').execute()).length).toBe(before);
    });

    it('expire after joinHours: 404 from then on', async () => {
      const session = await server.createSession(noord, { joinHours: 1 });
      server.clock.now += 59 * MINUTE;
      expect((await joinRequest(session.joinCode)).statusCode).toBe(201);
      server.clock.now += 1 * MINUTE;
      const expired = await joinRequest(session.joinCode);
      expect(expired.statusCode).toBe(404);
      expect(expired.json().error).toBe('unknown-code');
      server.clock.now += 10 * HOUR;
      expect((await joinRequest(session.joinCode)).statusCode).toBe(404);
      expect(await rows('participants', session.id)).toBe(1);
    });
  });

  describe('ending a session', () => {
    it('closes the door for new devices (404) but an already joined device can still deliver events', async () => {
      const session = await server.createSession(noord);
      const device = await server.join(session.joinCode!);
      const end = await server.app.inject({ method: 'PATCH', url: `/api/sessions/${session.id}`, headers: { cookie: noord }, payload: { status: 'ended' } });
      expect(end.statusCode).toBe(200);
      expect(end.json()).toMatchObject({ status: 'ended', joinCode: null, participantCount: 1 });

      expect((await joinRequest(session.joinCode)).statusCode).toBe(404);
      expect(await rows('participants', session.id)).toBe(1);

      const res = await server.send(device.token, [sceneEntered(0), sceneEntered(1)]);
      expect(res.statusCode).toBe(200);
      expect(await rows('events', session.id)).toBe(2);
      const participation = await server.app.inject({ url: '/api/participation', headers: { authorization: `Bearer ${device.token}` } });
      expect(participation.json()).toMatchObject({ status: 'ended', lastSeq: 1 });
    });

    it('cannot be undone: reopening is 409', async () => {
      const session = await server.createSession(noord);
      const patch = (status: string) =>
        server.app.inject({ method: 'PATCH', url: `/api/sessions/${session.id}`, headers: { cookie: noord }, payload: { status } });
      expect((await patch('ended')).statusCode).toBe(200);
      const reopen = await patch('open');
      expect(reopen.statusCode).toBe(409);
      expect(reopen.json().error).toBe('cannot-reopen');
      expect((await joinRequest(session.joinCode)).statusCode).toBe(404);
    });
  });

  it('participant codes are pseudonymous ("P-" and four characters) and unique within a session', async () => {
    const session = await server.createSession(noord);
    const joined = [];
    for (let i = 0; i < 40; i++) joined.push(await server.join(session.joinCode!));
    const codes = joined.map((j) => j.participantCode);
    for (const code of codes) expect(code).toMatch(/^P-[A-Z0-9]{4}$/);
    expect(new Set(codes).size).toBe(codes.length);
    const detail = await server.app.inject({ url: `/api/sessions/${session.id}`, headers: { cookie: noord } });
    expect(
      detail
        .json()
        .participants.map((p: { code: string }) => p.code)
        .sort(),
    ).toEqual([...codes].sort());
  });

  it('qr.svg is an SVG image of the join link, and 409 once the session is closed', async () => {
    const [one, two] = [await server.createSession(noord), await server.createSession(noord)];
    const qr = (id: string) => server.app.inject({ url: `/api/sessions/${id}/qr.svg`, headers: { cookie: noord } });
    const res = await qr(one.id);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(res.body).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\s\S]*<path[\s\S]*<\/svg>\s*$/);
    // It encodes the session's own code: another session gives another picture.
    expect((await qr(two.id)).body).not.toBe(res.body);
    await server.app.inject({ method: 'PATCH', url: `/api/sessions/${one.id}`, headers: { cookie: noord }, payload: { status: 'ended' } });
    expect((await qr(one.id)).statusCode).toBe(409);
  });

  it('qr.svg answers 400, never 500, to a Host header that is too long or not a host, also over a real socket', async () => {
    const session = await server.createSession(noord);
    const qr = (host: string) => server.app.inject({ url: `/api/sessions/${session.id}/qr.svg`, headers: { cookie: noord, host } });
    for (const host of [
      'a'.repeat(3000), // more than a QR code holds: was a 500
      `${'a'.repeat(64)}.nl`, // a label longer than 63
      `${'abcdefghi.'.repeat(26)}nl`, // a name longer than 253
      'vr.school.nl:99999',
      'vr.school.nl:8080:1',
      'evil.example/#/join/ABCDEF?',
      'user@vr.school.nl',
      'vr school.nl',
    ]) {
      const res = await qr(host);
      expect(res.statusCode, host.slice(0, 40)).toBe(400);
      expect(res.json(), host.slice(0, 40)).toMatchObject({ error: 'bad-host' });
    }
    for (const host of ['vr.school.nl', 'VR.School.NL:8443', '192.168.1.20:8080', '[fe80::1]:8080', 'localhost']) {
      expect((await qr(host)).statusCode, host).toBe(200);
    }

    await server.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = server.app.server.address() as AddressInfo;
    const statusOver = (headers: Record<string, string>, setHost = true) =>
      new Promise<number>((resolve, reject) => {
        const req = httpRequest(
          { port, host: '127.0.0.1', path: `/api/sessions/${session.id}/qr.svg`, headers: { cookie: noord, ...headers }, setHost },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end();
      });
    expect(await statusOver({ host: 'a'.repeat(3000) })).toBe(400);
    expect(await statusOver({}, false)).toBe(400); // no Host at all
    expect(await statusOver({ host: `127.0.0.1:${port}` })).toBe(200);
  });

  it("a participant's export holds only that participant's events, and erasing removes them and leaves the others", async () => {
    const session = await server.createSession(noord);
    const p1 = await server.join(session.joinCode!);
    const p2 = await server.join(session.joinCode!);
    const p1Events = [0, 1, 2].map((s) => sceneEntered(s));
    expect((await server.send(p1.token, p1Events)).statusCode).toBe(200);
    expect((await server.send(p2.token, [sceneEntered(0), sceneEntered(1)])).statusCode).toBe(200);
    const url = (code: string) => `/api/sessions/${session.id}/participants/${code}`;

    const exported = await server.app.inject({ url: url(p1.participantCode), headers: { cookie: noord } });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toContain(`${p1.participantCode}.json`);
    const body = exported.json();
    expect(body.participant.code).toBe(p1.participantCode);
    expect(body.session).toMatchObject({ id: session.id, retentionDays: session.retentionDays, purgeAt: session.purgeAt });
    expect(body.events.map((e: { id: string }) => e.id)).toEqual(p1Events.map((e) => e.id));
    expect(new Set(body.events.map((e: { participantCode: string }) => e.participantCode))).toEqual(new Set([p1.participantCode]));

    const totalBefore = await countEvents(server);
    const erase = await server.app.inject({ method: 'DELETE', url: url(p1.participantCode), headers: { cookie: noord } });
    expect(erase.statusCode).toBe(200);
    expect(erase.json()).toEqual({ erased: p1.participantCode, events: 3 });
    expect(await countEvents(server)).toBe(totalBefore - 3);
    expect(
      await db()
        .selectFrom('events')
        .select('id')
        .where(
          'id',
          'in',
          p1Events.map((e) => e.id),
        )
        .execute(),
    ).toHaveLength(0);
    expect(await db().selectFrom('participants').select('code').where('session_id', '=', session.id).execute()).toEqual([{ code: p2.participantCode }]);
    expect(await rows('events', session.id)).toBe(2);

    expect((await server.app.inject({ url: url(p1.participantCode), headers: { cookie: noord } })).statusCode).toBe(404);
    expect((await server.app.inject({ url: url(p2.participantCode), headers: { cookie: noord } })).json().events).toHaveLength(2);
    // The erased device's token no longer works; the other one still does.
    expect((await server.send(p1.token, [sceneEntered(3)])).statusCode).toBe(401);
    expect((await server.send(p2.token, [sceneEntered(2)])).statusCode).toBe(200);
  });

  it('retention: purgeExpired removes a session past purge_at with its participants and events, and leaves younger sessions', async () => {
    const old = await server.createSession(noord, { retentionDays: 1 });
    const young = await server.createSession(noord, { retentionDays: 2 });
    for (const s of [old, young]) {
      const device = await server.join(s.joinCode!);
      expect(
        (
          await server.send(
            device.token,
            [0, 1, 2, 3].map((seq) => sceneEntered(seq)),
          )
        ).statusCode,
      ).toBe(200);
    }
    const exists = async (id: string) => Boolean(await db().selectFrom('sessions').select('id').where('id', '=', id).executeTakeFirst());

    // One millisecond before: nothing of it goes.
    await purgeExpired(db(), old.purgeAt - 1, kind);
    expect(await exists(old.id)).toBe(true);

    server.clock.now = old.purgeAt + HOUR;
    const result = await purgeExpired(db(), server.clock.now, kind);
    expect(result.sessions).toBeGreaterThanOrEqual(1);
    expect(await exists(old.id)).toBe(false);
    expect(await rows('participants', old.id)).toBe(0);
    expect(await rows('events', old.id)).toBe(0);

    expect(await exists(young.id)).toBe(true);
    expect(await rows('participants', young.id)).toBe(1);
    expect(await rows('events', young.id)).toBe(4);
    // Nothing younger than its retention was taken.
    const remaining = await db().selectFrom('sessions').select('purge_at').execute();
    for (const r of remaining) expect(r.purge_at).toBeGreaterThan(server.clock.now);
    expect(remaining.length).toBeGreaterThan(1);
  });
});

describe('the address in the QR code', () => {
  it('is the LAN address when the dashboard was opened on localhost, and the dashboard’s own address otherwise', () => {
    const lan = ['https://192.168.1.20:8080/'];
    expect(joinOrigin('https', 'localhost:8080', lan)).toBe('https://192.168.1.20:8080');
    expect(joinOrigin('http', '127.0.0.1:8080', lan)).toBe('https://192.168.1.20:8080');
    expect(joinOrigin('https', '192.168.1.20:8080', lan)).toBe('https://192.168.1.20:8080');
    expect(joinOrigin('https', 'vr.school.nl', lan)).toBe('https://vr.school.nl');
    expect(joinOrigin('http', 'localhost:8080', [])).toBe('http://localhost:8080');
    expect(joinOrigin('http', '[::1]:8080', lan)).toBe('https://192.168.1.20:8080');
  });

  it('takes only a real host from the request: a look-alike of localhost is not local; a missing or bad Host is null', () => {
    const lan = ['https://192.168.1.20:8080/'];
    expect(joinOrigin('https', 'localhost.evil.example', lan)).toBe('https://localhost.evil.example');
    expect(joinOrigin('https', 'VR.School.NL:8443', lan)).toBe('https://vr.school.nl:8443');
    expect(joinOrigin('https', undefined, lan)).toBeNull();
    expect(joinOrigin('https', 'evil.example/#', lan)).toBeNull();
    expect(joinOrigin('https', 'a'.repeat(3000), lan)).toBeNull();
    expect(joinOrigin('gopher', 'vr.school.nl', [])).toBeNull();
  });
});
