import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backfillScenarioVersions } from '../../src/server/db/migrations.ts';
import { DATABASE_KINDS } from './test-database.ts';
import { SCENARIO, sceneEntered, startTestServer, type TestServer } from './test-server.ts';

/** Migration 0003: events stored before it get the revision the export gave them then. */
describe.each(DATABASE_KINDS)('filling in scenario versions of events stored before migration 0003 on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind);
  });
  afterAll(() => server.close());

  it('gives each event the version of the latest started before it, and the export stays the same', async () => {
    const cookie = await server.login('a@roc-noord.nl');
    const session = await server.createSession(cookie);
    const { token } = await server.join(session.joinCode!);
    const started = (seq: number, version: string) =>
      sceneEntered(seq, { body: { type: 'started', scenarioId: SCENARIO.split('/')[1]!, scenarioVersion: version } });
    // A run, "Nog een keer" (same version), then a newer file started later.
    const events = [
      started(0, '1.0.0'),
      sceneEntered(1),
      sceneEntered(2, { body: { type: 'restart', scope: 'scenario', nodeId: 'node-0' } }),
      sceneEntered(3),
      started(4, '1.1.0'),
      sceneEntered(5),
    ];
    expect((await server.send(token, events)).statusCode).toBe(200);
    const db = server.db.database.db;
    const versions = async () =>
      (await db.selectFrom('events').select(['seq', 'scenario_version']).where('session_id', '=', session.id).orderBy('seq').execute()).map((r) => [
        Number(r.seq),
        r.scenario_version,
      ]);
    const exported = async () => (await server.app.inject({ method: 'GET', url: `/api/sessions/${session.id}/xapi`, headers: { cookie } })).body;
    const recorded = await versions();
    expect(recorded).toEqual([
      [0, '1.0.0'],
      [1, '1.0.0'],
      [2, '1.0.0'],
      [3, '1.0.0'],
      [4, '1.1.0'],
      [5, '1.1.0'],
    ]);
    const before = await exported();

    await db.updateTable('events').set({ scenario_version: null }).where('session_id', '=', session.id).execute();
    await backfillScenarioVersions(db);
    expect(await versions()).toEqual(recorded);
    expect(await exported()).toBe(before);
  });
});
