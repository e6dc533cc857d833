/**
 * npm run bench:player — the built app in the system Chromium (software rendering), served by
 * the real server (compressed files, as `npm start` serves them).
 *
 * 1. First picture: the demo scenario's start scene (4096×2048 JPEG, 512×256 preview) against
 *    Photo Sphere Viewer 5 showing the same image from the same kind of server (tests/bench/psv/),
 *    in the same browser, runs alternating, each in a fresh context (empty cache, no service
 *    worker), over loopback and throttled to 10 Mbit/s with 40 ms latency. Times run from
 *    navigation start to the end of the frame that shows the picture.
 * 2. A play-through of 30 scene entries with a fixed random seed: choice-to-next-scene latency,
 *    long tasks during transitions, textures resident.
 *
 * Numbers are for comparing versions on one machine, not pass/fail.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { buildServer } from '../../src/server/build-server.ts';
import { openDatabase } from '../../src/server/db/open-database.ts';
import { precompress } from '../../vite.config.ts';
import { chromiumPath } from '../../src/tools/chromium-path.ts';

const SCENARIO = process.env.BENCH_SCENARIO ?? 'ouderenzorg/ochtend-verpleeghuis';
const VISITS = Number(process.env.BENCH_VISITS ?? 30);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const VIEWPORT = { width: 1280, height: 720 };
const PSV_VERSION = (JSON.parse(readFileSync('node_modules/@photo-sphere-viewer/core/package.json', 'utf8')) as { version: string }).version;

interface Network {
  name: string;
  /** CDP Network.emulateNetworkConditions; none: loopback as it is. */
  conditions?: { offline: false; latency: number; downloadThroughput: number; uploadThroughput: number };
}
const NETWORKS: Network[] = [
  { name: 'loopback' },
  { name: '10 Mbit/s, 40 ms', conditions: { offline: false, latency: 40, downloadThroughput: 10e6 / 8, uploadThroughput: 10e6 / 8 } },
];

/** Deterministic choices, so runs are comparable. */
function prng(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
}

/** The PSV page, built like the app (same minifier, same brotli/gzip copies). */
async function buildPsvPage(): Promise<string> {
  const outDir = resolve('node_modules/.cache/bench-psv');
  await build({
    configFile: false,
    root: resolve('tests/bench/psv'),
    logLevel: 'warn',
    plugins: [precompress()],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  return outDir;
}

/** The real server on loopback with a throwaway database, serving one build. */
async function serve(distDir: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'bbvr-bench-'));
  const database = await openDatabase({ dataDir });
  const app = await buildServer({ database, scenesDir: resolve('scenes'), distDir });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await app.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * In the page: when the player marks a preview or full image as shown (or PSV its panorama as
 * ready), wait for the frame that draws it (a rAF, then the end of that frame's callbacks, where
 * the renderer's own rAF has drawn) and note the time since navigation start.
 */
const SHOWN_SCRIPT = `
  window.__shown = {};
  const keys = { 'bbvr:preview-shown': 'preview', 'bbvr:full-shown': 'full', 'psv:ready': 'full' };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const key = keys[e.name];
      if (!key || key in window.__shown) continue;
      window.__shown[key] = null;
      requestAnimationFrame(() => setTimeout(() => (window.__shown[key] = performance.now()), 0));
    }
  }).observe({ type: 'mark', buffered: true });
`;

interface FirstPicture {
  preview: number;
  full: number;
  jsBytes: number;
  totalBytes: number;
}

async function firstPicture(browser: Browser, url: string, network: Network): Promise<FirstPicture> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript('globalThis.__name = (f) => f;');
    await page.addInitScript(SHOWN_SCRIPT);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (network.conditions) await cdp.send('Network.emulateNetworkConditions', network.conditions);
    const scripts = new Set<string>();
    let jsBytes = 0;
    let totalBytes = 0;
    cdp.on('Network.responseReceived', (e) => {
      if (e.type === 'Script') scripts.add(e.requestId);
    });
    cdp.on('Network.loadingFinished', (e) => {
      totalBytes += e.encodedDataLength;
      if (scripts.has(e.requestId)) jsBytes += e.encodedDataLength;
    });
    await page.goto(url, { waitUntil: 'commit' });
    type Shown = { preview?: number | null; full?: number | null };
    await page.waitForFunction(() => typeof (window as unknown as { __shown: Shown }).__shown.full === 'number', null, { timeout: 60_000, polling: 50 });
    const shown = (await page.evaluate(() => (window as unknown as { __shown: Shown }).__shown)) as { preview?: number | null; full: number };
    return { preview: typeof shown.preview === 'number' ? Math.min(shown.preview, shown.full) : shown.full, full: shown.full, jsBytes, totalBytes };
  } finally {
    await context.close();
  }
}

