/**
 * npx tsx tests/server/dashboard-at-limits.bench.ts   (DATABASE_URL=postgres://… for PostgreSQL)
 *
 * The dashboard with a session filled to the default volume limits (DEFAULT_LIMITS.volume: as
 * many participants and events as the server lets one session hold), over real HTTP on loopback:
 * how long the session page's two API calls take (GET /api/sessions/:id and /events, together,
 * as the page loads them), the exports behind its buttons, and how long other requests wait
 * meanwhile (a device heartbeat every 10 ms: the server is one process, so a long synchronous
 * database read or JSON encoding stalls everybody). Prints a Markdown row for docs/benchmarks.md.
 *
 * Not a test (vitest runs *.test.ts only): numbers depend on the machine.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import type { WireEvent } from '../../src/core/api/device-event.ts';
import { MAX_BATCH } from '../../src/core/api/device-event.ts';
import { addFacilitator } from '../../src/server/accounts.ts';
import { buildServer, DEFAULT_LIMITS } from '../../src/server/build-server.ts';
import { openDatabase } from '../../src/server/db/open-database.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SCENARIO = 'ouderenzorg/ochtend-verpleeghuis';
const PASSWORD = 'bench password 1234';
const { participantsPerSession, eventsPerSession } = DEFAULT_LIMITS.volume;
const perParticipant = Math.floor(eventsPerSession / participantsPerSession);
const ROUNDS = 5;

const dataDir = process.env.DATABASE_URL ? undefined : mkdtempSync(join(tmpdir(), 'bbvr-dash-'));
const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir });
const email = `bench-${randomUUID().slice(0, 8)}@bench.example`;
await addFacilitator(database.db, { email, password: PASSWORD, role: 'beheerder', organisation: `Bench ${new Date().toISOString()}` });
const high = { max: 1_000_000_000, timeWindow: 60_000 };
// Rate limits out of the way (filling takes many requests fast); the volume limits stay the defaults.
const app = await buildServer({ database, scenesDir: join(ROOT, 'scenes'), limits: { login: high, join: high, events: high, gaze: high } });
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

async function call(path: string, init: RequestInit = {}, expected = 200): Promise<Response> {
  const res = await fetch(`${base}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string> | undefined) },
  });
  if (res.status !== expected) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
  return res;
}
const login = await call('/api/auth/login', { method: 'POST', body: JSON.stringify({ email, password: PASSWORD }) });
const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
const session = (await (
  await call('/api/sessions', { method: 'POST', headers: { cookie }, body: JSON.stringify({ mode: 'werkveldorientatie', scenarios: [SCENARIO] }) }, 201)
).json()) as { id: string; joinCode: string };

/** A play through the scenario as the engine logs it: enter, look around, answer, leave. */
function play(n: number): WireEvent[] {
  const events: WireEvent[] = [];
  for (let seq = 0; seq < n; seq++) {
    const node = `node-${Math.floor(seq / 5)}`;
    const at = 1_700_000_000_000 + seq * 4000;
    const kinds: WireEvent['body'][] = [
      { type: 'scene-entered', nodeId: node, via: 'hotspot', fromNodeId: seq ? `node-${Math.floor(seq / 5) - 1}` : null },
      { type: 'hotspot-opened', nodeId: node, hotspotId: 'bed', hotspotKind: 'info' },
      { type: 'question-answered', nodeId: node, questionId: 'wat-doe-je', optionId: 'vraag-hulp', msToAnswer: 5400, changedFrom: null },
      { type: 'variables-set', values: { 'wil-dit-werk': seq % 3 } },
      { type: 'scene-left', nodeId: node, dwellMs: 21_000 },
    ];
    events.push({ id: randomUUID(), seq, at, scenario: SCENARIO, body: kinds[seq % kinds.length]! });
  }
  return events;
}

