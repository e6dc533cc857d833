/**
 * npm run bench:authoring [-- --runs N --threads T --sharp-threads S]
 *
 * The real server (buildServer, SQLite in a temp folder) in this process on loopback. For a
 * 5504×2752 and an 11008×5504 photo (generated with sharp: a gradient with noise, so the JPEG is
 * as hard to decode as a real photo), a maker uploads the file over HTTP and polls its progress
 * until the derivatives are ready. Meanwhile a probe asks GET /api/auth/me one request after the
 * other; its latency shows whether the server keeps answering while it processes.
 * Prints the machine, per photo the median of N runs (upload + check until 202, until ready) and
 * the probe's p50 / p95 / max and how many answers took over 100 ms, and the server's event-loop
 * delay meanwhile (max: the longest the server could not start on any request, whatever the
 * rest of the machine does; the probe's latency also includes waiting for a CPU), and ends with Markdown rows
 * for docs/benchmarks.md. Environment instead of flags: BENCH_RUNS.
 */
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { addFacilitator } from '../../src/server/accounts.ts';
import { buildServer } from '../../src/server/build-server.ts';
import { openDatabase } from '../../src/server/db/open-database.ts';

const { values: flags } = parseArgs({ options: { runs: { type: 'string' }, threads: { type: 'string' }, 'sharp-threads': { type: 'string' } } });
const RUNS = Number(flags.runs ?? process.env.BENCH_RUNS ?? 3);
const THREADS = Number(flags.threads ?? 1);
const SHARP_THREADS = Number(flags['sharp-threads'] ?? 1);
const SIZES: [number, number][] = [
  [5504, 2752],
  [11008, 5504],
];
const PASSWORD = 'bench password 1234';
const ROOT = resolve(import.meta.dirname, '../..');

const dataDir = mkdtempSync(join(tmpdir(), 'bbvr-bench-authoring-'));
const database = await openDatabase({ dataDir });
await addFacilitator(database.db, { email: 'maker@bench.example', password: PASSWORD, role: 'maker', organisation: 'Bench' });
const app = await buildServer({ database, dataDir, scenesDir: join(ROOT, 'scenes'), uploadProcessing: { threads: THREADS, sharpThreads: SHARP_THREADS } });
await app.listen({ port: 0, host: '127.0.0.1' });
const port = (app.server.address() as { port: number }).port;
const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

function call(
  method: string,
  path: string,
  body?: Buffer | string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((done, fail) => {
    const req = http.request(
      { host: '127.0.0.1', port, method, path, agent, headers: { ...headers, ...(body ? { 'content-length': String(Buffer.byteLength(body)) } : {}) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

const login = await call('POST', '/api/auth/login', JSON.stringify({ email: 'maker@bench.example', password: PASSWORD }), {
  'content-type': 'application/json',
});
const cookie = String(login.headers['set-cookie']![0]).split(';')[0]!;

/** GET /api/auth/me one after the other until stopped; the latencies in ms. */
function probe(): { stop: () => Promise<number[]> } {
  const latencies: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const t = performance.now();
      const res = await call('GET', '/api/auth/me', undefined, { cookie });
      if (res.status !== 200) throw new Error(`me: ${res.status}`);
      latencies.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return latencies;
    },
  };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const median = (xs: number[]) => pct(xs, 50);
const ms = (x: number) => `${Math.round(x)} ms`;

async function photo(width: number, height: number): Promise<Buffer> {
  const noise = await sharp({ create: { width, height, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 18 } } })
    .png({ compressionLevel: 0 })
    .toBuffer();
  const gradient = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g"><stop offset="0" stop-color="#c96"/><stop offset="0.5" stop-color="#69c"/><stop offset="1" stop-color="#9c6"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`,
  );
  return sharp(gradient, { limitInputPixels: false })
    .composite([{ input: noise, blend: 'overlay' }])
    .jpeg({ quality: 88 })
    .toBuffer();
}

console.log(
  `machine: ${cpus()[0]?.model} ×${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(`processing: ${THREADS} worker thread(s), ${SHARP_THREADS} libvips thread(s) per image; ${RUNS} run(s) per photo\n`);
const idle = probe();
await new Promise((r) => setTimeout(r, 2000));
const idleLatency = await idle.stop();
console.log(`idle: GET /api/auth/me p50 ${ms(median(idleLatency))}, max ${ms(Math.max(...idleLatency))} (${idleLatency.length} requests)\n`);

const rows: string[] = [];
for (const [width, height] of SIZES) {
  const file = await photo(width, height);
  const accepted: number[] = [];
  const ready: number[] = [];
  const during: number[] = [];
  const loop = monitorEventLoopDelay({ resolution: 10 });
  for (let run = 0; run < RUNS; run++) {
    loop.enable();
    const p = probe();
    const t0 = performance.now();
    const res = await call('POST', `/api/authoring/uploads?name=pano-${width}-${run}.jpg`, file, { cookie, 'content-type': 'image/jpeg' });
    if (res.status !== 202) throw new Error(`upload: ${res.status} ${res.body}`);
    accepted.push(performance.now() - t0);
    const id = (JSON.parse(res.body) as { id: string }).id;
    for (;;) {
      const view = JSON.parse((await call('GET', `/api/authoring/uploads/${id}`, undefined, { cookie })).body) as { status: string };
      if (view.status === 'ready') break;
      if (view.status === 'failed') throw new Error('processing failed');
      await new Promise((r) => setTimeout(r, 50));
    }
    ready.push(performance.now() - t0);
    loop.disable();
    during.push(...(await p.stop()));
  }
  const loopMax = loop.max / 1e6;
  const loopP99 = loop.percentile(99) / 1e6;
  const slow = during.filter((l) => l > 100).length;
  const line = `${width}×${height} (${(file.length / 2 ** 20).toFixed(1)} MB): accepted (upload + check) ${ms(median(accepted))}, ready ${ms(median(ready))}; /api/auth/me during: p50 ${ms(median(during))}, p95 ${ms(pct(during, 95))}, max ${ms(Math.max(...during))}, ${slow} of ${during.length} over 100 ms; event-loop delay p99 ${ms(loopP99)}, max ${ms(loopMax)}`;
  console.log(line);
  rows.push(
    `| ${new Date().toISOString().slice(0, 10)} | ${cpus()[0]?.model?.trim()} ×${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version} | ${width}×${height} JPEG, ${(file.length / 2 ** 20).toFixed(1)} MB | ${THREADS} / ${SHARP_THREADS} | ${ms(median(accepted))} | ${ms(median(ready))} | ${ms(median(during))} / ${ms(pct(during, 95))} / ${ms(Math.max(...during))} | ${slow} of ${during.length} | ${ms(loopP99)} / ${ms(loopMax)} |`,
  );
}
console.log('\nMarkdown rows for docs/benchmarks.md:\n');
for (const r of rows) console.log(r);

await app.close();
await database.close();
agent.destroy();
rmSync(dataDir, { recursive: true, force: true });
