import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { MAX_BATCH } from '../../src/core/api/device-event.ts';
import type { Outbox } from '../../src/sync/outbox.ts';
import { FLUSH_INTERVAL_MS, REQUEST_TIMEOUT_MS, SyncClient, parseRetryAfter, type SyncStatus } from '../../src/sync/sync-client.ts';
import { FakeIngestServer } from './fake-ingest-server.ts';
import { T0, freshDbName, joinResponse, joinedOutbox, queueEvents } from './fixtures.ts';
import { ManualTimers } from './manual-timers.ts';

interface Rig {
  outbox: Outbox;
  participationId: string;
  server: FakeIngestServer;
  timers: ManualTimers;
  client: SyncClient;
  clock: { now: number };
}

async function rig(random = () => 0): Promise<Rig> {
  const { outbox, participationId } = await joinedOutbox(freshDbName());
  const server = new FakeIngestServer();
  const timers = new ManualTimers();
  const clock = { now: T0 };
  const client = new SyncClient({
    outbox,
    baseUrl: 'https://zorg.example/',
    fetch: server.fetch,
    now: () => clock.now,
    setTimeout: timers.setTimeout,
    clearTimeout: timers.clearTimeout,
    random,
    window: new EventTarget(),
    document: new EventTarget(),
    navigator: { onLine: true },
  });
  return { outbox, participationId, server, timers, client, clock };
}

/** Waits (in real time) until `condition` holds; triggers start flushes nobody awaits. */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
  if (!condition()) throw new Error(`timed out waiting until ${what}`);
}

/** Gives a trigger that should do nothing the time to do something anyway. */
const quietPeriod = () => new Promise((r) => setTimeout(r, 50));

async function pendingIds(outbox: Outbox, participationId: string): Promise<string[]> {
  return (await outbox.oldestPending(participationId, 10_000)).map((r) => r.id);
}

describe('SyncClient.flush: acknowledgements', () => {
  it('sends oldest-first batches of at most MAX_BATCH and empties the outbox', async () => {
    const { outbox, participationId, server, client } = await rig();
    const ids = await queueEvents(outbox, participationId, MAX_BATCH * 2 + 7);

    const result = await client.flush();
    expect(result).toMatchObject({ acknowledged: ids.length, rejected: 0, pending: 0, retryInMs: null, error: null });
    expect(server.requests.map((r) => r.ids.length)).toEqual([MAX_BATCH, MAX_BATCH, 7]);
    expect(server.requests.flatMap((r) => r.seqs)).toEqual(ids.map((_, i) => i));
    expect(server.requests.every((r) => r.token === 'token-a')).toBe(true);
    expect(await outbox.pendingCount()).toBe(0);
    expect(client.status).toMatchObject({ pending: 0, lastSyncAt: T0, lastError: null, online: true });
  });

  it('deletes only the acknowledged ids: when the server acks a subset the rest stays', async () => {
    const { outbox, participationId, server, timers, client } = await rig();
    const ids = await queueEvents(outbox, participationId, 10);
    server.ackOnly = (e) => e.seq % 2 === 0;

    const result = await client.flush();
    expect(result.acknowledged).toBe(5);
    expect(await pendingIds(outbox, participationId)).toEqual(ids.filter((_, i) => i % 2 === 1));
    // The second round (only odd ones) acknowledges nothing: no busy loop, a retry instead.
    expect(server.requests).toHaveLength(2);
    expect(result.error).toMatchObject({ kind: 'bad-response', status: 200 });
    expect(timers.pending()).toEqual([1_000]);

    server.ackOnly = null;
    timers.fire(1_000);
    await client.flush(); // joins the retry
    expect(await outbox.pendingCount()).toBe(0);
  });

  it('never deletes an acknowledged id that was not in the batch', async () => {
    const { outbox, participationId, server } = await rig();
    const other = await outbox.saveParticipation(joinResponse('token-b', 'MN4TQX'));
    const [foreign] = await queueEvents(outbox, other.id, 1);
    await queueEvents(outbox, participationId, 2);
    server.tokens.delete('token-b'); // so only participation A gets through
    const original = server.fetch;
    const lying: typeof fetch = async (input, init) => {
      const response = await original(input, init);
      if (response.status !== 200) return response;
      const body = (await response.json()) as { acknowledged: string[] };
      return Response.json({ acknowledged: [...body.acknowledged, foreign] });
    };
    const client = new SyncClient({ outbox, fetch: lying, setTimeout: () => 0, clearTimeout: () => undefined, navigator: { onLine: true } });

    await client.flush();
    expect(await outbox.pendingCount(participationId)).toBe(0);
    expect(await pendingIds(outbox, other.id)).toEqual([foreign]);
  });
});

