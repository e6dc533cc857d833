import { type ChildProcess, spawn } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { connect as tlsConnect } from 'node:tls';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { WireEvent } from '../../src/core/api/device-event.ts';
import { addFacilitator } from '../../src/server/accounts.ts';
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from './test-database.ts';
import { PASSWORD, SCENARIO, sceneEntered } from './test-server.ts';

/**
 * Stopping the real server (`src/server/main.ts` as a child process): SIGTERM drains the requests
 * in progress and closes the database; the start-up options for HTTPS and the port fail clearly.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const EMAIL = 'shutdown@roc-noord.nl';
const START_TIMEOUT = 90_000;

const children = new Set<ChildProcess>();
const cleanup: string[] = [];
const emptyDist = tempDir('bbvr-dist-');
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const d of cleanup) rmSync(d, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  cleanup.push(d);
  return d;
}

interface Launched {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

interface RunningServer extends Launched {
  scheme: 'http' | 'https';
  port: number;
}

function launch(args: string[], env: { dataDir: string; url?: string | undefined; extra?: Record<string, string> }): Launched {
  const full: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: env.dataDir, SCENES_DIR: join(ROOT, 'scenes'), DIST_DIR: emptyDist, ...env.extra };
  for (const k of ['DATABASE_URL', 'PORT', 'HOST', 'LOG']) if (!env.extra?.[k]) delete full[k];
  if (env.url) full.DATABASE_URL = env.url;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--no-build', '--host', '127.0.0.1', ...args], {
    cwd: ROOT,
    env: full,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) => child.once('exit', (code, signal) => res({ code, signal })));
  return { child, output: () => out, exited };
}

/** Resolves once the output matches `pattern`; rejects when the process exits first. */
function waitForOutput(p: Launched, pattern: RegExp, timeoutMs = START_TIMEOUT): Promise<RegExpExecArray> {
  return new Promise((res, rej) => {
    const timer = setTimeout(() => done(new Error(`no ${pattern} within ${timeoutMs} ms:\n${p.output()}`)), timeoutMs);
    const check = () => {
      const m = pattern.exec(p.output());
      if (m) done(undefined, m);
    };
    const onExit = () => setImmediate(() => (check(), done(new Error(`exited before printing ${pattern}:\n${p.output()}`))));
    let settled = false;
    function done(err?: Error, m?: RegExpExecArray) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      p.child.stdout!.off('data', check);
      p.child.stderr!.off('data', check);
      p.child.off('exit', onExit);
      if (err) rej(err);
      else res(m!);
    }
    p.child.stdout!.on('data', check);
    p.child.stderr!.on('data', check);
    p.child.once('exit', onExit);
    check();
  });
}

async function startServer(args: string[], env: { dataDir: string; url?: string | undefined }): Promise<RunningServer> {
  const p = launch(['--port', '0', ...args], env);
  const m = await waitForOutput(p, /is running[^\n]*\n\s*(https?):\/\/localhost:(\d+)\//);
  return { ...p, scheme: m[1] as 'http' | 'https', port: Number(m[2]) };
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

const keepAlive = new http.Agent({ keepAlive: true });
const insecure = new https.Agent({ rejectUnauthorized: false });

function request(
  s: { scheme: 'http' | 'https'; port: number },
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  agent: http.Agent | false = s.scheme === 'https' ? insecure : keepAlive,
): Promise<Answer> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const lib = s.scheme === 'https' ? https : http;
  return new Promise((res, rej) => {
    const req = lib.request(
      {
        host: '127.0.0.1',
        port: s.port,
        method,
        path,
        agent,
        rejectUnauthorized: false,
        headers: { ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}), ...headers },
      },
      (r) => {
        let text = '';
        r.setEncoding('utf8');
        r.on('data', (c: string) => (text += c));
        r.on('end', () => res({ status: r.statusCode!, headers: r.headers, body: text }));
        r.on('error', rej);
      },
    );
    req.on('error', rej);
    req.end(payload);
  });
}

/**
 * A batch whose request is under way before the signal: the headers go out with
 * `Expect: 100-continue`, the server answers "100 Continue" (so it has taken the request on),
 * and the body follows only when `finish()` is called.
 */
