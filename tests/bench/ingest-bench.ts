/**
 * npm run bench:ingest [-- --devices N --events M --batch B --per-session S]
 *
 * The real server (buildServer + openDatabase) in this process, listening on loopback; N devices
 * join (S per session) and each sends M events in batches of B over real HTTP (node:http, one
 * keep-alive connection per device), all devices at once, each device one batch after the other
 * as its outbox does. Then every batch is sent a second time: the idempotent path (all ids
 * already stored) under the same load.
 * Prints the machine, throughput and per-request latency, checks that the database holds exactly
 * N×M events, and ends with a Markdown row for docs/benchmarks.md.
 *
 * SQLite in a temp directory by default; DATABASE_URL=postgres://… uses that database (the bench
 * adds an organisation with its sessions there and leaves them; use a throwaway database).
 * Environment instead of flags: BENCH_DEVICES, BENCH_EVENTS, BENCH_BATCH, BENCH_PER_SESSION.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import type { WireEvent } from '../../src/core/api/device-event.ts';
import { addFacilitator } from '../../src/server/accounts.ts';
import { buildServer } from '../../src/server/build-server.ts';
import { openDatabase } from '../../src/server/db/open-database.ts';

const { values: flags } = parseArgs({
  options: {
    devices: { type: 'string' },
    events: { type: 'string' },
    batch: { type: 'string' },
    'per-session': { type: 'string' },
  },
});

function setting(flag: keyof typeof flags, env: string, fallback: number): number {
  const text = flags[flag] ?? process.env[env] ?? String(fallback);
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1) throw new Error(`--${flag} / ${env}: "${text}" is not a positive whole number`);
  return n;
}

const DEVICES = setting('devices', 'BENCH_DEVICES', 50);
const EVENTS = setting('events', 'BENCH_EVENTS', 400);
const BATCH = setting('batch', 'BENCH_BATCH', 20);
const PER_SESSION = setting('per-session', 'BENCH_PER_SESSION', 25);
const SCENARIO = 'ouderenzorg/ochtend-verpleeghuis';
const PASSWORD = 'bench password 1234';
const ROOT = resolve(import.meta.dirname, '../..');

// --- server ------------------------------------------------------------------------------------
const dataDir = process.env.DATABASE_URL ? undefined : mkdtempSync(join(tmpdir(), 'bbvr-bench-'));
const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir });
const pgSetting = async (name: string) => (await sql<{ v: string }>`select current_setting(${name}) as v`.execute(database.db)).rows[0]!.v;
const engine =
  database.kind === 'sqlite'
    ? `SQLite ${(await sql<{ v: string }>`select sqlite_version() as v`.execute(database.db)).rows[0]!.v} (WAL, synchronous=FULL)`
    : `PostgreSQL ${(await pgSetting('server_version')).split(' ')[0]} (fsync=${await pgSetting('fsync')}, synchronous_commit=${await pgSetting('synchronous_commit')})`;
const email = `bench-${randomUUID().slice(0, 8)}@bench.example`;
await addFacilitator(database.db, { email, password: PASSWORD, role: 'beheerder', organisation: `Bench ${new Date().toISOString()}` });
const high = { max: 1_000_000_000, timeWindow: 60_000 };
const app = await buildServer({ database, scenesDir: join(ROOT, 'scenes'), limits: { login: high, join: high, events: high } });
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

/**
 * One keep-alive connection per device, as each headset has its own. (A shared fetch pool hands
 * connections out unevenly under this load and starved some devices for seconds, which measured
 * the client, not the server.)
 */
function call<T>(
  agent: http.Agent,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
  expected = 200,
): Promise<{ body: T; headers: http.IncomingHttpHeaders }> {
  const payload = JSON.stringify(body);
  return new Promise((res, rej) => {
    const req = http.request(
      `${base}${path}`,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers } },
      (r) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('error', rej);
        r.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (r.statusCode !== expected) rej(new Error(`${path}: ${r.statusCode} ${text}`));
          else res({ body: JSON.parse(text) as T, headers: r.headers });
        });
      },
    );
    req.on('error', rej);
    req.end(payload);
  });
}

// --- devices -----------------------------------------------------------------------------------
const facilitator = new http.Agent({ keepAlive: true, maxSockets: 1 });
const { headers: loginHeaders } = await call(facilitator, '/api/auth/login', { email, password: PASSWORD });
const cookie = loginHeaders['set-cookie']![0]!.split(';')[0]!;
const sessionIds: string[] = [];
interface Device {
  agent: http.Agent;
  token: string;
  batches: WireEvent[][];
}
const devices: Device[] = [];
let joinCode = '';
for (let d = 0; d < DEVICES; d++) {
  if (d % PER_SESSION === 0) {
    const { body } = await call<{ id: string; joinCode: string }>(facilitator, '/api/sessions', { mode: 'intake', scenarios: [SCENARIO] }, { cookie }, 201);
    sessionIds.push(body.id);
    joinCode = body.joinCode;
  }
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  devices.push({ agent, token: (await call<{ token: string }>(agent, '/api/join', { code: joinCode }, {}, 201)).body.token, batches: [] });
}

