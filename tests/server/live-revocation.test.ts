import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from './test-database.ts';
import { sceneEntered, startTestServer, type TestServer } from './test-server.ts';

const MINUTE = 60_000;
/** Streams re-check their credential this often here (15 s in production), so expiry tests are quick. */
const RECHECK_MS = 100;
/** Longer than a re-check and the reads around it, short enough for a test. */
const WITHIN_MS = 3000;

/** A server-sent-events stream read in the background: what arrived, and whether the server ended it. */
function watch(res: Response) {
  const seen: { event: string; data: unknown }[] = [];
  let ended = false;
  const reader = res.body!.pipeThrough(new TextDecoderStream() as unknown as ReadableWritablePair<string, Uint8Array>).getReader();
  const done = (async () => {
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
      if (done) break;
      buffer += value;
      let i;
      while ((i = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event && data) seen.push({ event, data: JSON.parse(data) });
      }
    }
    ended = true;
  })();
  const wait = async (what: () => boolean, ms: number) => {
    const deadline = Date.now() + ms;
    while (!what() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  };
  return {
    seen,
    kinds: () => seen.map((s) => s.event),
    get ended() {
      return ended;
    },
    /** Waits until the server ends the stream (or `ms` pass); true when it ended. */
    async endsWithin(ms = WITHIN_MS) {
      await Promise.race([done, new Promise((r) => setTimeout(r, ms))]);
      return ended;
    },
    async waitFor(event: string, ms = WITHIN_MS) {
      await wait(() => seen.some((s) => s.event === event), ms);
      return seen.some((s) => s.event === event);
    },
    stop: () => reader.cancel().catch(() => undefined),
  };
}

/**
 * A live stream lasts as long as what opened it: the facilitator's login and the session, or the
 * participant's token and its session. Logout, login expiry, erasure and the purge date all end it.
 */
describe.each(DATABASE_KINDS)('live streams end with their credential or subject on %s', (kind) => {
  let server: TestServer;
  let base: string;
  beforeAll(async () => {
    server = await startTestServer(kind, { liveRecheckMs: RECHECK_MS });
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(server.app.server.address() as { port: number }).port}`;
  });
  afterAll(() => server.close());

  const openLive = async (sessionId: string, cookie: string) => {
    const res = await fetch(`${base}/api/sessions/${sessionId}/live`, { headers: { cookie } });
    expect(res.status).toBe(200);
    const w = watch(res);
    expect(await w.waitFor('ready')).toBe(true);
    return w;
  };
  const openClass = async (token: string) => {
    const res = await fetch(`${base}/api/participation/live`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const w = watch(res);
    expect(await w.waitFor('class-state')).toBe(true);
    return w;
  };
  const prompt = (sessionId: string, cookie: string, text: string) =>
    server.app.inject({ method: 'POST', url: `/api/sessions/${sessionId}/class`, headers: { cookie }, payload: { kind: 'prompt', text } });

  it("logout ends the facilitator's stream at once, and nothing sent afterwards reaches it", async () => {
    const cookie = await server.login('a@roc-noord.nl');
    const other = await server.login('b@roc-noord.nl');
    const session = await server.createSession(cookie);
    const mine = await openLive(session.id, cookie);
    const colleague = await openLive(session.id, other);
    expect((await server.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })).statusCode).toBe(200);
    expect(await mine.endsWithin()).toBe(true);

    const device = await server.join(session.joinCode!);
    await server.send(device.token, [sceneEntered(0)]);
    expect(await colleague.waitFor('events')).toBe(true);
    expect(mine.kinds()).not.toContain('events');
    expect(mine.kinds()).not.toContain('participant-joined');
    // The colleague's login was not touched.
    expect(colleague.ended).toBe(false);
    await colleague.stop();
  });

  it("login expiry (30 idle minutes) ends the facilitator's stream, though nobody called the API", async () => {
    const cookie = await server.login('a@roc-noord.nl');
    const session = await server.createSession(cookie);
    const live = await openLive(session.id, cookie);
    await new Promise((r) => setTimeout(r, 3 * RECHECK_MS));
    expect(live.ended).toBe(false); // re-checks alone do not end a valid login
    server.clock.now += 31 * MINUTE;
    expect(await live.endsWithin()).toBe(true);
  });

  it("erasing a participant ends its class stream; the others' streams go on and get the next prompt", async () => {
    const cookie = await server.login('a@roc-noord.nl');
    const session = await server.createSession(cookie, { mode: 'werkveldorientatie' });
    const erased = await server.join(session.joinCode!);
    const kept = await server.join(session.joinCode!);
    const erasedStream = await openClass(erased.token);
    const keptStream = await openClass(kept.token);
    const erase = await server.app.inject({ method: 'DELETE', url: `/api/sessions/${session.id}/participants/${erased.participantCode}`, headers: { cookie } });
    expect(erase.statusCode).toBe(200);
    expect(await erasedStream.endsWithin()).toBe(true);

    expect((await prompt(session.id, cookie, 'Wat viel je op?')).statusCode).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(JSON.stringify(keptStream.seen)).toContain('Wat viel je op?');
    expect(JSON.stringify(erasedStream.seen)).not.toContain('Wat viel je op?');
    expect(keptStream.ended).toBe(false);
    await keptStream.stop();
  });

  it("erasing a session ends the facilitators' stream and every device's class stream", async () => {
    const cookie = await server.login('a@roc-noord.nl');
    const session = await server.createSession(cookie, { mode: 'werkveldorientatie' });
    const device = await server.join(session.joinCode!);
    const live = await openLive(session.id, cookie);
    const classStream = await openClass(device.token);
    expect((await server.app.inject({ method: 'DELETE', url: `/api/sessions/${session.id}`, headers: { cookie } })).statusCode).toBe(200);
    expect(await live.endsWithin()).toBe(true);
    expect(await classStream.endsWithin()).toBe(true);
  });

  it('the purge date ends both kinds of stream, before any purge has run', async () => {
    const cookie = await server.login('a@roc-noord.nl');
    const session = await server.createSession(cookie, { mode: 'werkveldorientatie', retentionDays: 1 });
    const device = await server.join(session.joinCode!);
    const live = await openLive(session.id, cookie);
    const classStream = await openClass(device.token);
    // Keep the login alive across the jump, so only the session's expiry can end the stream.
    await server.db.database.db.updateTable('auth_sessions').set({ created_at: session.purgeAt, last_seen_at: session.purgeAt }).execute();
    server.clock.now = session.purgeAt;
    expect(await live.endsWithin()).toBe(true);
    expect(await classStream.endsWithin()).toBe(true);
  });
});
