import type { Kysely } from 'kysely';
import { toXapiStatements, type XapiOptions } from '../core/xapi-statements.ts';
import type { Database } from './db/schema.ts';
import type { ScenarioStore } from '../scene-pack/scenario-store.ts';
import { loadEventsById } from './session-events.ts';
import { scenariosForEvents } from './scenarios-for-events.ts';

export interface LrsConfig {
  /** The LRS's xAPI base, e.g. https://lrs.example.nl/xapi (statements go to <url>/statements). */
  url: string;
  username?: string;
  password?: string;
  /** Statements per request (default 50). */
  batchSize?: number;
}

export interface ForwardResult {
  sent: number;
  failed: number;
  /** When the next attempt is due (ms since epoch), or null when the queue is empty. */
  nextAttemptAt: number | null;
}

const BATCH = 50;
const MAX_BACKOFF_MS = 60 * 60_000;

/**
 * Forwards stored events to an external LRS as xAPI statements, the way the device outbox
 * forwards to us: queued in the same transaction as the event, sent in batches, deleted only
 * when the LRS has accepted them, retried with backoff on network errors, 5xx and 429. A 4xx
 * other than 429 is final for that batch (kept with its error, not retried forever).
 */
export class LrsForwarder {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<ForwardResult> | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly scenarios: ScenarioStore,
    private readonly config: LrsConfig,
    private readonly xapi: XapiOptions,
    private readonly now: () => number = Date.now,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  /** Sends what is due; one run at a time (a second call joins the running one). */
  forward(): Promise<ForwardResult> {
    this.running ??= this.run().finally(() => (this.running = undefined));
    return this.running;
  }

  start(intervalMs = 5_000): void {
    this.timer = setInterval(() => void this.forward(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private async run(): Promise<ForwardResult> {
    let sent = 0;
    let failed = 0;
    for (;;) {
      // Not for sessions past their purge date: the daily purge erases those with their queue.
      const due = await this.db
        .selectFrom('lrs_queue as q')
        .innerJoin('sessions as s', 's.id', 'q.session_id')
        .select(['q.id', 'q.session_id', 'q.attempts'])
        .where('q.next_attempt_at', '<=', this.now())
        .where('q.attempts', '>=', 0)
        .where('s.purge_at', '>', this.now())
        .orderBy('q.next_attempt_at')
        .limit(this.config.batchSize ?? BATCH)
        .execute();
      if (due.length === 0) break;
      const ids = new Set(due.map((d) => d.id));
      // Each statement is built from its own stored event alone, so it is the one the export
      // gives under the same id, whatever else happens to be in this batch.
      const events = await loadEventsById(this.db, [...ids]);
      const scenarios = await scenariosForEvents(this.scenarios, events);
      const statements = toXapiStatements(events, scenarios, this.xapi);
      const outcome = await this.post(statements);
      if (outcome.ok) {
        await this.db
          .deleteFrom('lrs_queue')
          .where('id', 'in', [...ids])
          .execute();
        sent += ids.size;
        continue;
      }
      failed += ids.size;
      const attempts = Math.max(...due.map((d) => d.attempts)) + 1;
      await this.db
        .updateTable('lrs_queue')
        .set({
          // -1 marks a final refusal: kept for the beheerder to see, not retried.
          attempts: outcome.final ? -1 : attempts,
          next_attempt_at: this.now() + (outcome.retryAfterMs ?? Math.min(MAX_BACKOFF_MS, 1000 * 2 ** attempts)),
          last_error: outcome.error.slice(0, 500),
        })
        .where('id', 'in', [...ids])
        .execute();
      break;
    }
    const next = await this.db
      .selectFrom('lrs_queue')
      .select((eb) => eb.fn.min<number>('next_attempt_at').as('t'))
      .where('attempts', '>=', 0)
      .executeTakeFirst();
    return { sent, failed, nextAttemptAt: next?.t ?? null };
  }

  private async post(statements: unknown[]): Promise<{ ok: true } | { ok: false; final: boolean; error: string; retryAfterMs?: number }> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' };
    if (this.config.username !== undefined) {
      headers.Authorization = `Basic ${Buffer.from(`${this.config.username}:${this.config.password ?? ''}`).toString('base64')}`;
    }
    try {
      const res = await this.fetchImpl(`${this.config.url.replace(/\/+$/, '')}/statements`, {
        method: 'POST',
        headers,
        body: JSON.stringify(statements),
        signal: AbortSignal.timeout(30_000),
      });
      if (res.ok) return { ok: true };
      const text = await res.text().catch(() => '');
      const retryAfter = Number(res.headers.get('retry-after'));
      const transient = res.status >= 500 || res.status === 429;
      return { ok: false, final: !transient, error: `LRS HTTP ${res.status}: ${text}`, ...(retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {}) };
    } catch (e) {
      return { ok: false, final: false, error: `LRS unreachable: ${(e as Error).message}` };
    }
  }
}

/** LRS_URL, LRS_USERNAME, LRS_PASSWORD from the environment; undefined when forwarding is off. */
export function lrsConfigFromEnv(env: NodeJS.ProcessEnv): LrsConfig | undefined {
  if (!env.LRS_URL) return undefined;
  const url = new URL(env.LRS_URL); // throws a clear "Invalid URL" for a typo
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`LRS_URL must be http(s), not ${url.protocol}`);
  return { url: env.LRS_URL, username: env.LRS_USERNAME, password: env.LRS_PASSWORD };
}