async function playThrough(browser: Browser, baseUrl: string) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  // tsx (esbuild keepNames) wraps functions passed to the page in __name(); give the page one.
  await page.addInitScript('globalThis.__name = (f) => f;');
  await page.addInitScript(() => {
    const w = window as unknown as { __longtasks: { start: number; duration: number }[] };
    w.__longtasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${baseUrl}#/play/${SCENARIO}`);
  await page.waitForFunction(() => performance.getEntriesByName('bbvr:scene-visible').length > 0, null, { timeout: 60_000 });
  await page.waitForFunction(() => performance.getEntriesByName('bbvr:full-shown').length > 0, null, { timeout: 60_000 });

  const rand = prng(42);
  let entries = 1;
  let lastNode = await page.locator('[data-node-id]').getAttribute('data-node-id');
  let guard = 0;
  while (entries < VISITS && guard++ < VISITS * 20) {
    // Whatever a candidate could press that moves the story on.
    const candidates = page.locator(
      '.panel button:has-text("Verder"), .panel button:has-text("Afronden"), .panel button:has-text("Nog een keer"), .options button, .scale button, .hotspots button.goto',
    );
    const n = await candidates.count();
    if (n === 0) {
      await page.waitForTimeout(100);
      continue;
    }
    await candidates.nth(Math.floor(rand() * n)).click();
    await page.waitForTimeout(50);
    const node = await page.locator('[data-node-id]').getAttribute('data-node-id');
    if (node !== lastNode || (await page.locator('[data-status="playing"]').count()) === 0) {
      // Wait for the next scene to be visible before the next choice, as a person would.
      await page.waitForTimeout(700);
      if (node !== lastNode) entries++;
      lastNode = node;
    }
  }
  await page.waitForTimeout(1500);

  const result = await page.evaluate(() => {
    const marks = (n: string) => performance.getEntriesByName(`bbvr:${n}`).map((e) => e.startTime);
    const choices = marks('choice');
    const visible = marks('scene-visible');
    const latencies: number[] = [];
    const windows: [number, number][] = [];
    for (const c of choices) {
      const v = visible.find((t) => t > c);
      const nextChoice = choices.find((t) => t > c);
      if (v !== undefined && (nextChoice === undefined || v < nextChoice)) {
        latencies.push(v - c);
        windows.push([c, v + 500]);
      }
    }
    const long = (window as unknown as { __longtasks: { start: number; duration: number }[] }).__longtasks.filter((t) =>
      windows.some(([a, b]) => t.start < b && t.start + t.duration > a),
    );
    // Which long tasks held texture upload work (banded-upload.ts measures each turn).
    const uploads = performance.getEntriesByName('bbvr:upload').map((e) => [e.startTime, e.startTime + e.duration] as const);
    const withUpload = long.filter((t) => uploads.some(([a, b]) => t.start < b && t.start + t.duration > a));
    const uploadMs = uploads.map(([a, b]) => b - a);
    const stats = (window as unknown as { __bbvrTextures: { stats: { resident: number; loads: number; evictions: number } } }).__bbvrTextures.stats;
    return {
      latencies,
      longTasks: long.length,
      longTaskMs: long.reduce((a, t) => a + t.duration, 0),
      longestTaskMs: long.reduce((a, t) => Math.max(a, t.duration), 0),
      transitions: windows.length,
      longWithUpload: withUpload.length,
      uploadTurns: uploadMs.length,
      uploadTurnMax: uploadMs.reduce((a, x) => Math.max(a, x), 0),
      uploadTurnsOver50: uploadMs.filter((x) => x > 50).length,
      textures: { ...stats },
    };
  });
  await page.close();
  return { entries, ...result };
}

const psvDir = await buildPsvPage();
const [ours, psv] = await Promise.all([serve(resolve('dist')), serve(psvDir)]);
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking'],
});
const startUrl = `${ours.url}#/play/${SCENARIO}`;
const scenario = JSON.parse(readFileSync(join('scenes', SCENARIO, 'scenario.json'), 'utf8')) as {
  startNode: string;
  nodes: { id: string; media: { src: string } }[];
};
const startImage = scenario.nodes.find((n) => n.id === scenario.startNode)!.media.src;
const psvUrl = `${psv.url}?src=${encodeURIComponent(`/scenes/${SCENARIO}/${startImage}`)}`;