/** A play-through's worth of events: enter, open a hotspot, answer, leave; ids only, as the engine logs. */
function event(seq: number): WireEvent {
  const scene = Math.floor(seq / 4);
  const node = `scene-${scene}`;
  const at = 1_790_000_000_000 + seq * 1500;
  const bodies: WireEvent['body'][] = [
    { type: 'scene-entered', nodeId: node, via: 'hotspot', fromNodeId: scene ? `scene-${scene - 1}` : null },
    { type: 'hotspot-opened', nodeId: node, hotspotId: 'vraag', hotspotKind: 'question' },
    { type: 'question-answered', nodeId: node, questionId: 'vraag', optionId: 'optie-b', msToAnswer: 4200, changedFrom: null },
    { type: 'scene-left', nodeId: node, dwellMs: 6000 },
  ];
  return { id: randomUUID(), seq, at, scenario: SCENARIO, body: bodies[seq % 4]! };
}
for (const d of devices) {
  const events = Array.from({ length: EVENTS }, (_, i) => event(i));
  for (let i = 0; i < events.length; i += BATCH) d.batches.push(events.slice(i, i + BATCH));
}

// --- phases ------------------------------------------------------------------------------------
interface PhaseResult {
  seconds: number;
  requests: number;
  latencies: number[];
}

async function phase(): Promise<PhaseResult> {
  const latencies: number[] = [];
  const start = performance.now();
  await Promise.all(
    devices.map(async (d) => {
      for (const batch of d.batches) {
        const t0 = performance.now();
        const { body } = await call<{ acknowledged: string[] }>(d.agent, '/api/events', { events: batch }, { authorization: `Bearer ${d.token}` });
        latencies.push(performance.now() - t0);
        if (body.acknowledged.length !== batch.length) throw new Error(`acknowledged ${body.acknowledged.length} of ${batch.length}`);
      }
    }),
  );
  return { seconds: (performance.now() - start) / 1000, requests: latencies.length, latencies };
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function summary(r: PhaseResult) {
  const s = [...r.latencies].sort((a, b) => a - b);
  const total = DEVICES * EVENTS;
  return {
    eventsPerSecond: Math.round(total / r.seconds),
    requestsPerSecond: Math.round(r.requests / r.seconds),
    p50: pct(s, 50),
    p95: pct(s, 95),
    p99: pct(s, 99),
    max: s.at(-1)!,
    seconds: r.seconds,
  };
}

async function storedCount(): Promise<number> {
  const r = await database.db
    .selectFrom('events')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.count<number>('id').distinct().as('ids')])
    .where('session_id', 'in', sessionIds)
    .executeTakeFirstOrThrow();
  if (Number(r.n) !== Number(r.ids)) throw new Error(`${r.n} rows but ${r.ids} distinct ids`);
  return Number(r.n);
}

const cpu = cpus();
const machine = `${cpu[0]?.model.trim() ?? 'unknown CPU'} ×${cpu.length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`;
console.log(`machine:  ${machine}`);
console.log(
  `load:     ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (1/5/15 min), ${Math.round(freemem() / 2 ** 20)} MiB free`,
);
console.log(`database: ${engine} — ${database.describe}`);
console.log(
  `workload: ${DEVICES} devices (${sessionIds.length} session(s)), ${EVENTS} events each in batches of ${BATCH}: ${DEVICES * EVENTS} events, ${devices.reduce((n, d) => n + d.batches.length, 0)} requests\n`,
);

const fresh = summary(await phase());
const afterFresh = await storedCount();
const replay = summary(await phase());
const afterReplay = await storedCount();

const ms = (n: number) => (n < 10 ? n.toFixed(1) : Math.round(n).toString());
for (const [name, r] of [
  ['new events', fresh],
  ['replay (all ids known)', replay],
] as const) {
  console.log(
    `${name.padEnd(24)} ${r.eventsPerSecond} events/s (${r.requestsPerSecond} requests/s, ${r.seconds.toFixed(2)} s); per request p50 ${ms(r.p50)} / p95 ${ms(r.p95)} / p99 ${ms(r.p99)} / max ${ms(r.max)} ms`,
  );
}
const expected = DEVICES * EVENTS;
const ok = afterFresh === expected && afterReplay === expected;
console.log(`stored:   ${afterFresh} after the first pass, ${afterReplay} after the replay (expected ${expected}) ${ok ? '✓' : '✗'}`);

const kind = database.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL';
const date = new Date().toISOString().slice(0, 10);
console.log('\nMarkdown row for docs/benchmarks.md:');
console.log(
  `| ${date} | ${machine} | ${kind} | ${DEVICES}×${EVENTS} in batches of ${BATCH} | ${fresh.eventsPerSecond} | ${ms(fresh.p50)} / ${ms(fresh.p95)} / ${ms(fresh.p99)} / ${ms(fresh.max)} ms | ${replay.eventsPerSecond} | ${ms(replay.p50)} / ${ms(replay.p95)} / ${ms(replay.p99)} / ${ms(replay.max)} ms | ${afterReplay} ${ok ? '✓' : '✗'} |`,
);

for (const d of devices) d.agent.destroy();
facilitator.destroy();
await app.close();
await database.close();
if (dataDir) rmSync(dataDir, { recursive: true, force: true });
if (!ok) process.exit(1);