describe('SyncClient.flush: transient failures', () => {
  it('keeps everything on a network error or a 503 and backs off 1 s, 2 s, 4 s … up to 60 s', async () => {
    const { outbox, participationId, server, timers, client } = await rig();
    const ids = await queueEvents(outbox, participationId, 3);
    const delays: number[] = [];
    for (let i = 0; i < 10; i++) {
      server.script.push(i % 2 === 0 ? 'network' : { status: 503 });
      const result = await client.flush();
      expect(result.acknowledged).toBe(0);
      expect(await pendingIds(outbox, participationId)).toEqual(ids);
      expect(timers.pending()).toHaveLength(1); // one retry, not one per failure
      delays.push(result.retryInMs!);
      expect(timers.pending()).toEqual([result.retryInMs]);
    }
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000, 60_000]);
    expect(client.status.lastError?.kind).toBe('server');

    // The retry fires, the server is back: all sent, and the backoff starts again from 1 s.
    timers.fire(60_000);
    expect((await client.flush()).acknowledged).toBe(3);
    expect(timers.pending()).toEqual([]);
    await queueEvents(outbox, participationId, 1);
    server.script.push('network');
    expect((await client.flush()).retryInMs).toBe(1_000);
  });

  it('marks the device offline on a network error', async () => {
    const { outbox, participationId, server, client } = await rig();
    await queueEvents(outbox, participationId, 1);
    server.script.push('network');
    const result = await client.flush();
    expect(result.error).toMatchObject({ kind: 'offline', status: null });
    expect(client.status.online).toBe(false);
  });

  it('adds jitter below the doubling, never above the 60 s cap', async () => {
    const { outbox, participationId, server, client } = await rig(() => 0.999);
    await queueEvents(outbox, participationId, 1);
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      server.script.push({ status: 500 });
      delays.push((await client.flush()).retryInMs!);
    }
    const nominal = [1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000];
    delays.forEach((d, i) => {
      expect(d).toBeLessThan(nominal[i]!);
      expect(d).toBeGreaterThanOrEqual(nominal[i]! * 0.75);
    });
  });

  it('honours Retry-After on a 429, also against other triggers', async () => {
    const { outbox, participationId, server, timers, client, clock } = await rig();
    await queueEvents(outbox, participationId, 2);
    server.script.push({ status: 429, retryAfter: '7' });

    const result = await client.flush();
    expect(result.retryInMs).toBe(7_000);
    expect(result.error).toMatchObject({ kind: 'rate-limited', status: 429 });
    expect(timers.pending()).toEqual([7_000]);

    // A trigger 3 s later does not send.
    clock.now += 3_000;
    const early = await client.flush();
    expect(server.requests).toHaveLength(1);
    expect(early.retryInMs).toBe(4_000);

    clock.now += 4_000;
    timers.fire(7_000);
    expect((await client.flush()).acknowledged).toBe(2);
    expect(server.requests).toHaveLength(2);
  });

  it('falls back to the backoff on a 429 without Retry-After, and keeps events on a proxy error page', async () => {
    const { outbox, participationId, server, client } = await rig();
    await queueEvents(outbox, participationId, 2);
    server.script.push({ status: 429 });
    expect((await client.flush()).retryInMs).toBe(1_000);
    server.script.push({ status: 400, html: true });
    const result = await client.flush();
    expect(result).toMatchObject({ rejected: 0, retryInMs: 2_000, error: { kind: 'bad-response', status: 400 } });
    expect(await outbox.pendingCount()).toBe(2);
    expect(await outbox.rejectedCount()).toBe(0);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(parseRetryAfter('120', T0)).toBe(120_000);
    expect(parseRetryAfter(new Date(T0 + 30_000).toUTCString(), T0)).toBe(30_000);
    expect(parseRetryAfter('soon', T0)).toBeNull();
    expect(parseRetryAfter(null, T0)).toBeNull();
  });
});

