import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import type { WireEvent } from '../../src/core/api/device-event.ts';
import { addFacilitator } from '../../src/server/accounts.ts';
import { canonicalJson } from '../../src/server/canonical-json.ts';
import type { OpenDatabase } from '../../src/server/db/open-database.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from './test-database.ts';
import { PASSWORD, SCENARIO, sceneEntered } from './test-server.ts';

/**
 * The promise behind "acknowledged": an id in an `acknowledged` answer is on disk. The real
 * server runs as a child process (`node --import tsx src/server/main.ts`), devices hammer it,
 * and it is killed with SIGKILL mid-ingestion — no shutdown code runs. Every acknowledged id must
 * be there afterwards, no batch may be half-stored, and resending everything to the restarted
 * server must fill the gaps exactly once.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const CLIENTS = 6;
/** Per device and per server process this stays below the events rate limit (120 a minute). */
const BATCHES_PER_CLIENT = 100;
const BATCH_SIZE = 20;
const EMAIL = 'durability@roc-noord.nl';

const children = new Set<ChildProcess>();
const emptyDist = mkdtempSync(join(tmpdir(), 'bbvr-dist-'));
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(emptyDist, { recursive: true, force: true });
});

interface RunningServer {
  child: ChildProcess;
  base: string;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `src/server/main.ts` as its own process and resolves once it prints its address. */
function startServer(db: TestDatabase): Promise<RunningServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: db.dataDir, SCENES_DIR: join(ROOT, 'scenes'), DIST_DIR: emptyDist };
  for (const k of ['DATABASE_URL', 'PORT', 'HOST', 'LOG']) delete env[k];
  if (db.url) env.DATABASE_URL = db.url;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--no-build', '--port', '0', '--host', '127.0.0.1'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) => child.once('exit', (code, signal) => res({ code, signal })));
  return new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`server did not start within 90 s:\n${out}`)), 90_000);
    const onData = () => {
      const m = /is running[^\n]*\n\s*http:\/\/localhost:(\d+)\//.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      res({ child, base: `http://127.0.0.1:${m[1]}`, output: () => out, exited });
    };
    child.stdout!.on('data', onData);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      rej(new Error(`server exited (${code ?? signal}) before it was ready:\n${out}`));
    });
  });
}