const fillStart = performance.now();
for (let p = 0; p < participantsPerSession; p++) {
  const joined = (await (await call('/api/join', { method: 'POST', body: JSON.stringify({ code: session.joinCode }) }, 201)).json()) as { token: string };
  const events = play(perParticipant);
  for (let i = 0; i < events.length; i += MAX_BATCH) {
    await call('/api/events', {
      method: 'POST',
      headers: { authorization: `Bearer ${joined.token}` },
      body: JSON.stringify({ events: events.slice(i, i + MAX_BATCH) }),
    });
  }
}
const fillSeconds = (performance.now() - fillStart) / 1000;
// The limits hold: one more participant or event is refused.
await call('/api/join', { method: 'POST', body: JSON.stringify({ code: session.joinCode }) }, 429);

/** Runs `work` while a device heartbeats every 10 ms; returns its time and the heartbeats' worst wait. */
async function whileDevicesWait(work: () => Promise<number>): Promise<{ ms: number; bytes: number; stallMs: number }> {
  const device = (await (await call('/api/join', { method: 'POST', body: JSON.stringify({ code: await otherJoinCode() }) }, 201)).json()) as { token: string };
  let running = true;
  let stallMs = 0;
  const probe = (async () => {
    while (running) {
      const t = performance.now();
      await call('/api/participation/heartbeat', { method: 'POST', headers: { authorization: `Bearer ${device.token}` }, body: '{}' });
      stallMs = Math.max(stallMs, performance.now() - t);
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  const t = performance.now();
  const bytes = await work();
  const ms = performance.now() - t;
  running = false;
  await probe;
  return { ms, bytes, stallMs };
}
let otherCode: string | undefined;
async function otherJoinCode(): Promise<string> {
  otherCode ??= (
    (await (
      await call('/api/sessions', { method: 'POST', headers: { cookie }, body: JSON.stringify({ mode: 'intake', scenarios: [SCENARIO] }) }, 201)
    ).json()) as {
      joinCode: string;
    }
  ).joinCode;
  return otherCode;
}

const size = async (res: Response) => (await res.arrayBuffer()).byteLength;
const measurements = {
  'session page (GET /api/sessions/:id + /events)': () =>
    Promise.all([call(`/api/sessions/${session.id}`, { headers: { cookie } }), call(`/api/sessions/${session.id}/events`, { headers: { cookie } })]).then(
      async ([a, b]) => (await size(a)) + (await size(b)),
    ),
  'CSV export': () => call(`/api/sessions/${session.id}/events.csv`, { headers: { cookie } }).then(size),
  'xAPI export': () => call(`/api/sessions/${session.id}/xapi`, { headers: { cookie } }).then(size),
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  `\n${database.describe.split(' ')[0]}: ${participantsPerSession} participants × ${perParticipant} events = ${eventsPerSession} events (filled in ${fillSeconds.toFixed(0)} s)`,
);
const rows: string[] = [];
for (const [name, work] of Object.entries(measurements)) {
  const runs = [];
  for (let r = 0; r < ROUNDS; r++) runs.push(await whileDevicesWait(work));
  const line = `${median(runs.map((r) => r.ms)).toFixed(0)} ms (max ${Math.max(...runs.map((r) => r.ms)).toFixed(0)}), ${(runs[0]!.bytes / 1e6).toFixed(1)} MB, other requests waited up to ${median(runs.map((r) => r.stallMs)).toFixed(0)} ms (max ${Math.max(...runs.map((r) => r.stallMs)).toFixed(0)})`;
  console.log(`  ${name.padEnd(48)} ${line}`);
  rows.push(`${name}: ${line}`);
}
const machine = `${cpus()[0]?.model.trim()} ×${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load ${loadavg()[0]!.toFixed(1)}`;
console.log(`\n| ${new Date().toISOString().slice(0, 10)} | ${machine} | ${database.describe.split(' ')[0]} | ${rows.join('; ')} |`);

await app.close();
await database.close();
if (dataDir) rmSync(dataDir, { recursive: true, force: true });
