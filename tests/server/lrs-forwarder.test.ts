import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WireEvent } from '../../src/core/api/device-event.ts';
import type { XapiStatement } from '../../src/core/xapi-statements.ts';
import { LrsForwarder } from '../../src/server/lrs-forwarder.ts';
import { loadScenarios, Player } from '../core/gesprekskaart/play.ts';
import { DATABASE_KINDS } from './test-database.ts';
import { SCENARIO, sceneEntered, startTestServer, type TestServer } from './test-server.ts';

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

/**
 * A stand-in LRS that keeps statements by id as a conforming LRS does: the same id again with
 * the same content is accepted, the same id with other content is a 409 (and nothing of the
 * request is stored).
 */
async function startConformingLrs() {
  const stored = new Map<string, string>();
  const conflicts: { id: string; had: string; got: string }[] = [];
  const app: FastifyInstance = Fastify({ bodyLimit: 16 * 1024 * 1024 });
  // Keep the bytes as sent: that is what "the same statement" is compared on here.
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  app.post('/xapi/statements', async (request, reply) => {
    const statements = (JSON.parse(request.body as string) as { id: string }[]).map((s) => ({ id: s.id, json: JSON.stringify(s) }));
    const clash = statements.filter((s) => stored.has(s.id) && stored.get(s.id) !== s.json);
    if (clash.length) {
      for (const s of clash) conflicts.push({ id: s.id, had: stored.get(s.id)!, got: s.json });
      return reply.code(409).send({ error: 'conflict' });
    }
    for (const s of statements) stored.set(s.id, s.json);
    return statements.map((s) => s.id);
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address() as { port: number };
  return { app, stored, conflicts, url: `http://127.0.0.1:${address.port}/xapi` };
}

/** A real run through the engine ("Nog een keer" included) as the device sends it: id, seq, client time, scenario, body. */
function playedRun(startAt: number): WireEvent[] {
  const player = new Player(loadScenarios().get(SCENARIO)!, startAt).do({ type: 'start' }, 0).playToEnd();
  player.do({ type: 'restart', scope: 'scenario' }).do({ type: 'open-hotspot', hotspotId: 'naar-kamer-12' }).do({ type: 'abort' });
  return player.events.map(({ at, ...body }, seq) => ({ id: crypto.randomUUID(), seq, at, scenario: SCENARIO, body: body as WireEvent['body'] }));
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
}

describe.each(DATABASE_KINDS)('statements forwarded to an LRS on %s', (kind) => {
  let server: TestServer;
  let lrs: Awaited<ReturnType<typeof startConformingLrs>>;

  beforeAll(async () => {
    lrs = await startConformingLrs();
    server = await startTestServer(kind, { lrs: { url: lrs.url } });
  });
  afterAll(async () => {
    await server.close();
    await lrs.app.close();
  });

  it('are the export’s statements byte for byte, however the forwarding batches are split', async () => {
    const cookie = await server.login('a@roc-noord.nl');
    const session = await server.createSession(cookie);
    // One device delivers in order, one delivers its later batches first (it was offline).
    const inOrder = playedRun(server.clock.now - 3_600_000);
    const late = playedRun(server.clock.now - 1_800_000);
    const a = await server.join(session.joinCode!);
    const b = await server.join(session.joinCode!);
    for (const batch of chunks(inOrder, 4)) expect((await server.send(a.token, batch)).statusCode).toBe(200);
    for (const batch of chunks(late, 5).reverse()) expect((await server.send(b.token, batch)).statusCode).toBe(200);

    const db = server.db.database.db;
    const queued = async () => (await db.selectFrom('lrs_queue').select('id').execute()).length;
    await expect.poll(() => server.app.ctx.lrs!.forward().then(queued)).toBe(0);
    server.app.ctx.lrs!.stop();
    const events = [...inOrder, ...late];
    expect(lrs.stored.size).toBeGreaterThan(events.length / 2);

    // Forward everything again, in batches of other sizes: a conforming LRS must accept each
    // statement as the same one (a different one under a known id is a 409).
    for (const batchSize of [1, 3, 7]) {
      await db
        .insertInto('lrs_queue')
        .values(events.map((e) => ({ id: e.id, session_id: session.id, next_attempt_at: server.clock.now, last_error: null })))
        .execute();
      const forwarder = new LrsForwarder(db, server.app.ctx.scenarios, { url: lrs.url, batchSize }, server.app.ctx.xapi, () => server.clock.now);
      const result = await forwarder.forward();
      expect(lrs.conflicts.map((c) => `${batchSize}: ${c.had}\n!= ${c.got}`)).toEqual([]);
      expect(result).toMatchObject({ sent: events.length, failed: 0 });
    }

    const exported = await server.app.inject({ method: 'GET', url: `/api/sessions/${session.id}/xapi`, headers: { cookie } });
    expect(exported.statusCode).toBe(200);
    const statements = exported.json() as XapiStatement[];
    expect(statements.map((s) => s.id).sort()).toEqual([...lrs.stored.keys()].sort());
    for (const s of statements) expect(lrs.stored.get(s.id), s.id).toBe(JSON.stringify(s));
    // The revision is there to agree on: every statement of the device that delivered in order has it.
    const revisions = (code: string) => statements.filter((s) => JSON.stringify(s).includes(`"${code}"`)).map((s) => s.context.revision);
    expect(new Set(revisions(a.participantCode))).toEqual(new Set(['0.2.0']));
  });
});
