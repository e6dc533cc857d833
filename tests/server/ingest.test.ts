import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from './test-database.ts';
import { countEvents, OTHER_SCENARIO, sceneEntered, startTestServer, type TestServer } from './test-server.ts';

describe.each(DATABASE_KINDS)('event ingestion on %s', (kind) => {
  let server: TestServer;
  let token: string;
  let sessionId: string;

  beforeAll(async () => {
    server = await startTestServer(kind);
    const cookie = await server.login('a@roc-noord.nl');
    const session = await server.createSession(cookie);
    sessionId = session.id;
    token = (await server.join(session.joinCode!)).token;
  });
  afterAll(() => server.close());

  async function freshToken(): Promise<string> {
    const cookie = await server.login('a@roc-noord.nl');
    return (await server.join((await server.createSession(cookie)).joinCode!)).token;
  }

  it('stores a batch and acknowledges every id, with the server time recorded', async () => {
    const t = await freshToken();
    const events = [0, 1, 2].map((s) => sceneEntered(s, { at: 5 })); // a client clock far in the past is accepted
    const before = await countEvents(server);
    const res = await server.send(t, events);
    expect(res.statusCode).toBe(200);
    expect(res.json().acknowledged).toEqual(events.map((e) => e.id));
    expect(await countEvents(server)).toBe(before + 3);
    const row = await server.db.database.db.selectFrom('events').selectAll().where('id', '=', events[0]!.id).executeTakeFirstOrThrow();
    expect(row.client_at).toBe(5);
    expect(row.server_at).toBe(server.clock.now);
  });

  it('replaying a batch five times leaves the row count unchanged and acknowledges each time', async () => {
    const events = [10, 11, 12, 13].map((s) => sceneEntered(s));
    const first = await server.send(token, events);
    expect(first.statusCode).toBe(200);
    const after = await countEvents(server);
    for (let i = 0; i < 5; i++) {
      const again = await server.send(token, [...events].reverse()); // order does not matter
      expect(again.statusCode).toBe(200);
      expect(new Set(again.json().acknowledged)).toEqual(new Set(events.map((e) => e.id)));
    }
    expect(await countEvents(server)).toBe(after);
  });

  it('the same id with different content is a 409 naming the id, and nothing of the batch is stored', async () => {
    const original = sceneEntered(20);
    expect((await server.send(token, [original])).statusCode).toBe(200);
    const before = await countEvents(server);
    const fresh = sceneEntered(21);
    const changed = { ...original, at: original.at + 1 };
    const res = await server.send(token, [fresh, changed]);
    expect(res.statusCode).toBe(409);
    expect(res.json().conflicts).toEqual([original.id]);
    expect(await countEvents(server)).toBe(before);
    const stored = await server.db.database.db.selectFrom('events').select('client_at').where('id', '=', original.id).executeTakeFirstOrThrow();
    expect(stored.client_at).toBe(original.at);
    expect(await server.db.database.db.selectFrom('events').select('id').where('id', '=', fresh.id).executeTakeFirst()).toBeUndefined();
  });

  it('a different body under the same id is a 409 too (not only the clock)', async () => {
    const original = sceneEntered(25);
    await server.send(token, [original]);
    const res = await server.send(token, [{ ...original, body: { ...original.body, nodeId: 'elsewhere' } }]);
    expect(res.statusCode).toBe(409);
  });

  it('a sequence number reused by another event is a 409 and nothing is stored', async () => {
    await server.send(token, [sceneEntered(30)]);
    const before = await countEvents(server);
    const res = await server.send(token, [sceneEntered(31), sceneEntered(30)]);
    expect(res.statusCode).toBe(409);
    expect(await countEvents(server)).toBe(before);
  });

  it('a duplicate id inside one batch is a 400 and nothing is stored', async () => {
    const before = await countEvents(server);
    const e = sceneEntered(40);
    const res = await server.send(token, [sceneEntered(41), e, { ...e, seq: 42 }]);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toBe('duplicate-in-batch');
    expect(await countEvents(server)).toBe(before);
  });

  it('another participant cannot claim an id that is already stored', async () => {
    const e = sceneEntered(50);
    await server.send(token, [e]);
    const other = await freshToken();
    const res = await server.send(other, [e]);
    expect(res.statusCode).toBe(409);
  });

  it('two identical batches at the same moment store one row per id', async () => {
    const t = await freshToken();
    const events = Array.from({ length: 50 }, (_, i) => sceneEntered(i));
    const before = await countEvents(server);
    const [a, b, c] = await Promise.all([server.send(t, events), server.send(t, events), server.send(t, events)]);
    for (const r of [a, b, c]) expect(r!.statusCode).toBe(200);
    expect(await countEvents(server)).toBe(before + 50);
  });

  it('when the response is lost after the commit, the resend is acknowledged and nothing is duplicated', async () => {
    const t = await freshToken();
    const events = [0, 1].map((s) => sceneEntered(s));
    // The client sends; the server commits; the answer never arrives (we drop it).
    await server.send(t, events);
    const before = await countEvents(server);
    const resend = await server.send(t, events);
    expect(resend.statusCode).toBe(200);
    expect(resend.json().acknowledged).toHaveLength(2);
    expect(await countEvents(server)).toBe(before);
  });

  it('events for a scenario the session does not offer are refused with a clear 422', async () => {
    const res = await server.send(token, [sceneEntered(60, { scenario: OTHER_SCENARIO })]);
    expect(res.statusCode).toBe(422);
    expect(res.json().message).toContain('not one of this session');
  });

  it('consent is recorded on the participant', async () => {
    const cookie = await server.login('a@roc-noord.nl');
    const session = await server.createSession(cookie);
    const joined = await server.join(session.joinCode!);
    const consent = { id: crypto.randomUUID(), seq: 0, at: 123, scenario: null, body: { type: 'consent-given', noticeVersion: 1 } };
    expect((await server.send(joined.token, [consent])).statusCode).toBe(200);
    const detail = await server.app.inject({ url: `/api/sessions/${session.id}`, headers: { cookie } });
    expect(detail.json().participants[0].consentedAt).toBe(123);
  });

  it('without a token, or with an unknown one, nothing is stored (401)', async () => {
    const before = await countEvents(server);
    const none = await server.app.inject({ method: 'POST', url: '/api/events', payload: { events: [sceneEntered(70)] } });
    expect(none.statusCode).toBe(401);
    expect((await server.send('x'.repeat(43), [sceneEntered(71)])).statusCode).toBe(401);
    expect(await countEvents(server)).toBe(before);
    expect(sessionId).toBeTruthy();
  });
});