function heldBatch(s: RunningServer, token: string, events: WireEvent[]) {
  const payload = JSON.stringify({ events });
  let taken!: () => void;
  const accepted = new Promise<void>((r) => (taken = r));
  let req!: http.ClientRequest;
  const answer = new Promise<Answer>((res, rej) => {
    req = http.request(
      {
        host: '127.0.0.1',
        port: s.port,
        method: 'POST',
        path: '/api/events',
        agent: keepAlive,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          authorization: `Bearer ${token}`,
          expect: '100-continue',
        },
      },
      (r) => {
        let text = '';
        r.setEncoding('utf8');
        r.on('data', (c: string) => (text += c));
        r.on('end', () => res({ status: r.statusCode!, headers: r.headers, body: text }));
      },
    );
    req.on('continue', () => taken());
    req.on('error', rej);
    req.flushHeaders();
  });
  answer.catch(() => undefined); // awaited later; a failure before then is reported there, not as unhandled
  return { accepted, answer, finish: () => req.end(payload) };
}

async function prepare(kind: 'sqlite' | 'postgres'): Promise<TestDatabase> {
  const tdb = await createTestDatabase(kind);
  await addFacilitator(tdb.database.db, { email: EMAIL, password: PASSWORD, role: 'beheerder', organisation: 'ROC Noord' });
  await tdb.database.close();
  return tdb;
}

async function loginAndJoin(s: RunningServer, devices: number): Promise<{ cookie: string; tokens: string[] }> {
  const login = await request(s, 'POST', '/api/auth/login', { email: EMAIL, password: PASSWORD });
  expect(login.status).toBe(200);
  const cookie = (login.headers['set-cookie'] ?? [])[0]!.split(';')[0]!;
  const created = await request(s, 'POST', '/api/sessions', { mode: 'intake', scenarios: [SCENARIO] }, { cookie });
  expect(created.status).toBe(201);
  const { joinCode } = JSON.parse(created.body) as { joinCode: string };
  const tokens: string[] = [];
  for (let i = 0; i < devices; i++) {
    const joined = await request(s, 'POST', '/api/join', { code: joinCode });
    expect(joined.status).toBe(201);
    tokens.push((JSON.parse(joined.body) as { token: string }).token);
  }
  return { cookie, tokens };
}

