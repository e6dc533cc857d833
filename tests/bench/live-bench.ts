/**
 * npm run bench:live [-- --devices N --rounds R]
 *
 * The live paths of a class, on the real server over loopback (SQLite in a temp directory):
 * N devices (default 28: 3 headsets and 25 phones) join one werkveldoriëntatie session and hold
 * the device stream open; the docent's dashboard holds the session stream open.
 *  1. device → dashboard: each round every device sends one event; the time from sending until
 *     the dashboard's stream carries it.
 *  2. docent → class: each round the docent sends "volg mij"; the time until every device's
 *     stream carries it (the slowest device counts).
 * Prints the machine and p50/p95/max per path, and a Markdown row for docs/benchmarks.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { addFacilitator } from '../../src/server/accounts.ts';
import { buildServer } from '../../src/server/build-server.ts';
import { openDatabase } from '../../src/server/db/open-database.ts';

const { values } = parseArgs({ options: { devices: { type: 'string' }, rounds: { type: 'string' } } });
const DEVICES = Number(values.devices ?? process.env.BENCH_DEVICES ?? 28);
const ROUNDS = Number(values.rounds ?? process.env.BENCH_ROUNDS ?? 20);
if (!(DEVICES >= 1 && ROUNDS >= 1)) throw new Error('--devices and --rounds are positive whole numbers');
const SCENARIO = 'ouderenzorg/ochtend-verpleeghuis';
const NODES = ['gang-start', 'kamer-de-vries', 'kamer-tillift', 'dochter-gang'];

const dataDir = mkdtempSync(join(tmpdir(), 'bbvr-live-bench-'));
const database = await openDatabase({ dataDir });
await addFacilitator(database.db, { email: 'docent@bench.example', password: 'bench password 1234', role: 'begeleider', organisation: 'Bench' });
const app = await buildServer({
  database,
  scenesDir: resolve(import.meta.dirname, '../../scenes'),
  limits: { events: { max: 1e6, timeWindow: 60_000 }, join: { max: 1e6, timeWindow: 60_000 } },
});
await app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

const login = await fetch(`${base}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ email: 'docent@bench.example', password: 'bench password 1234' }),
});
const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
const session = (await (
  await fetch(`${base}/api/sessions`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ mode: 'werkveldorientatie', scenarios: [SCENARIO] }),
  })
).json()) as { id: string; joinCode: string };

/** Reads an SSE stream and calls `on` with every message's data text. */
function listen(body: ReadableStream<Uint8Array>, on: (data: string) => void): void {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let i;
      while ((i = buffer.indexOf('\n\n')) >= 0) {
        const data = /^data: (.*)$/m.exec(buffer.slice(0, i))?.[1];
        buffer = buffer.slice(i + 2);
        if (data) on(data);
      }
    }
  })();
}

const waiting = new Map<string, (at: number) => void>();
const dash = await fetch(`${base}/api/sessions/${session.id}/live`, { headers: { cookie } });
listen(dash.body!, (data) => {
  for (const [needle, done] of waiting)
    if (data.includes(needle)) {
      waiting.delete(needle);
      done(performance.now());
    }
});

const devices = [];
for (let i = 0; i < DEVICES; i++) {
  const joined = (await (
    await fetch(`${base}/api/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: session.joinCode }) })
  ).json()) as { token: string };
  const seen: { version: number; at: number }[] = [];
  const stream = await fetch(`${base}/api/participation/live`, { headers: { authorization: `Bearer ${joined.token}` } });
  listen(stream.body!, (data) => {
    const v = /"version":(\d+)/.exec(data);
    if (v) seen.push({ version: Number(v[1]), at: performance.now() });
  });
  devices.push({ token: joined.token, seen, seq: 0 });
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const fmt = (xs: number[]) => `p50 ${quantile(xs, 0.5).toFixed(0)} / p95 ${quantile(xs, 0.95).toFixed(0)} / max ${Math.max(...xs).toFixed(0)} ms`;

// 1. device → dashboard
const toDashboard: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  await Promise.all(
    devices.map(async (d) => {
      const id = crypto.randomUUID();
      const arrived = new Promise<number>((res) => waiting.set(id, res));
      const t0 = performance.now();
      const body = {
        events: [
          {
            id,
            seq: d.seq++,
            at: Date.now(),
            scenario: SCENARIO,
            body: { type: 'hotspot-opened', nodeId: 'gang-start', hotspotId: 'werkbegeleider', hotspotKind: 'info' },
          },
        ],
      };
      const res = await fetch(`${base}/api/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${d.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`events: ${res.status} ${await res.text()}`);
      toDashboard.push((await arrived) - t0);
    }),
  );
}

// 2. docent → every device
const toClass: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  const t0 = performance.now();
  const res = await fetch(`${base}/api/sessions/${session.id}/class`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ kind: 'follow', scenario: SCENARIO, nodeId: NODES[r % NODES.length] }),
  });
  const { version } = (await res.json()) as { version: number };
  const deadline = performance.now() + 10_000;
  while (devices.some((d) => !d.seen.some((s) => s.version === version)) && performance.now() < deadline) await new Promise((r2) => setTimeout(r2, 2));
  const last = Math.max(...devices.map((d) => d.seen.find((s) => s.version === version)?.at ?? Infinity));
  if (!Number.isFinite(last)) throw new Error(`a device never got version ${version}`);
  toClass.push(last - t0);
}

console.log(
  `machine: ${cpus()[0]?.model} ×${cpus().length}, Node ${process.version}, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(`${DEVICES} devices, ${ROUNDS} rounds, SQLite`);
console.log(`device event → dashboard stream: ${fmt(toDashboard)} (${toDashboard.length} events)`);
console.log(`docent "volg mij" → all ${DEVICES} devices: ${fmt(toClass)} (${toClass.length} commands)`);
console.log(`| ${new Date().toISOString().slice(0, 10)} | ${DEVICES} | ${fmt(toDashboard)} | ${fmt(toClass)} |`);
await app.close();
await database.close();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
