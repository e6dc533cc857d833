import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from './test-database.ts';
import { sceneEntered, startTestServer, type TestServer } from './test-server.ts';

/** A stand-in LRS on loopback that answers with the statuses a test lines up. */
async function startLrs() {
  const received: { statements: { id: string; verb: { id: string } }[]; auth?: string; version?: string }[] = [];
  const statuses: number[] = [];
  const app: FastifyInstance = Fastify();
  app.post('/xapi/statements', async (request, reply) => {
    const status = statuses.shift() ?? 200;
    if (status === 200)
      received.push({ statements: request.body as never, auth: request.headers.authorization, version: request.headers['x-experience-api-version'] as string });
    return reply.code(status).send(status === 200 ? (request.body as { id: string }[]).map((s) => s.id) : { error: 'nope' });
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address() as { port: number };
  return { app, received, statuses, url: `http://127.0.0.1:${address.port}/xapi` };
}

describe.each(DATABASE_KINDS)('forwarding to an LRS on %s', (kind) => {
  let server: TestServer;
  let lrs: Awaited<ReturnType<typeof startLrs>>;
  let token: string;

  beforeAll(async () => {
    lrs = await startLrs();
    server = await startTestServer(kind, { lrs: { url: lrs.url, username: 'bbvr', password: 's3cret' } });
    const cookie = await server.login('a@roc-noord.nl');
    token = (await server.join((await server.createSession(cookie)).joinCode!)).token;
  });
  afterAll(async () => {
    await server.close();
    await lrs.app.close();
  });

  const queue = () => server.db.database.db.selectFrom('lrs_queue').selectAll().execute();

  it('retries after a 503 with backoff and delivers each event once, as a statement with the event id', async () => {
    lrs.statuses.push(503);
    const events = [0, 1, 2].map((s) => sceneEntered(s));
    expect((await server.send(token, events)).statusCode).toBe(200);
    const forwarder = server.app.ctx.lrs!;
    // The first attempt (started by the ingestion) meets the 503: all three stay queued, later.
    await expect.poll(async () => (await queue()).map((r) => r.attempts)).toEqual([1, 1, 1]);
    const [row] = await queue();
    expect(row!.next_attempt_at).toBeGreaterThan(server.clock.now);
    expect(row!.last_error).toContain('503');
    expect((await forwarder.forward()).sent).toBe(0); // not due yet
    server.clock.now += 2_000;
    expect((await forwarder.forward()).sent).toBe(3);
    expect(await queue()).toEqual([]);
    expect(lrs.received).toHaveLength(1);
    const got = lrs.received[0]!;
    expect(got.statements.map((s) => s.id).sort()).toEqual(events.map((e) => e.id).sort());
    expect(got.statements[0]!.verb.id).toBe('http://adlnet.gov/expapi/verbs/experienced');
    expect(got.version).toBe('1.0.3');
    expect(got.auth).toBe(`Basic ${Buffer.from('bbvr:s3cret').toString('base64')}`);
    // Replaying the batch to us stores nothing new, so nothing is forwarded twice.
    await server.send(token, events);
    expect(await queue()).toEqual([]);
  });

  it('a 400 from the LRS is final: kept with the error, not retried', async () => {
    lrs.statuses.push(400);
    const before = lrs.received.length;
    await server.send(token, [sceneEntered(10)]);
    await expect.poll(async () => (await queue()).map((r) => r.attempts)).toEqual([-1]);
    server.clock.now += 24 * 3600_000;
    expect((await server.app.ctx.lrs!.forward()).sent).toBe(0);
    expect(lrs.received.length).toBe(before);
    expect((await queue())[0]!.last_error).toContain('400');
  });
});