describe('SyncClient.flush: refused events', () => {
  it('moves exactly the one conflicting event of a batch of 10 to rejected; the other 9 are acknowledged', async () => {
    const { outbox, participationId, server, client } = await rig();
    const ids = await queueEvents(outbox, participationId, 10);
    const culprit = ids[6]!;
    server.seedConflict(culprit);

    const result = await client.flush();
    expect(result).toMatchObject({ acknowledged: 9, rejected: 1, pending: 0, retryInMs: null });
    const stored = [...server.stored.keys()].filter((id) => id !== culprit);
    expect(stored.sort()).toEqual(ids.filter((id) => id !== culprit).sort());
    const rejected = await outbox.db.rejected.toArray();
    expect(rejected).toEqual([expect.objectContaining({ id: culprit, participationId, status: 409, message: expect.stringContaining(culprit) as unknown })]);
    expect(rejected[0]?.event.id).toBe(culprit);
    expect(client.status.rejected).toBe(1);
    // Split, not one request per event.
    expect(server.requests.length).toBeLessThan(10);

    // Nothing is sent again.
    const before = server.requests.length;
    await client.flush();
    expect(server.requests.length).toBe(before);
  });

  it('isolates an event the server finds invalid (422) among many good ones', async () => {
    const { outbox, participationId, server, client } = await rig();
    await queueEvents(outbox, participationId, 20);
    // An event an older app version wrote, which today's server refuses (bypasses recordStep's check).
    const bad = crypto.randomUUID();
    await outbox.db.outbox.add({
      id: bad,
      participationId,
      seq: 20,
      queuedAt: T0,
      event: { id: bad, seq: 20, at: T0, scenario: null, body: { type: 'consent-given', noticeVersion: 0 } },
    });
    await queueEvents(outbox, participationId, 1);

    const result = await client.flush();
    expect(result).toMatchObject({ acknowledged: 21, rejected: 1, pending: 0 });
    expect(await outbox.db.rejected.get(bad)).toMatchObject({ status: 422, message: 'the batch is not valid' });
    expect(server.storedDeliveries().get(bad)).toBeUndefined();
    expect(server.requests.some((r) => r.status === 400)).toBe(false); // never a duplicate id in a batch
  });
});

describe('SyncClient.flush: tokens', () => {
  it('on 401 keeps the rows, stops for that participation, reports it and does not loop', async () => {
    const { outbox, participationId, server, timers, client } = await rig();
    await queueEvents(outbox, participationId, 3);
    const other = await outbox.saveParticipation(joinResponse('token-b', 'MN4TQX'));
    await queueEvents(outbox, other.id, 2);
    server.tokens.delete('token-a');

    const result = await client.flush();
    expect(result.blocked).toEqual([{ participationId, status: 401, message: 'unknown token' }]);
    expect(result.error).toMatchObject({ kind: 'unauthorized', status: 401 });
    expect(result.retryInMs).toBeNull();
    expect(timers.pending()).toEqual([]);
    expect(await outbox.pendingCount(participationId)).toBe(3);
    expect(await outbox.rejectedCount()).toBe(0);
    expect(await outbox.pendingCount(other.id)).toBe(0); // the other participation still synced
    expect(client.status.blocked).toHaveLength(1);

    const requests = server.requests.length;
    await client.flush();
    expect(server.requests.length).toBe(requests);

    // Joining again gives a new token: then it is tried again.
    server.tokens.set('token-a-new', 'live');
    await outbox.saveParticipation(joinResponse('token-a-new', 'KX7P3Q'));
    const after = await client.flush();
    expect(after).toMatchObject({ acknowledged: 3, blocked: [] });
  });

  it('reports 403 (session ended) the same way', async () => {
    const { outbox, participationId, server, client } = await rig();
    await queueEvents(outbox, participationId, 1);
    server.tokens.set('token-a', 'ended');
    const result = await client.flush();
    expect(result.blocked).toEqual([{ participationId, status: 403, message: 'the session has ended' }]);
    expect(await outbox.pendingCount()).toBe(1);
  });
});

describe('SyncClient: one flush at a time', () => {
  it('concurrent flush calls join the running one and send each event once', async () => {
    const { outbox, participationId, server, client } = await rig();
    const ids = await queueEvents(outbox, participationId, 1_200);
    const results = await Promise.all([client.flush(), client.flush(), client.flush()]);
    expect(results[1]).toBe(results[0]);
    expect(results[2]).toBe(results[0]);
    const deliveries = server.storedDeliveries();
    expect(deliveries.size).toBe(ids.length);
    expect([...deliveries.values()].every((n) => n === 1)).toBe(true);
    expect(server.requests).toHaveLength(3);
  });

  it('picks up events recorded while a flush is running', async () => {
    const { outbox, participationId, server, client } = await rig();
    await queueEvents(outbox, participationId, 2);
    let once = true;
    server.onRequest = async () => {
      if (once) {
        once = false;
        await queueEvents(outbox, participationId, 1);
      }
    };
    const result = await client.flush();
    expect(result).toMatchObject({ acknowledged: 3, pending: 0 });
  });
});

