import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUESTIONNAIRE_VERSION } from '../../src/core/questionnaire/questionnaire.ts';
import { DATABASE_KINDS } from './test-database.ts';
import { countEvents, SCENARIO, startTestServer, type TestServer } from './test-server.ts';

const answer = (seq: number, questionId: string, optionIds: string[], scenario: string | null = null) => ({
  id: crypto.randomUUID(),
  seq,
  at: 1_790_000_000_000 + seq,
  scenario,
  body: { type: 'questionnaire-answered', questionnaireVersion: QUESTIONNAIRE_VERSION, questionId, optionIds, msToAnswer: 1800 },
});

describe.each(DATABASE_KINDS)('the candidate’s questionnaire in sessions on %s', (kind) => {
  let server: TestServer;
  let cookie: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    cookie = await server.login('b@roc-noord.nl');
  });
  afterAll(() => server.close());

  it('is on for intake and sollicitatie unless switched off, never in werkveldoriëntatie, and the device hears it', async () => {
    expect((await server.createSession(cookie, { mode: 'intake' })).questionnaire).toBe(true);
    expect((await server.createSession(cookie, { mode: 'sollicitatie', questionnaire: false })).questionnaire).toBe(false);
    expect((await server.createSession(cookie, { mode: 'werkveldorientatie', questionnaire: true })).questionnaire).toBe(false);
    const session = await server.createSession(cookie, { mode: 'sollicitatie' });
    const device = await server.join(session.joinCode!);
    expect(device.session.questionnaire).toBe(true);
    const off = await server.app.inject({ method: 'PATCH', url: `/api/sessions/${session.id}`, headers: { cookie }, payload: { questionnaire: false } });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toMatchObject({ questionnaire: false, status: 'open' });
    const participation = await server.app.inject({ url: '/api/participation', headers: { authorization: `Bearer ${device.token}` } });
    expect(participation.json().questionnaire).toBe(false);
    const klas = await server.createSession(cookie, { mode: 'werkveldorientatie' });
    expect(
      (await server.app.inject({ method: 'PATCH', url: `/api/sessions/${klas.id}`, headers: { cookie }, payload: { questionnaire: true } })).statusCode,
    ).toBe(422);
    expect((await server.app.inject({ method: 'PATCH', url: `/api/sessions/${klas.id}`, headers: { cookie }, payload: {} })).statusCode).toBe(422);
  });

  it('stores each answer once, as an event without a scenario, and refuses answers the questionnaire does not allow', async () => {
    const session = await server.createSession(cookie, { mode: 'intake' });
    const device = await server.join(session.joinCode!);
    const before = await countEvents(server);
    const batch = [answer(0, 'leerweg', ['BBL']), answer(1, 'doelgroep', ['ouderenzorg', 'thuiszorg'])];
    const first = await server.send(device.token, batch);
    expect(first.statusCode, first.body).toBe(200);
    expect((await server.send(device.token, batch)).statusCode).toBe(200);
    expect(await countEvents(server)).toBe(before + 2);
    for (const bad of [answer(2, 'leerweg', ['BBL'], SCENARIO), answer(2, 'leerweg', ['MBO']), answer(2, 'werk', ['directe-zorg', 'weet-niet'])]) {
      expect((await server.send(device.token, [bad])).statusCode).toBe(422);
    }
    expect(await countEvents(server)).toBe(before + 2);
    const events = (await server.app.inject({ url: `/api/sessions/${session.id}/events`, headers: { cookie } })).json().events;
    expect(events.map((e: { scenario: string | null; body: { type: string } }) => [e.scenario, e.body.type])).toEqual([
      [null, 'questionnaire-answered'],
      [null, 'questionnaire-answered'],
    ]);
    const csv = (await server.app.inject({ url: `/api/sessions/${session.id}/events.csv`, headers: { cookie } })).body;
    expect(csv).toContain('questionnaire-answered');
    const xapi = (await server.app.inject({ url: `/api/sessions/${session.id}/xapi`, headers: { cookie } })).json();
    expect(JSON.stringify(xapi)).toContain('ouderenzorg[,]thuiszorg');
  });
});
