import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from './test-database.ts';
import { sceneEntered, startTestServer, type TestServer } from './test-server.ts';

/** The dashboard's event list is read and written in parts; put together it must be the whole list, in order. */
describe.each(DATABASE_KINDS)('a session event list in parts on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('GET /api/sessions/:id/events over several parts: every event once, per participant in join order, then by seq', async () => {
    const cookie = await server.login('a@roc-noord.nl');
    const session = await server.createSession(cookie);
    const expected: { code: string; seq: number; id: string }[] = [];
    // 1500 + 1 + 900 + 0 events: more than one part (2000), a participant without events, one with one.
    for (const n of [1500, 1, 900, 0]) {
      server.clock.now += 1000; // joins in a known order
      const device = await server.join(session.joinCode!);
      // Sent out of order: the list is by seq, not by arrival.
      const events = Array.from({ length: n }, (_, seq) => sceneEntered(seq)).reverse();
      for (let i = 0; i < n; i += 500) expect((await server.send(device.token, events.slice(i, i + 500))).statusCode).toBe(200);
      expected.push(...[...events].reverse().map((e) => ({ code: device.participantCode, seq: e.seq, id: e.id })));
    }
    const res = await server.app.inject({ url: `/api/sessions/${session.id}/events`, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.headers['cache-control']).toBe('no-store');
    const events = res.json().events as { participantCode: string; seq: number; id: string; body: { type: string } }[];
    expect(events.map((e) => ({ code: e.participantCode, seq: e.seq, id: e.id }))).toEqual(expected);
    expect(events[0]!.body.type).toBe('scene-entered');

    const empty = await server.createSession(cookie);
    expect((await server.app.inject({ url: `/api/sessions/${empty.id}/events`, headers: { cookie } })).json()).toEqual({ events: [] });
  });
});