describe('SyncClient.start / stop', () => {
  it('flushes on start, online, visibilitychange and every 15 s, and stops when told', async () => {
    const { outbox, participationId } = await joinedOutbox(freshDbName());
    const server = new FakeIngestServer();
    const timers = new ManualTimers();
    const win = new EventTarget();
    const doc = new EventTarget();
    const client = new SyncClient({
      outbox,
      fetch: server.fetch,
      setTimeout: timers.setTimeout,
      clearTimeout: timers.clearTimeout,
      window: win,
      document: doc,
    });
    const seen: SyncStatus[] = [];
    client.subscribe((s) => seen.push(s));

    await queueEvents(outbox, participationId, 1);
    client.start();
    await until(() => server.requests.length === 1 && client.status.pending === 0 && !client.status.syncing, 'start flushed');

    await queueEvents(outbox, participationId, 1);
    win.dispatchEvent(new Event('online'));
    await until(() => server.requests.length === 2 && client.status.pending === 0 && !client.status.syncing, 'online flushed');

    await queueEvents(outbox, participationId, 1);
    doc.dispatchEvent(new Event('visibilitychange'));
    await until(() => server.requests.length === 3 && client.status.pending === 0 && !client.status.syncing, 'visibilitychange flushed');
    expect(server.requests[2]?.keepalive).toBe(true); // may outlive a page that is going away

    await queueEvents(outbox, participationId, 1);
    await quietPeriod();
    expect(server.requests).toHaveLength(3); // recording alone does not send
    expect(timers.fire(FLUSH_INTERVAL_MS)).toBe(1);
    await until(() => server.requests.length === 4 && client.status.pending === 0 && !client.status.syncing, 'the 15 s tick flushed');
    expect(timers.pending()).toEqual([FLUSH_INTERVAL_MS]); // re-armed

    // The badge heard about pending events and the sync.
    expect(seen.some((s) => s.pending > 0)).toBe(true);
    expect(client.status).toMatchObject({ pending: 0, syncing: false, lastError: null });

    client.stop();
    expect(timers.pending()).toEqual([]);
    await queueEvents(outbox, participationId, 1);
    win.dispatchEvent(new Event('online'));
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(timers.fire(FLUSH_INTERVAL_MS)).toBe(0);
    await quietPeriod();
    expect(server.requests).toHaveLength(4);
  });

  it('keeps the 15 s tick quiet while a backoff retry is pending', async () => {
    const { outbox, participationId, server, timers, client } = await rig();
    await queueEvents(outbox, participationId, 1);
    server.script.push({ status: 503 });
    client.start();
    await until(() => server.requests.length === 1 && timers.pending().includes(1_000), 'the first attempt failed');
    expect(timers.pending().sort((a, b) => a - b)).toEqual([1_000, FLUSH_INTERVAL_MS]);
    timers.fire(FLUSH_INTERVAL_MS);
    await quietPeriod();
    expect(server.requests).toHaveLength(1);
    timers.fire(1_000);
    await until(() => server.requests.length === 2 && client.status.pending === 0 && !client.status.syncing, 'the retry sent');
    client.stop();
  });

  it('gives up on a request that hangs after the request timeout', async () => {
    const { outbox, participationId } = await joinedOutbox(freshDbName());
    const timers = new ManualTimers();
    const hanging: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const client = new SyncClient({ outbox, fetch: hanging, setTimeout: timers.setTimeout, clearTimeout: timers.clearTimeout, random: () => 0 });
    await queueEvents(outbox, participationId, 1);
    const running = client.flush();
    await new Promise((r) => setTimeout(r, 20));
    expect(timers.fire(REQUEST_TIMEOUT_MS)).toBe(1);
    const result = await running;
    expect(result).toMatchObject({ retryInMs: 1_000, error: { kind: 'offline' } });
    expect(await outbox.pendingCount()).toBe(1);
  });
});