const first = new Map<string, { ours: FirstPicture[]; psv: FirstPicture[] }>();
for (const network of NETWORKS) {
  const runs = { ours: [] as FirstPicture[], psv: [] as FirstPicture[] };
  // One warm-up of each (disk cache of the server, Chromium's first GPU process start), not counted.
  await firstPicture(browser, startUrl, network);
  await firstPicture(browser, psvUrl, network);
  for (let i = 0; i < RUNS; i++) {
    // Alternate who goes first, so a slow moment of the machine hits both alike.
    const order: ('ours' | 'psv')[] = i % 2 === 0 ? ['ours', 'psv'] : ['psv', 'ours'];
    for (const who of order) runs[who].push(await firstPicture(browser, who === 'ours' ? startUrl : psvUrl, network));
  }
  first.set(network.name, runs);
}
const play = await playThrough(browser, ours.url);
const chromiumVersion = browser.version();
await browser.close();
await Promise.all([ours.close(), psv.close()]);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))]! : NaN;
};
const ms = (x: number) => (Number.isFinite(x) ? `${Math.round(x)} ms` : 'n/a');
const range = (xs: number[]) => `${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))}`;
const kb = (x: number) => `${Math.round(x / 1024)} KB`;
const ratio = (a: number, b: number, goal: number) => `${(a / b).toFixed(2)}× ${a / b <= goal ? '✓' : '✗'} (goal ≤ ${goal})`;

console.log(
  `bench:player — ${new Date().toISOString().slice(0, 10)}, ${cpus()[0]?.model ?? 'cpu'} ×${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Chromium ${chromiumVersion} (SwiftShader), scenario ${SCENARIO}`,
);
console.log(`\nFirst picture of the start scene, median of ${RUNS} alternating runs (range in brackets), from navigation start:`);
const col = (s: string) => s.padEnd(34);
console.log(`${col('')}${NETWORKS.map((n) => col(n.name)).join('')}`);
const row = (label: string, f: (r: { ours: FirstPicture[]; psv: FirstPicture[] }) => string) =>
  console.log(`${col(label)}${NETWORKS.map((n) => col(f(first.get(n.name)!))).join('')}`);
row('ours: preview (first picture)', (r) => `${ms(median(r.ours.map((x) => x.preview)))} (${range(r.ours.map((x) => x.preview))})`);
row('ours: full image', (r) => `${ms(median(r.ours.map((x) => x.full)))} (${range(r.ours.map((x) => x.full))})`);
row(`PSV ${PSV_VERSION}: full panorama`, (r) => `${ms(median(r.psv.map((x) => x.full)))} (${range(r.psv.map((x) => x.full))})`);
row('ours preview / PSV full', (r) => ratio(median(r.ours.map((x) => x.preview)), median(r.psv.map((x) => x.full)), 0.5));
row('ours full / PSV full', (r) => ratio(median(r.ours.map((x) => x.full)), median(r.psv.map((x) => x.full)), 1.0));
row('JS on the wire: ours / PSV', (r) => `${kb(median(r.ours.map((x) => x.jsBytes)))} / ${kb(median(r.psv.map((x) => x.jsBytes)))}`);
row('all bytes on the wire: ours / PSV', (r) => `${kb(median(r.ours.map((x) => x.totalBytes)))} / ${kb(median(r.psv.map((x) => x.totalBytes)))}`);

console.log(`\nPlay-through (loopback): ${play.entries} scene entries`);
console.log(
  `choice → next scene visible         p50 ${ms(q(play.latencies, 0.5))}, p95 ${ms(q(play.latencies, 0.95))}, max ${ms(Math.max(...play.latencies))} over ${play.latencies.length} transitions`,
);
console.log(
  `long tasks during transitions       ${play.longTasks} (total ${ms(play.longTaskMs)}, longest ${ms(play.longestTaskMs)}) over ${play.transitions} transitions`,
);
console.log(
  `  of which held an upload turn       ${play.longWithUpload}; upload turns ${play.uploadTurns}, longest ${ms(play.uploadTurnMax)}, ${play.uploadTurnsOver50} over 50 ms`,
);
console.log(`textures resident after the run     ${play.textures.resident} (loads ${play.textures.loads}, evictions ${play.textures.evictions})`);
