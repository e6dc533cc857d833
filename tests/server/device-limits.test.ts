import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Scenario } from '../../src/core/scenario-schema.ts';
import { DEFAULT_LIMITS } from '../../src/server/build-server.ts';
import { ScenarioStore } from '../../src/scene-pack/scenario-store.ts';
import { DATABASE_KINDS } from './test-database.ts';
import { OTHER_SCENARIO, SCENARIO, sceneEntered, startTestServer, type TestServer } from './test-server.ts';

/** Small limits so the tests reach them quickly; the defaults are checked on their own below. */
const LIMITS = {
  login: { max: 1000, timeWindow: 60_000 },
  join: { max: 1000, timeWindow: 60_000 },
  events: { max: 100_000, timeWindow: 60_000 },
  gaze: { max: 5, timeWindow: 60_000 },
  volume: { eventsPerParticipant: 30, eventsPerSession: 50, participantsPerSession: 4 },
};

/** Volume limits per device and per session: 429 with Retry-After beyond them, and nothing of the refused request is kept. */
describe.each(DATABASE_KINDS)('device limits on %s', (kind) => {
  let server: TestServer;
  let cookie: string;
  beforeAll(async () => {
    server = await startTestServer(kind, { limits: LIMITS });
    cookie = await server.login('a@roc-noord.nl');
  });
  afterAll(() => server.close());

  const count = async (table: 'events' | 'participants' | 'gaze_bins', sessionId: string) =>
    (await server.db.database.db.selectFrom(table).select('session_id').where('session_id', '=', sessionId).execute()).length;
  const batch = (from: number, n: number) => Array.from({ length: n }, (_, i) => sceneEntered(from + i));
  const expectRetryAfter = (res: { headers: Record<string, unknown> }) => {
    const seconds = Number(res.headers['retry-after']);
    expect(seconds).toBeGreaterThan(0);
    return seconds;
  };

  it('one device stores at most its limit of events: the batch that would pass it is 429 with Retry-After, and nothing of it is stored', async () => {
    const session = await server.createSession(cookie);
    const device = await server.join(session.joinCode!);
    const first = batch(0, 10);
    expect((await server.send(device.token, first)).statusCode).toBe(200);
    expect((await server.send(device.token, batch(10, 20))).statusCode).toBe(200);
    const over = await server.send(device.token, batch(30, 5));
    expect(over.statusCode, over.body).toBe(429);
    expect(over.json().error).toBe('quota-exceeded');
    expect(over.json().message).toContain('30');
    expectRetryAfter(over);
    expect((await server.send(device.token, batch(30, 1))).statusCode).toBe(429);
    expect(await count('events', session.id)).toBe(30);
    // What was stored can still be delivered again (a lost answer): only new events count.
    expect((await server.send(device.token, first)).statusCode).toBe(200);
  });

  it("a session stores at most its limit of events over all its devices (one device's limit is not the session's)", async () => {
    const session = await server.createSession(cookie);
    const [a, b, c] = [await server.join(session.joinCode!), await server.join(session.joinCode!), await server.join(session.joinCode!)];
    expect((await server.send(a.token, batch(0, 25))).statusCode).toBe(200);
    expect((await server.send(b.token, batch(0, 25))).statusCode).toBe(200);
    const over = await server.send(c.token, batch(0, 1));
    expect(over.statusCode, over.body).toBe(429);
    expect(over.json().error).toBe('quota-exceeded');
    expectRetryAfter(over);
    expect(await count('events', session.id)).toBe(50);
  });

  it('a session takes at most its limit of participants: the next join is 429 with Retry-After and creates nobody', async () => {
    const session = await server.createSession(cookie);
    for (let i = 0; i < LIMITS.volume.participantsPerSession; i++) await server.join(session.joinCode!);
    const over = await server.app.inject({ method: 'POST', url: '/api/join', payload: { code: session.joinCode } });
    expect(over.statusCode, over.body).toBe(429);
    expect(over.json().error).toBe('session-full');
    expectRetryAfter(over);
    expect(await count('participants', session.id)).toBe(LIMITS.volume.participantsPerSession);
  });

  describe('gaze samples', () => {
    let session: { id: string; joinCode: string | null };
    const gaze = (token: string, samples: unknown[]) =>
      server.app.inject({ method: 'POST', url: '/api/participation/gaze', headers: { authorization: `Bearer ${token}` }, payload: { samples } });
    const sample = { scenario: SCENARIO, nodeId: 'gang-start', yaw: 12, pitch: 3 };
    beforeAll(async () => {
      session = await server.createSession(cookie, { mode: 'werkveldorientatie' });
      await server.app.inject({ method: 'POST', url: `/api/sessions/${session.id}/class`, headers: { cookie }, payload: { kind: 'heatmap', enabled: true } });
    });

    it("are accepted only for scenes of the session's scenarios: another node id or scenario is 422 naming it, and nothing is counted", async () => {
      const device = await server.join(session.joinCode!);
      const unknownNode = await gaze(device.token, [sample, { ...sample, nodeId: 'node-99999' }]);
      expect(unknownNode.statusCode, unknownNode.body).toBe(422);
      expect(unknownNode.json().message).toContain('node-99999');
      const otherScenario = await gaze(device.token, [{ ...sample, scenario: OTHER_SCENARIO }]);
      expect(otherScenario.statusCode, otherScenario.body).toBe(422);
      expect(otherScenario.json().message).toContain(OTHER_SCENARIO);
      expect(await count('gaze_bins', session.id)).toBe(0);
      expect((await gaze(device.token, [sample])).json().stored).toBe(1);
    });

    it('are rate-limited per device: beyond the limit 429 with Retry-After, while another device goes on', async () => {
      const [one, two] = [await server.join(session.joinCode!), await server.join(session.joinCode!)].map((d) => d.token);
      for (let i = 0; i < LIMITS.gaze.max; i++) expect((await gaze(one!, [sample])).statusCode).toBe(200);
      const over = await gaze(one!, [sample]);
      expect(over.statusCode).toBe(429);
      expectRetryAfter(over);
      expect((await gaze(two!, [sample])).statusCode).toBe(200);
    });
  });
});

describe('the default limits', () => {
  it('are far above what an honest device sends: every scenario of the pack played through three times, every scene and hotspot', async () => {
    const store = new ScenarioStore('scenes');
    let thoroughPlays = 0;
    for (const path of await store.paths()) {
      const s = Scenario.parse(JSON.parse(readFileSync(join('scenes', path, 'scenario.json'), 'utf8')));
      // started, every scene entered and left, every hotspot opened, every question answered with its variables, completed.
      for (const node of s.nodes) {
        const questions = (node.question ? 1 : 0) + node.hotspots.filter((h) => h.kind === 'question').length;
        thoroughPlays += 2 + node.hotspots.length + 2 * questions;
      }
      thoroughPlays += 2;
    }
    expect(thoroughPlays).toBeGreaterThan(300);
    expect(DEFAULT_LIMITS.volume.eventsPerParticipant).toBeGreaterThanOrEqual(3 * thoroughPlays);
    // A class of 30 devices each playing two scenarios through three times fits in one session.
    expect(DEFAULT_LIMITS.volume.eventsPerSession).toBeGreaterThanOrEqual(30 * 3 * 2 * 150);
    // A device flushes every 15 s and sends gaze every 2 s.
    expect(DEFAULT_LIMITS.events.max).toBeGreaterThanOrEqual(4 * (60 / 15));
    expect(DEFAULT_LIMITS.gaze.max).toBeGreaterThanOrEqual(2 * (60 / 2));
  });
});
