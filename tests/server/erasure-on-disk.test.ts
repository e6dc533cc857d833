import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purgeExpired } from '../../src/server/retention.ts';
import { sceneEntered, startTestServer, type TestServer } from './test-server.ts';

const DAY = 24 * 60 * 60_000;

/**
 * Erased must mean gone from the files too, not only from query results: SQLite keeps deleted
 * rows in free pages and in the write-ahead log until they happen to be overwritten. Only SQLite:
 * what PostgreSQL keeps (dead tuples, WAL segments) is described in docs/api.md.
 */
describe('erasure reaches the disk on sqlite', () => {
  let server: TestServer;
  let cookie: string;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    cookie = await server.login('a@roc-noord.nl');
  });
  afterAll(() => server.close());

  /** The raw bytes of the database and its write-ahead log, as a forensic tool would read them. */
  function diskBytes(): Buffer {
    const file = join(server.db.dataDir, 'beroepsbeeld.sqlite');
    return Buffer.concat([file, `${file}-wal`].filter((f) => existsSync(f)).map((f) => readFileSync(f)));
  }
  const onDisk = (text: string) => diskBytes().includes(Buffer.from(text, 'utf8'));

  /** A participant with 60 events and a note, everything it leaves that identifies it. */
  async function participantWithData(sessionId: string, joinCode: string) {
    const device = await server.join(joinCode);
    const events = Array.from({ length: 60 }, (_, seq) => sceneEntered(seq));
    for (let i = 0; i < events.length; i += 20) expect((await server.send(device.token, events.slice(i, i + 20))).statusCode).toBe(200);
    const note = `notitie-${randomUUID()}`;
    const put = await server.app.inject({
      method: 'PUT',
      url: `/api/sessions/${sessionId}/participants/${device.participantCode}/notes`,
      headers: { cookie },
      payload: { form: { leerweg: null, niveau: null, leerjaar: null, leervoorkeur: null }, notes: note, conclusion: note, proposal: null },
    });
    expect(put.statusCode, put.body).toBe(200);
    return { code: device.participantCode, traces: [device.participantCode, note, ...events.map((e) => e.id)] };
  }

  it('erasing a participant leaves none of its code, event ids or notes in the database file or the WAL', async () => {
    const session = await server.createSession(cookie);
    const kept = await participantWithData(session.id, session.joinCode!);
    const erased = await participantWithData(session.id, session.joinCode!);
    // The grep works: what is still stored is found, in the file or the log.
    expect(erased.traces.filter(onDisk)).toEqual(erased.traces);

    const res = await server.app.inject({ method: 'DELETE', url: `/api/sessions/${session.id}/participants/${erased.code}`, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    expect(erased.traces.filter(onDisk)).toEqual([]);
    expect(kept.traces.filter(onDisk)).toEqual(kept.traces);
  });

  it('erasing a session leaves none of its participants, events or notes on disk', async () => {
    const other = await server.createSession(cookie);
    const kept = await participantWithData(other.id, other.joinCode!);
    const session = await server.createSession(cookie);
    const a = await participantWithData(session.id, session.joinCode!);
    const b = await participantWithData(session.id, session.joinCode!);
    const traces = [session.id, ...a.traces, ...b.traces];
    expect(traces.filter(onDisk)).toEqual(traces);

    expect((await server.app.inject({ method: 'DELETE', url: `/api/sessions/${session.id}`, headers: { cookie } })).statusCode).toBe(200);
    expect(traces.filter(onDisk)).toEqual([]);
    expect(kept.traces.filter(onDisk)).toEqual(kept.traces);
  });

  it('the retention purge leaves nothing of the sessions it erased on disk', async () => {
    const young = await server.createSession(cookie, { retentionDays: 30 });
    const kept = await participantWithData(young.id, young.joinCode!);
    const old = await server.createSession(cookie, { retentionDays: 1 });
    const gone = await participantWithData(old.id, old.joinCode!);
    const traces = [old.id, ...gone.traces];
    expect(traces.filter(onDisk)).toEqual(traces);

    const result = await purgeExpired(server.db.database.db, old.purgeAt + DAY, 'sqlite');
    expect(result.sessions).toBeGreaterThanOrEqual(1);
    expect(traces.filter(onDisk)).toEqual([]);
    expect(kept.traces.filter(onDisk)).toEqual(kept.traces);
  });
});