describe.each(DATABASE_KINDS)('SIGTERM on %s', (kind) => {
  it('finishes the batches in progress, refuses new connections, closes the database and exits 0', async () => {
    const tdb = await prepare(kind);
    try {
      const server = await startServer([], { dataDir: tdb.dataDir, url: tdb.url });
      const { tokens } = await loginAndJoin(server, 6);
      const heldTokens = tokens.slice(0, 3);
      const busyTokens = tokens.slice(3);

      // Three large batches the server has taken on, their bodies still to come.
      const heldEvents = heldTokens.map(() => Array.from({ length: 400 }, (_, i) => sceneEntered(i)));
      const held = heldTokens.map((t, i) => heldBatch(server, t, heldEvents[i]!));
      await Promise.all(held.map((h) => h.accepted));

      // Devices that keep sending through the signal; each 200 they get must be stored.
      const okBatches: WireEvent[][] = [];
      const outcomes = new Map<string, number>();
      let stopBusy = false;
      const busy = busyTokens.map(async (t) => {
        for (let b = 0; !stopBusy && b < 500; b++) {
          const batch = Array.from({ length: 10 }, (_, i) => sceneEntered(b * 10 + i));
          try {
            const r = await request(server, 'POST', '/api/events', { events: batch }, { authorization: `Bearer ${t}` });
            outcomes.set(String(r.status), (outcomes.get(String(r.status)) ?? 0) + 1);
            if (r.status === 200) okBatches.push(batch);
            else if (r.status === 503) return;
            else throw new Error(`unexpected ${r.status} ${r.body}`);
          } catch (e) {
            const code = (e as NodeJS.ErrnoException).code ?? '';
            if (!['ECONNREFUSED', 'ECONNRESET', 'EPIPE'].includes(code)) throw e;
            outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
            return;
          }
        }
      });
      await waitForCondition(() => okBatches.length >= busyTokens.length * 2, 60_000, 'busy devices to get going');

      server.child.kill('SIGTERM');
      await waitForOutput(server, /SIGTERM: stopping/, 30_000);

      // New connections: refused (or a 503), never served — while the held requests still run.
      // A connection the kernel accepted just before the listening socket closed is reset.
      const probes: string[] = [];
      for (let i = 0; ; i++) {
        try {
          const r = await request(server, 'POST', '/api/join', { code: 'ABCDEF' }, {}, false);
          probes.push(String(r.status));
          expect(r.status, r.body).toBe(503);
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          probes.push(code ?? String(e));
          expect(['ECONNREFUSED', 'ECONNRESET']).toContain(code);
          if (code === 'ECONNREFUSED') break;
        }
        if (i > 500) throw new Error(`still accepting connections after the signal: ${probes.join(',')}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(server.child.exitCode).toBeNull(); // still draining: it waits for the held requests

      for (const h of held) h.finish();
      const answers = await Promise.all(held.map((h) => h.answer));
      for (const [i, a] of answers.entries()) {
        expect(a.status, a.body).toBe(200);
        expect((JSON.parse(a.body) as { acknowledged: string[] }).acknowledged).toEqual(heldEvents[i]!.map((e) => e.id));
      }
      stopBusy = true;
      await Promise.all(busy);

      const exit = await withTimeout(server.exited, 60_000, `exit after SIGTERM:\n${server.output()}`);
      expect(exit).toEqual({ code: 0, signal: null });
      expect(server.output()).toContain('Stopped cleanly.');
      expect(outcomes.get('200') ?? 0).toBeGreaterThan(0);

      const mustBeStored = [...heldEvents.flat(), ...okBatches.flat()].map((e) => e.id);
      if (kind === 'sqlite') {
        const file = join(tdb.dataDir, 'beroepsbeeld.sqlite');
        // The last connection closed: the WAL was checkpointed into the database file and removed.
        expect(existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0).toBe(0);
        const raw = new SQLite(file, { readonly: true, fileMustExist: true });
        try {
          expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
          expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
          const present = new Set((raw.prepare('SELECT id FROM events').all() as { id: string }[]).map((r) => r.id));
          expect(mustBeStored.filter((id) => !present.has(id))).toEqual([]);
        } finally {
          raw.close();
        }
      } else {
        const check = await tdb.reopen();
        try {
          const present = new Set((await check.db.selectFrom('events').select('id').execute()).map((r) => r.id));
          expect(mustBeStored.filter((id) => !present.has(id))).toEqual([]);
        } finally {
          await check.close();
        }
      }
    } finally {
      await tdb.drop();
    }
  }, 180_000);
});

describe('start-up options', () => {
  it('--https without --cert makes a self-signed certificate in DATA_DIR/tls, serves HTTPS with __Host- Secure cookies, and reuses it on the next start', async () => {
    const tdb = await prepare('sqlite');
    try {
      const fingerprints: string[] = [];
      for (const round of [1, 2]) {
        const server = await startServer(['--https'], { dataDir: tdb.dataDir });
        expect(server.scheme).toBe('https');
        const certFile = join(tdb.dataDir, 'tls', 'self-signed-cert.pem');
        const [, source] = await waitForOutput(server, /certificate: ([^\n]*)\n/);
        expect(source).toBe(round === 1 ? `${certFile} (self-signed, new)` : `${certFile} (self-signed)`);
        expect(existsSync(join(tdb.dataDir, 'tls', 'self-signed-key.pem'))).toBe(true);
        expect(statSync(join(tdb.dataDir, 'tls', 'self-signed-key.pem')).mode & 0o077).toBe(0);

        const served = await peerFingerprint(server.port);
        expect(served).toBe(new X509Certificate(readFileSync(certFile)).fingerprint256);
        fingerprints.push(served);

        const login = await request(server, 'POST', '/api/auth/login', { email: EMAIL, password: PASSWORD });
        expect(login.status).toBe(200);
        const setCookie = (login.headers['set-cookie'] ?? [])[0] ?? '';
        expect(setCookie).toMatch(/^__Host-bbvr-session=/);
        expect(setCookie).toMatch(/;\s*Secure/i);
        expect(setCookie).toMatch(/;\s*HttpOnly/i);
        expect(setCookie).toMatch(/;\s*Path=\//i);
        expect(login.headers['strict-transport-security']).toMatch(/max-age=\d+/);

        server.child.kill('SIGTERM');
        expect(await withTimeout(server.exited, 60_000, 'exit')).toEqual({ code: 0, signal: null });
      }
      expect(fingerprints[1]).toBe(fingerprints[0]);
    } finally {
      await tdb.drop();
    }
  }, 180_000);

  it('--cert without --key stops with a clear message and a non-zero exit code', async () => {
    const dataDir = tempDir('bbvr-cert-');
    const certFile = join(dataDir, 'cert.pem');
    writeFileSync(certFile, 'not used');
    const cases = [
      ['--https', '--cert', certFile],
      ['--https', '--key', certFile],
      ['--cert', certFile], // a certificate means HTTPS; silently serving HTTP would be worse
    ];
    const outputs = await Promise.all(cases.map((args) => failedStart(['--port', '0', ...args], { dataDir })));
    for (const out of outputs) expect(out).toMatch(/Cannot start: --cert and --key go together/);
  }, 180_000);

  it('a bad port stops with a clear message and a non-zero exit code', async () => {
    const dataDir = tempDir('bbvr-port-');
    const cases: { args: string[]; env?: Record<string, string>; message: RegExp }[] = [
      { args: ['--port', 'abc'], message: /port "abc" is not a port number/ },
      { args: ['--port', '70000'], message: /port "70000" is not a port number/ },
      { args: ['--port=-1'], message: /port "-1" is not a port number/ },
      { args: ['--port', ''], message: /port "" is not a port number/ },
      { args: [], env: { PORT: 'eighty' }, message: /port "eighty" is not a port number/ },
      { args: ['--port'], message: /--port.*argument missing/i },
    ];
    // A port that is taken.
    const blocker: Server = createServer();
    const taken = await new Promise<number>((res) => blocker.listen(0, '127.0.0.1', () => res((blocker.address() as { port: number }).port)));
    cases.push({ args: ['--port', String(taken)], message: /Cannot start: .*EADDRINUSE/ });
    try {
      const outputs = await Promise.all(cases.map((c) => failedStart(c.args, { dataDir, extra: c.env })));
      for (const [i, out] of outputs.entries()) expect(out).toMatch(cases[i]!.message);
    } finally {
      blocker.close();
    }
  }, 180_000);
});

/** Launches with options that must not start; resolves with the output once it exited non-zero. */
async function failedStart(args: string[], env: { dataDir: string; extra?: Record<string, string> | undefined }): Promise<string> {
  const p = launch(args, env);
  // Fails fast, not by a timeout, when it serves instead of stopping.
  const started = await waitForOutput(p, /is running/).then(
    () => true,
    () => false,
  );
  if (started) p.child.kill('SIGKILL');
  const exit = await withTimeout(p.exited, START_TIMEOUT, `exit for ${args.join(' ')}`);
  expect(started, `started with ${args.join(' ')}:\n${p.output()}`).toBe(false);
  expect(exit.code, `${args.join(' ')}:\n${p.output()}`).not.toBeNull();
  expect(exit.code).not.toBe(0);
  return p.output();
}

async function waitForCondition(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<never>((_, rej) => (timer = setTimeout(() => rej(new Error(`timed out waiting for ${what}`)), ms))),
  ]);
}

function peerFingerprint(port: number): Promise<string> {
  return new Promise((res, rej) => {
    const socket = tlsConnect({ host: '127.0.0.1', port, rejectUnauthorized: false, servername: 'localhost' }, () => {
      const fp = socket.getPeerX509Certificate()?.fingerprint256;
      socket.end();
      if (fp) res(fp);
      else rej(new Error('no peer certificate'));
    });
    socket.on('error', rej);
  });
}
