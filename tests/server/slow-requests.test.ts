import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUTS } from '../../src/server/request-timeouts.ts';
import { sceneEntered, startTestServer, type TestServer } from './test-server.ts';

/**
 * The production limits scaled down (×1/40 and so on) so a test takes seconds; the defaults and
 * why are in docs/api.md. Only SQLite: the cut happens before any database work.
 */
const TIMEOUTS = { headersMs: 500, bodyGraceMs: 300, bodyMinBytesPerSecond: 1000, requestMs: 3000, checkIntervalMs: 50 };

const sockets = new Set<Socket>();

/** A raw connection that records what the server answered and when it hung up. */
function rawConnection(port: number) {
  const socket: Socket = connect(port, '127.0.0.1');
  sockets.add(socket);
  let answer = '';
  const opened = Date.now();
  socket.setEncoding('utf8');
  socket.on('data', (d: string) => (answer += d));
  socket.on('error', () => undefined); // a reset is also a hang-up
  const closed = new Promise<number>((resolve) => socket.on('close', () => resolve(Date.now() - opened)));
  return {
    socket,
    closed,
    answer: () => answer,
    write: (text: string) => {
      if (!socket.destroyed) socket.write(text);
    },
  };
}

/** Writes `text` in pieces of `piece` characters every `everyMs`, until done or the server hangs up. */
async function trickle(conn: ReturnType<typeof rawConnection>, text: string, piece: number, everyMs: number): Promise<void> {
  for (let i = 0; i < text.length && !conn.socket.destroyed; i += piece) {
    conn.write(text.slice(i, i + piece));
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

const within = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still open after ${ms} ms`)), ms))]);

describe('slow requests are cut off (sqlite)', () => {
  let server: TestServer;
  let port: number;
  let token: string;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { timeouts: TIMEOUTS });
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    port = (server.app.server.address() as { port: number }).port;
    const cookie = await server.login('a@roc-noord.nl');
    const session = await server.createSession(cookie);
    token = (await server.join(session.joinCode!)).token;
  });
  afterAll(async () => {
    // Also after a failure: a connection left trickling would hold up closing the server.
    for (const s of sockets) s.destroy();
    await server.close();
  });

  const head = (length: number) =>
    `POST /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer ${token}\r\nContent-Length: ${length}\r\n\r\n`;

  it('headers that keep trickling in are cut off after the header timeout', async () => {
    const conn = rawConnection(port);
    void trickle(conn, `POST /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\n${'X-Slow: 1\r\n'.repeat(100)}`, 1, 20);
    const ms = await within(conn.closed, 3000);
    expect(ms).toBeGreaterThanOrEqual(TIMEOUTS.headersMs - 50);
    expect(conn.answer()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('a body that comes slower than the minimum rate is cut off with 408, and nothing is stored', async () => {
    const body = JSON.stringify({ events: [sceneEntered(0)] }).padEnd(10_000, ' ');
    const conn = rawConnection(port);
    conn.write(head(body.length));
    // 100 bytes a second: 1/10 of the minimum.
    void trickle(conn, body, 10, 100);
    const ms = await within(conn.closed, 3000);
    expect(ms).toBeLessThan(2000);
    expect(conn.answer()).toMatch(/^HTTP\/1\.1 408/);
    expect(conn.answer()).toContain('"error":"body-timeout"');
    expect(await server.db.database.db.selectFrom('events').select('id').execute()).toHaveLength(0);
  });

  it('a slow but steady body (3× the minimum rate, longer than the grace) arrives and is stored', async () => {
    const events = Array.from({ length: 20 }, (_, i) => sceneEntered(i));
    const body = JSON.stringify({ events });
    expect(body.length).toBeGreaterThan(4000); // takes > 1.3 s at 3000 bytes a second
    const conn = rawConnection(port);
    conn.write(head(body.length));
    await trickle(conn, body, 150, 50);
    await new Promise((r) => setTimeout(r, 300));
    expect(conn.answer()).toMatch(/^HTTP\/1\.1 200/);
    conn.socket.destroy();
    expect(await server.db.database.db.selectFrom('events').select('id').execute()).toHaveLength(20);
  });

  it('a whole request, however steady, is cut off after the request timeout', async () => {
    const body = JSON.stringify({ events: [sceneEntered(50)] }).padEnd(20_000, ' ');
    const conn = rawConnection(port);
    conn.write(head(body.length));
    // 4000 bytes a second: above the minimum rate, but 20 000 bytes need 5 s.
    void trickle(conn, body, 200, 50);
    const ms = await within(conn.closed, 5000);
    expect(ms).toBeGreaterThanOrEqual(TIMEOUTS.requestMs - 100);
    expect(conn.answer()).toMatch(/^HTTP\/1\.1 408/);
  });
});

describe('the default timeouts', () => {
  it('let a headset on poor Wi-Fi (50 kbit/s) through with the largest batch the server accepts', () => {
    const bytesPerSecond = 50_000 / 8;
    const largestBatch = 2 * 1024 * 1024; // bodyLimit of POST /api/events
    expect(bytesPerSecond).toBeGreaterThan(10 * DEFAULT_TIMEOUTS.bodyMinBytesPerSecond);
    expect((largestBatch / bytesPerSecond) * 1000).toBeLessThan(DEFAULT_TIMEOUTS.requestMs);
    // Headers are well under 8 KB; on a poor link they take a fraction of a second.
    expect(((8 * 1024) / bytesPerSecond) * 1000 * 10).toBeLessThan(DEFAULT_TIMEOUTS.headersMs);
  });
});
