import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/core/api/api-error.ts';
import { ProfileDetail, ProfileOverview, TeamProfileView } from '../../../src/core/api/profiles.ts';
import { DATABASE_KINDS } from '../test-database.ts';
import { startTestServer, type TestServer } from '../test-server.ts';
import { profileDoc, profileRequests } from './profile-requests.ts';

const DAY = 24 * 60 * 60_000;

describe.each(DATABASE_KINDS)('team links on %s', (kind) => {
  let server: TestServer;
  let req: ReturnType<typeof profileRequests>;
  let noord: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    req = profileRequests(server);
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    server.clock.now = Date.UTC(2026, 10, 22, 9, 0, 0);
    await server.db.database.db.deleteFrom('organisation_profiles').execute();
    noord = await server.login('a@roc-noord.nl');
  });

  it('open only their own profile, without an account; what the team sends waits for the beheerder, who publishes it', async () => {
    await req.published(noord);
    await req.published(noord, 'tweede-team');
    const { token } = await req.link(noord);
    const opened = await req.team('GET', token);
    expect(opened.statusCode, opened.body).toBe(200);
    const view = TeamProfileView.parse(opened.json());
    expect(view).toMatchObject({ organisation: 'ROC Noord', id: 'de-linde', base: 'published', proposal: null });
    expect(view.expiresAt).toBe(server.clock.now + 14 * DAY);
    // No cookie comes with a link: the beheerder's addresses stay closed.
    const beheer = await server.app.inject({ url: '/api/profiles/tweede-team', headers: { authorization: `Bearer ${token}` } });
    expect(beheer.statusCode).toBe(401);

    server.clock.now += DAY;
    const changed = profileDoc((p) => (p.volatile.placements.places[0]!.free = 2));
    const sent = await req.team('PUT', token, { profile: changed, confirmed: ['werkbegeleiders'], note: 'Er is een plek bij gekomen.' });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(TeamProfileView.parse(sent.json())).toMatchObject({ base: 'proposal', proposal: { status: 'pending', returnMessage: null } });
    // Published is unchanged until the beheerder acts; the matching aid does not see the proposal.
    noord = await server.login('a@roc-noord.nl');
    const detail = ProfileDetail.parse((await req.get('/api/profiles/de-linde', noord)).json());
    expect((detail.profile as { volatile: { placements: { places: { free: number }[] } } }).volatile.placements.places[0]!.free).toBe(1);
    expect(detail.proposal).toMatchObject({
      status: 'pending',
      checked: ['placements', 'werkbegeleiders'],
      note: 'Er is een plek bij gekomen.',
      baseRevision: detail.revision,
    });
    const matched = (await req.get('/api/leerwerkplaatsen', noord)).json().profiles.find((e: { profile: { id: string } }) => e.profile.id === 'de-linde');
    expect(matched.profile.volatile.placements.places[0].free).toBe(1);
    expect(ProfileOverview.parse((await req.get('/api/profiles', noord)).json()).profiles.find((p) => p.id === 'de-linde')!.proposal!.status).toBe('pending');

    const published = await req.post('/api/profiles/de-linde/proposal/publish', noord, {});
    expect(published.statusCode, published.body).toBe(200);
    const after = ProfileDetail.parse(published.json().detail);
    expect(after.proposal).toBeNull();
    expect(after.blocks.map((b) => [b.block, b.reviewedAt, b.check?.by.kind])).toEqual([
      ['placements', '2026-11-23', 'team-link'],
      ['werkbegeleiders', '2026-11-23', 'team-link'],
      ['diensten', '2026-11-22', 'account'],
      ['contact', '2026-11-22', 'account'],
      ['team', '2026-11-22', 'account'],
    ]);
    const now = (await req.get('/api/leerwerkplaatsen', noord)).json().profiles.find((e: { profile: { id: string } }) => e.profile.id === 'de-linde');
    expect(now.profile.volatile.placements.places[0].free).toBe(2);
    expect((await req.post('/api/profiles/de-linde/proposal/publish', noord, {})).statusCode).toBe(409);
  });

  it('cannot write another profile through a link', async () => {
    await req.published(noord);
    await req.published(noord, 'tweede-team');
    const { token } = await req.link(noord);
    const res = await req.team('PUT', token, { profile: profileDoc((p) => (p.id = 'tweede-team')), confirmed: [], note: '' });
    expect(res.statusCode).toBe(403);
    expect(ApiError.parse(res.json()).error).toBe('other-profile');
    expect(ProfileDetail.parse((await req.get('/api/profiles/tweede-team', noord)).json()).proposal).toBeNull();
  });

  it('lets a team fill in a profile that is still empty, and shows a message when the beheerder sends it back', async () => {
    await req.post('/api/profiles', noord, { id: 'de-linde', teamName: 'Team De Linde' });
    const { token } = await req.link(noord);
    expect(TeamProfileView.parse((await req.team('GET', token)).json())).toMatchObject({ base: 'empty', profile: null, teamName: 'Team De Linde' });
    const invalid = await req.team('PUT', token, { profile: profileDoc((p) => (p.stable.workAspects = [])) });
    expect(invalid.statusCode).toBe(422);
    expect(ApiError.parse(invalid.json()).issues![0]!.path).toBe('profile/stable/workAspects');
    expect((await req.team('PUT', token, { profile: profileDoc() })).statusCode).toBe(200);
    const back = await req.post('/api/profiles/de-linde/proposal/return', noord, { message: 'Vul ook de diensten in het weekend in.' });
    expect(back.statusCode, back.body).toBe(200);
    expect(TeamProfileView.parse((await req.team('GET', token)).json()).proposal).toMatchObject({
      status: 'returned',
      returnMessage: 'Vul ook de diensten in het weekend in.',
    });
    expect((await req.post('/api/profiles/de-linde/proposal/publish', noord, {})).statusCode).toBe(409);
  });

  it('answers 401 to a link that expired, was revoked, never existed, or whose profile is gone', async () => {
    await req.published(noord);
    const expiring = await req.link(noord, 'de-linde', 1);
    const revoked = await req.link(noord);
    const gone = await req.link(noord);
    expect((await req.team('GET', expiring.token)).statusCode).toBe(200);
    expect((await req.del(`/api/profiles/de-linde/links/${revoked.linkId}`, noord)).statusCode).toBe(200);
    expect((await req.del(`/api/profiles/de-linde/links/${revoked.linkId}`, noord)).statusCode).toBe(404);
    const revokedAnswer = await req.team('GET', revoked.token);
    expect([revokedAnswer.statusCode, ApiError.parse(revokedAnswer.json()).error]).toEqual([401, 'link-revoked']);
    expect((await req.team('PUT', revoked.token, { profile: profileDoc() })).statusCode).toBe(401);

    server.clock.now += DAY + 1;
    const expired = await req.team('GET', expiring.token);
    expect([expired.statusCode, ApiError.parse(expired.json()).error]).toEqual([401, 'link-expired']);
    expect((await req.team('GET', gone.token)).statusCode).toBe(200);

    const unknown = await req.team('GET', 'x'.repeat(43));
    expect([unknown.statusCode, ApiError.parse(unknown.json()).error]).toEqual([401, 'unknown-link']);
    expect((await server.app.inject({ url: '/api/team/profile' })).statusCode).toBe(401);

    noord = await server.login('a@roc-noord.nl');
    expect((await req.del('/api/profiles/de-linde', noord)).statusCode).toBe(200);
    expect((await req.team('GET', gone.token)).statusCode).toBe(401);
  });

  it('a link of one organisation cannot be revoked by another (404)', async () => {
    await req.published(noord);
    const { token, linkId } = await req.link(noord);
    const zuid = await server.login('c@zuid.nl');
    await req.published(zuid);
    expect((await req.del(`/api/profiles/de-linde/links/${linkId}`, zuid)).statusCode).toBe(404);
    expect((await req.team('GET', token)).statusCode).toBe(200);
    expect(TeamProfileView.parse((await req.team('GET', token)).json()).organisation).toBe('ROC Noord');
  });
});
