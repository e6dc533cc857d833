import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from './test-database.ts';
import { sceneEntered, startTestServer, type TestServer } from './test-server.ts';

/** Reads a server-sent-events stream until `until` matches a message, or times out. */
async function readUntil(body: ReadableStream<Uint8Array>, until: (event: string, data: unknown) => boolean, timeoutMs = 5000) {
  const reader = body.pipeThrough(new TextDecoderStream() as unknown as ReadableWritablePair<string, Uint8Array>).getReader();
  const seen: { event: string; data: unknown }[] = [];
  let buffer = '';
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { value, done } = await Promise.race([
      reader.read(),
      new Promise<never>((_, rej) => setTimeout(() => rej(new Error(`no match in ${timeoutMs} ms: ${JSON.stringify(seen)}`)), deadline - Date.now())),
    ]);
    if (done) break;
    buffer += value;
    let i;
    while ((i = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, i);
      buffer = buffer.slice(i + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (!event || !data) continue;
      seen.push({ event, data: JSON.parse(data) });
      if (until(event, JSON.parse(data))) {
        await reader.cancel();
        return seen;
      }
    }
  }
  throw new Error(`stream ended: ${JSON.stringify(seen)}`);
}

describe.each(DATABASE_KINDS)('live channel on %s', (kind) => {
  let server: TestServer;
  let base: string;
  beforeAll(async () => {
    server = await startTestServer(kind);
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(server.app.server.address() as { port: number }).port}`;
  });
  afterAll(() => server.close());

  it('streams joins and events of its own session as they happen, and nothing of another session', async () => {
    const cookie = await server.login('a@roc-noord.nl');
    const watched = await server.createSession(cookie);
    const other = await server.createSession(cookie);
    const stream = await fetch(`${base}/api/sessions/${watched.id}/live`, { headers: { cookie } });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    expect(stream.headers.get('cache-control')).toBe('no-store');

    const otherDevice = await server.join(other.joinCode!);
    await server.send(otherDevice.token, [sceneEntered(0)]);
    const device = await server.join(watched.joinCode!);
    const event = sceneEntered(0);
    await server.send(device.token, [event]);
    const seen = await readUntil(stream.body!, (e) => e === 'events');
    const kinds = seen.map((s) => s.event);
    expect(kinds).toEqual(['ready', 'participant-joined', 'events']);
    const last = seen.at(-1)!.data as { events: { id: string; participantCode: string }[] };
    expect(last.events.map((e) => e.id)).toEqual([event.id]);
    expect(last.events[0]!.participantCode).toBe(device.participantCode);
    expect(JSON.stringify(seen)).not.toContain(otherDevice.participantCode);
  });

  it('a replayed batch is not announced twice', async () => {
    const cookie = await server.login('a@roc-noord.nl');
    const session = await server.createSession(cookie);
    const device = await server.join(session.joinCode!);
    const first = sceneEntered(0);
    await server.send(device.token, [first]);
    const stream = await fetch(`${base}/api/sessions/${session.id}/live`, { headers: { cookie } });
    await server.send(device.token, [first]); // replay: stores nothing
    const second = sceneEntered(1);
    await server.send(device.token, [second]);
    const seen = await readUntil(stream.body!, (e) => e === 'events');
    const ids = seen.filter((s) => s.event === 'events').flatMap((s) => (s.data as { events: { id: string }[] }).events.map((e) => e.id));
    expect(ids).toEqual([second.id]);
  });

  it('a heartbeat marks the device as seen, live and in the participant list', async () => {
    const cookie = await server.login('a@roc-noord.nl');
    const session = await server.createSession(cookie);
    const device = await server.join(session.joinCode!);
    const stream = await fetch(`${base}/api/sessions/${session.id}/live`, { headers: { cookie } });
    server.clock.now += 45_000;
    const beat = await server.app.inject({ method: 'POST', url: '/api/participation/heartbeat', headers: { authorization: `Bearer ${device.token}` } });
    expect(beat.statusCode).toBe(200);
    const seen = await readUntil(stream.body!, (e) => e === 'participant-seen');
    expect(seen.at(-1)!.data).toMatchObject({ participantCode: device.participantCode, at: server.clock.now });
    const detail = await server.app.inject({ url: `/api/sessions/${session.id}`, headers: { cookie } });
    expect(detail.json().participants[0].lastSeenAt).toBe(server.clock.now);
    expect((await server.app.inject({ method: 'POST', url: '/api/participation/heartbeat' })).statusCode).toBe(401);
  });
});
