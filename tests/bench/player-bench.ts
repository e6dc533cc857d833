/**
 * npm run bench:player — loads the built app in the system Chromium (software rendering) and
 * plays the demo scenario by its buttons for 30 scene entries, then prints: time to first
 * preview, time to full image, choice-to-next-scene latency, long tasks during transitions and
 * textures resident. Numbers are for comparing versions on one machine, not pass/fail.
 */
import { cpus, totalmem } from 'node:os';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { chromiumPath } from '../browser/browser-path.ts';

const SCENARIO = process.env.BENCH_SCENARIO ?? 'ouderenzorg/ochtend-verpleeghuis';
const VISITS = Number(process.env.BENCH_VISITS ?? 30);

/** Deterministic choices, so runs are comparable. */
function prng(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
}

const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const port = (server.httpServer.address() as { port: number }).port;
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
// tsx (esbuild keepNames) wraps functions passed to the page in __name(); give the page one.
await page.addInitScript('globalThis.__name = (f) => f;');
await page.addInitScript(() => {
  const w = window as unknown as { __longtasks: { start: number; duration: number }[] };
  w.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
});
await page.goto(`http://127.0.0.1:${port}/#/play/${SCENARIO}`);
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
  const stats = (window as unknown as { __bbvrTextures: { stats: { resident: number; loads: number; evictions: number } } }).__bbvrTextures.stats;
  const firstPreview = Math.min(marks('preview-shown')[0] ?? Infinity, marks('full-shown')[0] ?? Infinity);
  return {
    firstPreviewMs: firstPreview,
    firstFullMs: marks('full-shown')[0] ?? null,
    latencies,
    longTasks: long.length,
    longTaskMs: long.reduce((a, t) => a + t.duration, 0),
    longestTaskMs: long.reduce((a, t) => Math.max(a, t.duration), 0),
    transitions: windows.length,
    textures: { ...stats },
  };
});
await browser.close();
await server.close();

const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))]! : NaN;
};
const r = (x: number | null) => (x === null || !Number.isFinite(x) ? 'n/a' : `${Math.round(x)} ms`);
console.log(
  `bench:player — ${new Date().toISOString().slice(0, 10)}, ${cpus()[0]?.model ?? 'cpu'} ×${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, Chromium ${browser.version()} (SwiftShader), scenario ${SCENARIO}`,
);
console.log(`scene entries visited               ${entries}`);
console.log(`time to first panorama (preview)    ${r(result.firstPreviewMs)}  (from navigation start)`);
console.log(`time to full image                  ${r(result.firstFullMs)}`);
console.log(
  `choice → next scene visible         p50 ${r(q(result.latencies, 0.5))}, p95 ${r(q(result.latencies, 0.95))}, max ${r(Math.max(...result.latencies))} over ${result.latencies.length} transitions`,
);
console.log(
  `long tasks during transitions       ${result.longTasks} (total ${r(result.longTaskMs)}, longest ${r(result.longestTaskMs)}) over ${result.transitions} transitions`,
);
console.log(`textures resident after the run     ${result.textures.resident} (loads ${result.textures.loads}, evictions ${result.textures.evictions})`);