async function post(base: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

interface Device {
  token: string;
  participantCode: string;
  batches: WireEvent[][];
}

interface ClientRun {
  acked: Set<string>;
  /** The batch whose request was cut off by the kill, if any. */
  inFlight: WireEvent[] | undefined;
  unexpected: string[];
  completed: boolean;
}

/** Sends a device's batches one after the other, as its outbox does, until done or the server goes away. */
async function runClient(base: string, device: Device, acked: Set<string>): Promise<ClientRun> {
  const run: ClientRun = { acked, inFlight: undefined, unexpected: [], completed: false };
  for (const batch of device.batches) {
    let acknowledged: string[];
    try {
      const res = await post(base, '/api/events', { events: batch }, { authorization: `Bearer ${device.token}` });
      if (res.status !== 200) {
        run.unexpected.push(`${res.status} ${await res.text()}`);
        return run;
      }
      acknowledged = ((await res.json()) as { acknowledged: string[] }).acknowledged;
    } catch {
      run.inFlight = batch;
      return run;
    }
    for (const id of acknowledged) acked.add(id);
  }
  run.completed = true;
  return run;
}

async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

interface StoredRow {
  id: string;
  participant_id: string;
  seq: number;
  content: string;
}

async function storedEvents(database: OpenDatabase): Promise<StoredRow[]> {
  return database.db.selectFrom('events').select(['id', 'participant_id', 'seq', 'content']).execute();
}

const contentOf = (e: WireEvent) => canonicalJson({ at: e.at, body: e.body, scenario: e.scenario, seq: e.seq });

describe.each(DATABASE_KINDS)('durability on %s: kill -9 during ingestion', (kind) => {
  it('every acknowledged event survives SIGKILL, no batch is half-stored, and a full resend fills the gaps exactly once', async () => {
    const tdb = await createTestDatabase(kind);
    let check: OpenDatabase | undefined;
    try {
      await addFacilitator(tdb.database.db, { email: EMAIL, password: PASSWORD, role: 'beheerder', organisation: 'ROC Noord' });
      // The test holds no connection while the server runs: after the kill, the server's own
      // files (SQLite WAL) are all there is.
      await tdb.database.close();

      // --- first run: devices send as fast as they can; SIGKILL mid-stream -------------------
      const first = await startServer(tdb);
      const login = await post(first.base, '/api/auth/login', { email: EMAIL, password: PASSWORD });
      expect(login.status).toBe(200);
      const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
      const created = await post(first.base, '/api/sessions', { mode: 'intake', scenarios: [SCENARIO] }, { cookie });
      expect(created.status).toBe(201);
      const { joinCode } = (await created.json()) as { joinCode: string };
      const devices: Device[] = [];
      for (let c = 0; c < CLIENTS; c++) {
        const joined = await post(first.base, '/api/join', { code: joinCode });
        expect(joined.status).toBe(201);
        const { token, participantCode } = (await joined.json()) as { token: string; participantCode: string };
        const batches = Array.from({ length: BATCHES_PER_CLIENT }, (_, b) => Array.from({ length: BATCH_SIZE }, (_, i) => sceneEntered(b * BATCH_SIZE + i)));
        devices.push({ token, participantCode, batches });
      }
      const planned = new Map(devices.flatMap((d) => d.batches.flat().map((e) => [e.id, { device: d, event: e }] as const)));
      const total = CLIENTS * BATCHES_PER_CLIENT * BATCH_SIZE;
      expect(planned.size).toBe(total);

      const acked = new Set<string>();
      const started = Date.now();
      const runs = Promise.all(devices.map((d) => runClient(first.base, d, acked)));
      // Kill after ~1.5 s of traffic, or earlier on a fast machine, while half is still unsent.
      await waitFor(() => (Date.now() - started >= 1500 && acked.size >= CLIENTS * BATCH_SIZE) || acked.size >= total / 2, 60_000, 'acknowledgements');
      first.child.kill('SIGKILL');
      const results = await runs;
      expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });

      for (const r of results) expect(r.unexpected).toEqual([]);
      // The kill really hit the middle of the ingestion: requests were cut off, work was left.
      expect(results.filter((r) => r.inFlight).length).toBeGreaterThan(0);
      expect(acked.size).toBeGreaterThan(0);
      expect(acked.size).toBeLessThan(total);

      // --- straight after the kill: read the files the dead server left --------------------
      check = await tdb.reopen();
      if (kind === 'sqlite') {
        const integrity = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(check.db);
        expect(integrity.rows).toEqual([{ integrity_check: 'ok' }]);
      }
      const afterKill = await storedEvents(check);
      const storedIds = new Set(afterKill.map((r) => r.id));
      expect(storedIds.size).toBe(afterKill.length); // no id twice
      expect(new Set(afterKill.map((r) => `${r.participant_id}/${r.seq}`)).size).toBe(afterKill.length);
      const missing = [...acked].filter((id) => !storedIds.has(id));
      expect(missing, `${missing.length} acknowledged id(s) lost by kill -9`).toEqual([]);
      // Only what we sent, as we sent it.
      for (const row of afterKill) expect(row.content).toBe(contentOf(planned.get(row.id)!.event));
      // What is stored but was never acknowledged can only be a batch cut off by the kill (its
      // commit made it, the answer did not) — and then the whole batch, never a part.
      const cutOff = results.flatMap((r) => (r.inFlight ? [r.inFlight] : []));
      const extra = new Set([...storedIds].filter((id) => !acked.has(id)));
      for (const batch of cutOff) {
        const present = batch.filter((e) => storedIds.has(e.id)).length;
        expect([0, batch.length]).toContain(present);
        for (const e of batch) extra.delete(e.id);
      }
      expect([...extra]).toEqual([]);
      await check.close();
      check = undefined;

      // --- restart on the same database and resend everything, acknowledged or not ------------
      const second = await startServer(tdb);
      await Promise.all(
        devices.map(async (d) => {
          for (const batch of d.batches) {
            const res = await post(second.base, '/api/events', { events: batch }, { authorization: `Bearer ${d.token}` });
            expect(res.status, await res.clone().text()).toBe(200);
            expect(((await res.json()) as { acknowledged: string[] }).acknowledged).toEqual(batch.map((e) => e.id));
          }
        }),
      );
      second.child.kill('SIGTERM');
      expect((await second.exited).code).toBe(0);

      check = await tdb.reopen();
      const final = await storedEvents(check);
      expect(final.length).toBe(total);
      expect(new Set(final.map((r) => r.id)).size).toBe(total);
      for (const row of final) expect(row.content).toBe(contentOf(planned.get(row.id)!.event));
      const participants = await check.db.selectFrom('participants').select(['id', 'code']).execute();
      const codeOf = new Map(participants.map((p) => [p.id, p.code]));
      const seqs = new Map<string, number[]>();
      for (const row of final) {
        expect(codeOf.get(row.participant_id)).toBe(planned.get(row.id)!.device.participantCode);
        seqs.set(row.participant_id, [...(seqs.get(row.participant_id) ?? []), row.seq]);
      }
      expect(seqs.size).toBe(CLIENTS);
      const gapless = Array.from({ length: BATCHES_PER_CLIENT * BATCH_SIZE }, (_, i) => i);
      for (const list of seqs.values()) expect(list.sort((a, b) => a - b)).toEqual(gapless);
    } finally {
      await check?.close();
      await tdb.drop();
    }
  }, 240_000);
});
