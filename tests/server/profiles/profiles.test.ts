import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/core/api/api-error.ts';
import { ProfileDetail, ProfileOverview } from '../../../src/core/api/profiles.ts';
import { checkProfile } from '../../../src/core/leerwerkplaats-checker.ts';
import { validProfileV1 } from '../../core/fixtures/leerwerkplaats.ts';
import { DATABASE_KINDS } from '../test-database.ts';
import { SCENARIO, startTestServer, type TestServer } from '../test-server.ts';
import { profileDoc, profileRequests } from './profile-requests.ts';

const DAY = 24 * 60 * 60_000;

describe.each(DATABASE_KINDS)('an organisation’s own leerwerkplaatsprofielen on %s', (kind) => {
  let server: TestServer;
  let req: ReturnType<typeof profileRequests>;
  let noord: string;
  let begeleider: string;
  let zuid: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    req = profileRequests(server);
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    // Every test starts on the same day with fresh logins and no own profiles.
    server.clock.now = Date.UTC(2026, 10, 22, 9, 0, 0);
    await server.db.database.db.deleteFrom('organisation_profiles').execute();
    [noord, begeleider, zuid] = await Promise.all([server.login('a@roc-noord.nl'), server.login('b@roc-noord.nl'), server.login('c@zuid.nl')]);
  });

  describe('the beheerder’s form', () => {
    it('publishes a profile, stamping the blocks it sets as checked today by this account', async () => {
      await req.post('/api/profiles', noord, { id: 'de-linde', teamName: 'Team De Linde' });
      const empty = ProfileDetail.parse((await req.get('/api/profiles/de-linde', noord)).json());
      expect(empty).toMatchObject({ id: 'de-linde', profile: null, revision: 1, blocks: [], proposal: null });
      const res = await req.put('/api/profiles/de-linde', noord, { profile: profileDoc(), revision: 1 });
      expect(res.statusCode, res.body).toBe(200);
      const detail = ProfileDetail.parse(res.json().detail);
      expect(detail.revision).toBe(2);
      expect(detail.blocks.map((b) => [b.block, b.reviewedAt, b.check?.by])).toEqual([
        ['placements', '2026-11-22', { kind: 'account', label: 'a@roc-noord.nl' }],
        ['werkbegeleiders', '2026-11-22', { kind: 'account', label: 'a@roc-noord.nl' }],
        ['diensten', '2026-11-22', { kind: 'account', label: 'a@roc-noord.nl' }],
        ['contact', '2026-11-22', { kind: 'account', label: 'a@roc-noord.nl' }],
        ['team', '2026-11-22', { kind: 'account', label: 'a@roc-noord.nl' }],
      ]);
    });

    it('keeps the date of a block that did not change when another one does', async () => {
      const revision = await req.published(noord);
      server.clock.now += 40 * DAY;
      noord = await server.login('a@roc-noord.nl');
      const res = await req.put('/api/profiles/de-linde', noord, { profile: profileDoc((p) => (p.volatile.placements.places[0]!.free = 0)), revision });
      const blocks = ProfileDetail.parse(res.json().detail).blocks;
      expect(blocks.find((b) => b.block === 'placements')!.reviewedAt).toBe('2027-01-01');
      expect(blocks.find((b) => b.block === 'werkbegeleiders')!.reviewedAt).toBe('2026-11-22');
    });

    it('refuses a stale revision (409), another id (422) and what the checker calls an error (422 with pointers), storing nothing', async () => {
      const revision = await req.published(noord);
      expect((await req.put('/api/profiles/de-linde', noord, { profile: profileDoc(), revision: revision - 1 })).statusCode).toBe(409);
      const other = await req.put('/api/profiles/de-linde', noord, { profile: profileDoc((p) => (p.id = 'iets-anders')), revision });
      expect(other.statusCode).toBe(422);
      const bad = await req.put('/api/profiles/de-linde', noord, {
        profile: profileDoc((p) => {
          p.volatile.placements.places[0]!.free = 9;
          p.stable.scenario = 'ouderenzorg/bestaat-niet';
        }),
        revision,
      });
      expect(bad.statusCode).toBe(422);
      const body = ApiError.parse(bad.json());
      expect(body.error).toBe('invalid-profile');
      expect(body.issues!.map((i) => i.path)).toContain('profile/volatile/placements/places/0/free');
      const unknownScenario = await req.put('/api/profiles/de-linde', noord, {
        profile: profileDoc((p) => (p.stable.scenario = 'ouderenzorg/bestaat-niet')),
        revision,
      });
      expect(ApiError.parse(unknownScenario.json()).issues![0]!.path).toBe('profile/stable/scenario');
      expect(ProfileDetail.parse((await req.get('/api/profiles/de-linde', noord)).json()).revision).toBe(revision);
    });

    it('is a beheerder’s job: a begeleider gets 403, nobody logged in 401', async () => {
      await req.published(noord);
      for (const [method, url] of [
        ['GET', '/api/profiles'],
        ['GET', '/api/profiles/de-linde'],
        ['PUT', '/api/profiles/de-linde'],
        ['POST', '/api/profiles/de-linde/confirm'],
        ['POST', '/api/profiles/de-linde/links'],
        ['GET', '/api/profiles/de-linde/file'],
      ] as const) {
        const res = await server.app.inject({ method, url, headers: { cookie: begeleider }, ...(method === 'GET' ? {} : { payload: {} }) });
        expect(res.statusCode, `${method} ${url}`).toBe(403);
        expect((await server.app.inject({ method, url, ...(method === 'GET' ? {} : { payload: {} }) })).statusCode).toBe(401);
      }
    });
  });

  describe('another organisation', () => {
    it('gets 404 for every address of a profile, as if it did not exist, and changes nothing', async () => {
      const revision = await req.published(noord);
      const { linkId } = await req.link(noord);
      for (const [method, url, payload] of [
        ['GET', '/api/profiles/de-linde', undefined],
        ['PUT', '/api/profiles/de-linde', { profile: profileDoc(), revision }],
        ['DELETE', '/api/profiles/de-linde', undefined],
        ['POST', '/api/profiles/de-linde/confirm', {}],
        ['POST', '/api/profiles/de-linde/links', { days: 3 }],
        ['DELETE', `/api/profiles/de-linde/links/${linkId}`, undefined],
        ['POST', '/api/profiles/de-linde/proposal/publish', {}],
        ['POST', '/api/profiles/de-linde/proposal/return', { message: 'nee' }],
        ['GET', '/api/profiles/de-linde/file', undefined],
      ] as const) {
        const res = await server.app.inject({ method, url, headers: { cookie: zuid }, ...(payload === undefined ? {} : { payload }) });
        expect(res.statusCode, `${method} ${url}`).toBe(404);
      }
      expect(ProfileOverview.parse((await req.get('/api/profiles', zuid)).json()).profiles).toEqual([]);
      expect(ProfileDetail.parse((await req.get('/api/profiles/de-linde', noord)).json()).revision).toBe(revision);
      // Zuid may have a profile with the same id: ids are per organisation.
      await req.published(zuid);
      expect(ProfileOverview.parse((await req.get('/api/profiles', zuid)).json()).profiles.map((p) => p.id)).toEqual(['de-linde']);
    });

    it('does not match against it: /api/leerwerkplaatsen lists the own published profiles, over a built-in one with the same id', async () => {
      await req.published(noord, 'chirurgie-3b', (p) => (p.stable.team.name = { nl: 'Chirurgie 3B, eigen versie', en: 'Surgery 3B, own version' }));
      await req.post('/api/profiles', noord, { id: 'nog-leeg', teamName: 'Nog in te vullen' });
      const list = (await req.get('/api/leerwerkplaatsen', noord)).json();
      expect(list.maxAgeDays).toBe(183);
      const chirurgie = list.profiles.filter((e: { profile: { id: string } }) => e.profile.id === 'chirurgie-3b');
      expect(chirurgie).toHaveLength(1);
      expect(chirurgie[0]).toMatchObject({ own: true, source: 'organisation', profile: { stable: { team: { name: { nl: 'Chirurgie 3B, eigen versie' } } } } });
      expect(list.profiles.some((e: { profile: { id: string } }) => e.profile.id === 'nog-leeg')).toBe(false);
      const zuidList = (await req.get('/api/leerwerkplaatsen', zuid)).json();
      expect(zuidList.profiles.find((e: { profile: { id: string } }) => e.profile.id === 'chirurgie-3b')).toMatchObject({ source: 'built-in' });
      // A begeleider of Noord matches against Noord's profiles too.
      expect((await req.get('/api/leerwerkplaatsen', begeleider)).json().profiles.filter((e: { source: string }) => e.source === 'organisation')).toHaveLength(
        1,
      );
    });
  });

  describe('the overview and "nog steeds juist"', () => {
    it('shows blocks past the organisation’s limit as stale, and "nog steeds juist" clears them without changing a fact', async () => {
      await req.published(noord);
      server.clock.now += 200 * DAY;
      noord = await server.login('a@roc-noord.nl');
      let overview = ProfileOverview.parse((await req.get('/api/profiles', noord)).json());
      expect(overview.profiles[0]).toMatchObject({ id: 'de-linde', stale: true, published: true });
      expect(overview.profiles[0]!.blocks.every((b) => b.stale && b.ageDays === 200)).toBe(true);
      const before = (await req.get('/api/profiles/de-linde', noord)).json().profile;
      await server.app.inject({ method: 'PUT', url: '/api/organisation/settings', headers: { cookie: noord }, payload: { profileMaxAgeDays: 365 } });
      expect(ProfileOverview.parse((await req.get('/api/profiles', noord)).json()).profiles[0]!.stale).toBe(false);
      await server.app.inject({ method: 'PUT', url: '/api/organisation/settings', headers: { cookie: noord }, payload: { profileMaxAgeDays: 90 } });
      const confirmed = await req.post('/api/profiles/de-linde/confirm', noord, {});
      expect(confirmed.statusCode, confirmed.body).toBe(200);
      overview = ProfileOverview.parse((await req.get('/api/profiles', noord)).json());
      expect(overview.maxAgeDays).toBe(90);
      expect(overview.profiles[0]!.stale).toBe(false);
      expect(overview.profiles[0]!.blocks.map((b) => b.reviewedAt)).toEqual(Array(5).fill('2027-06-10'));
      const after = (await req.get('/api/profiles/de-linde', noord)).json().profile;
      const withoutDates = (p: { volatile: Record<string, { reviewedAt?: string }> }) =>
        JSON.stringify({ ...p, volatile: Object.fromEntries(Object.entries(p.volatile).map(([k, { reviewedAt: _d, ...rest }]) => [k, rest])) });
      expect(withoutDates(after)).toBe(withoutDates(before));
    });

    it('confirms only the blocks asked for', async () => {
      await req.published(noord);
      server.clock.now += 10 * DAY;
      noord = await server.login('a@roc-noord.nl');
      const res = await req.post('/api/profiles/de-linde/confirm', noord, { blocks: ['placements'] });
      const blocks = ProfileDetail.parse(res.json().detail).blocks;
      expect(blocks.map((b) => b.reviewedAt)).toEqual(['2026-12-02', '2026-11-22', '2026-11-22', '2026-11-22', '2026-11-22']);
      expect((await req.post('/api/profiles/de-linde/confirm', noord, { blocks: ['placements', 'kantine'] })).statusCode).toBe(422);
    });
  });

  describe('export and import', () => {
    it('exports a profile as a file the checker passes, and imports files of any readable format version', async () => {
      await req.published(noord);
      const file = await req.get('/api/profiles/de-linde/file', noord);
      expect(file.headers['content-disposition']).toBe('attachment; filename="de-linde.json"');
      const json = JSON.parse(file.body);
      expect(Object.keys(json).slice(0, 3)).toEqual(['$schema', 'formatVersion', 'id']);
      expect(checkProfile(json, { file: 'de-linde.json', fileId: 'de-linde', scenarios: new Set([SCENARIO]), today: '2026-11-22' }).problems).toEqual([]);

      const v1 = { ...validProfileV1(), id: 'oud-formaat' };
      const imported = await req.post('/api/profiles/import', zuid, { profiles: [json, v1] });
      expect(imported.statusCode, imported.body).toBe(200);
      expect(imported.json().imported).toEqual([
        { id: 'de-linde', created: true },
        { id: 'oud-formaat', created: true },
      ]);
      const upgraded = (await req.get('/api/profiles/oud-formaat', zuid)).json();
      expect(upgraded.profile.formatVersion).toBe(2);
      expect(upgraded.profile.volatile.diensten.reviewedAt).toBe('2026-09-15');
      expect(upgraded.blocks[0].check.by).toEqual({ kind: 'import', label: 'c@zuid.nl' });
      // The same ids again: 409 naming them, unless replacing; the bundle from export.json imports as well.
      const again = await req.post('/api/profiles/import', zuid, { profiles: [json] });
      expect(again.statusCode).toBe(409);
      expect(ApiError.parse(again.json()).conflicts).toEqual(['de-linde']);
      const bundle = (await req.get('/api/profiles/export.json', zuid)).json();
      expect(bundle.profiles.map((p: { id: string }) => p.id)).toEqual(['de-linde', 'oud-formaat']);
      expect((await req.post('/api/profiles/import', zuid, { profiles: bundle.profiles, replace: true })).json().imported).toEqual([
        { id: 'de-linde', created: false },
        { id: 'oud-formaat', created: false },
      ]);
    });

    it('stores none of an import when one profile has an error', async () => {
      const res = await req.post('/api/profiles/import', noord, {
        profiles: [profileDoc(), profileDoc((p) => ((p.id = 'twee'), (p.stable.zorgcategorie = 'tandarts' as never)))],
      });
      expect(res.statusCode).toBe(422);
      expect(ApiError.parse(res.json()).issues![0]!.path).toBe('profiles/1/stable/zorgcategorie');
      expect(ProfileOverview.parse((await req.get('/api/profiles', noord)).json()).profiles).toEqual([]);
    });
  });
});
