import { ApiError } from '../core/api/api-error.ts';
import { IngestResponse, MAX_BATCH, type WireEvent } from '../core/api/device-event.ts';
import { Outbox } from './outbox.ts';
import { OutboxDb, type OutboxRow, type Participation } from './outbox-db.ts';

/**
 * Sends the outbox to `POST /api/events` and deletes exactly what the server acknowledged.
 *
 * Safe to resend: ids are fixed in the outbox and the server stores an id once, so a lost
 * response only costs a duplicate request. Events are only ever dropped from the outbox when
 * acknowledged, or when the server refuses that single event on its own (then they move to
 * `rejected`). Everything else (offline, server down, rate limit, a proxy's error page) keeps
 * the events and retries later.
 */

export const RETRY_BASE_MS = 1_000;
export const RETRY_CAP_MS = 60_000;
export const FLUSH_INTERVAL_MS = 15_000;
export const REQUEST_TIMEOUT_MS = 30_000;
/** Retry-After beyond this is treated as this (a broken header must not park a device for days). */
const MAX_RETRY_AFTER_MS = 60 * 60_000;
/** Browsers refuse keepalive requests with bigger bodies. */
const KEEPALIVE_MAX_BYTES = 60_000;

export type SyncErrorKind = 'offline' | 'server' | 'rate-limited' | 'bad-response' | 'unauthorized' | 'device';

export interface SyncError {
  kind: SyncErrorKind;
  /** HTTP status, null when there was no response. */
  status: number | null;
  message: string;
  at: number;
}

/** A participation whose token the server no longer accepts; its events stay on the device. */
export interface BlockedParticipation {
  participationId: string;
  status: 401 | 403;
  message: string;
}

export interface SyncStatus {
  /** Events waiting on this device (all participations). */
  pending: number;
  /** Events the server refused for good. */
  rejected: number;
  lastError: SyncError | null;
  online: boolean;
  /** Last time the server acknowledged a batch. */
  lastSyncAt: number | null;
  blocked: BlockedParticipation[];
  syncing: boolean;
  /** When the scheduled retry fires, null when none is scheduled. */
  nextRetryAt: number | null;
}

export interface FlushResult {
  /** Events acknowledged (and so deleted from the outbox) in this flush. */
  acknowledged: number;
  /** Events moved to `rejected` in this flush. */
  rejected: number;
  /** Events still in the outbox afterwards. */
  pending: number;
  blocked: BlockedParticipation[];
  /** Set when this flush stopped early and scheduled a retry. */
  retryInMs: number | null;
  error: SyncError | null;
}

export type TimerHandle = unknown;

export interface SyncClientOptions {
  /** Default: the app's database 'beroepsbeeld'. */
  outbox?: Outbox;
  /** Origin of the server; default '' (same origin as the app). */
  baseUrl?: string;
  fetch?: typeof fetch;
  now?: () => number;
  setTimeout?: (callback: () => void, ms: number) => TimerHandle;
  clearTimeout?: (handle: TimerHandle) => void;
  /** 0 ≤ random() < 1, for the jitter. */
  random?: () => number;
  /** Sources of `online`/`offline` and `visibilitychange`; default window and document. */
  window?: EventTarget;
  document?: EventTarget;
  navigator?: { onLine: boolean };
}

type FlushReason = 'manual' | 'start' | 'online' | 'visibility' | 'timer' | 'retry';

/** How one request ended, in terms of what to do with its events. */
type Reply =
  | { kind: 'acknowledged'; ids: string[] }
  /** The server refused the batch for good (400/409/422): something in it is wrong. */
  | { kind: 'refused'; status: number; message: string }
  | { kind: 'unauthorized'; status: 401 | 403; message: string }
  | { kind: 'transient'; error: Omit<SyncError, 'at'>; retryAfterMs: number | null };

/** What became of a participation's events: carry on, or stop (and why). */
type Outcome = 'progress' | 'transient' | 'blocked';

export class SyncClient {
  private readonly outbox: Outbox;
  private readonly url: string;
  private readonly fetch: typeof fetch;
  private readonly now: () => number;
  private readonly setTimer: (callback: () => void, ms: number) => TimerHandle;
  private readonly clearTimer: (handle: TimerHandle) => void;
  private readonly random: () => number;
  private readonly window: EventTarget | undefined;
  private readonly document: EventTarget | undefined;

  private running: Promise<FlushResult> | null = null;
  /** Consecutive transient failures; sets the backoff. */
  private failures = 0;
  private retryTimer: TimerHandle | null = null;
  private tickTimer: TimerHandle | null = null;
  private rateLimitedUntil = 0;
  /** Keyed by participation id; with the refused token, so a new join (new token) tries again. */
  private readonly blocked = new Map<string, BlockedParticipation & { token: string }>();
  private started = false;
  private unsubscribeOutbox: (() => void) | null = null;
  private readonly listeners = new Set<(status: SyncStatus) => void>();
  private current: SyncStatus;
  private countTickets = 0;
  private appliedTicket = 0;

  constructor(options: SyncClientOptions = {}) {
    this.outbox = options.outbox ?? new Outbox(new OutboxDb());
    this.url = `${(options.baseUrl ?? '').replace(/\/+$/, '')}/api/events`;
    // Bound: browsers throw "Illegal invocation" for a detached window.fetch.
    this.fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.now = options.now ?? Date.now;
    this.setTimer = options.setTimeout ?? ((callback, ms) => globalThis.setTimeout(callback, ms));
    this.clearTimer = options.clearTimeout ?? ((handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>));
    this.random = options.random ?? Math.random;
    this.window = options.window ?? (typeof window === 'undefined' ? undefined : window);
    this.document = options.document ?? (typeof document === 'undefined' ? undefined : document);
    const navigatorLike = options.navigator ?? (typeof navigator === 'undefined' ? undefined : navigator);
    this.current = {
      pending: 0,
      rejected: 0,
      lastError: null,
      online: navigatorLike?.onLine ?? true,
      lastSyncAt: null,
      blocked: [],
      syncing: false,
      nextRetryAt: null,
    };
  }

  // -------------------------------------------------------------------------------------------
  // Status for the badge.

  get status(): SyncStatus {
    return this.current;
  }

  /** Called with a new status object on every change (fits React's useSyncExternalStore). */
  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Re-reads the counts from the database (called on outbox changes once started). */
  async refreshStatus(): Promise<SyncStatus> {
    const counts = await this.readCounts();
    if (counts) this.update(counts);
    return this.current;
  }

  /**
   * Counts from the database, or null when a read started later has already been applied:
   * reads overlap (every outbox change starts one) and must not overwrite newer counts.
   */
  private async readCounts(): Promise<{ pending: number; rejected: number } | null> {
    const ticket = ++this.countTickets;
    const [pending, rejected] = await Promise.all([this.outbox.pendingCount(), this.outbox.rejectedCount()]);
    if (ticket < this.appliedTicket) return null;
    this.appliedTicket = ticket;
    return { pending, rejected };
  }

  // -------------------------------------------------------------------------------------------
  // Triggers.

  /** Flushes now, when the network comes back, when the page is hidden or shown, and every 15 s. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.window?.addEventListener('online', this.onOnline);
    this.window?.addEventListener('offline', this.onOffline);
    this.document?.addEventListener('visibilitychange', this.onVisibility);
    this.unsubscribeOutbox = this.outbox.onChange(() => void this.refreshStatus().catch(() => undefined));
    this.armTick();
    this.trigger('start');
  }

  /** Removes every trigger and timer; a flush already running finishes. */
  stop(): void {
    this.started = false;
    this.window?.removeEventListener('online', this.onOnline);
    this.window?.removeEventListener('offline', this.onOffline);
    this.document?.removeEventListener('visibilitychange', this.onVisibility);
    this.unsubscribeOutbox?.();
    this.unsubscribeOutbox = null;
    if (this.tickTimer !== null) this.clearTimer(this.tickTimer);
    this.tickTimer = null;
    this.cancelRetry();
  }

  private readonly onOnline = (): void => {
    this.update({ online: true });
    this.trigger('online');
  };

  private readonly onOffline = (): void => {
    this.update({ online: false });
  };

  /** Hidden is the last chance before a headset sleeps; visible is waking up. Both flush. */
  private readonly onVisibility = (): void => {
    this.trigger('visibility');
  };

  private armTick(): void {
    this.tickTimer = this.setTimer(() => {
      // While a backoff retry is pending the tick stays quiet, or it would undo the backoff.
      if (this.retryTimer === null) this.trigger('timer');
      if (this.started) this.armTick();
    }, FLUSH_INTERVAL_MS);
  }

  private trigger(reason: FlushReason): void {
    void this.flushFor(reason);
  }

  // -------------------------------------------------------------------------------------------
  // Flush.

  /** Sends what is pending. Never rejects; a second call while one runs gets the running one. */
  flush(): Promise<FlushResult> {
    return this.flushFor('manual');
  }

  private flushFor(reason: FlushReason): Promise<FlushResult> {
    if (this.running) return this.running;
    this.running = this.run(reason).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(reason: FlushReason): Promise<FlushResult> {
    const result: FlushResult = { acknowledged: 0, rejected: 0, pending: 0, blocked: [], retryInMs: null, error: null };
    const waitMs = this.rateLimitedUntil - this.now();
    if (waitMs > 0) {
      // The server asked for a pause; a trigger in between must not break it.
      if (this.retryTimer === null) this.scheduleRetry(waitMs);
      result.retryInMs = waitMs;
      result.pending = await this.outbox.pendingCount().catch(() => 0);
      return result;
    }

    this.update({ syncing: true });
    try {
      for (const participation of await this.outbox.participationsWithPending()) {
        const blocked = this.blocked.get(participation.id);
        if (blocked && blocked.token === participation.token) continue;
        this.blocked.delete(participation.id);
        const outcome = await this.flushParticipation(participation, result, reason === 'visibility');
        // The network and the server are shared by all participations: stop on a transient error.
        if (outcome === 'transient') break;
      }
      if (result.retryInMs === null) {
        // A full round without a transient error: the backoff starts again from 1 s.
        this.failures = 0;
        this.cancelRetry();
        if (result.error === null) this.update({ lastError: null });
      }
    } catch (error) {
      // The database itself failed (e.g. storage full or blocked): nothing was sent or lost.
      result.error = { kind: 'device', status: null, message: error instanceof Error ? error.message : String(error), at: this.now() };
      this.update({ lastError: result.error });
    }

    result.blocked = [...this.blocked.values()].map(({ participationId, status, message }) => ({ participationId, status, message }));
    const counts = await this.readCounts().catch(() => null);
    result.pending = counts?.pending ?? (await this.outbox.pendingCount().catch(() => this.current.pending));
    this.update({ ...counts, blocked: result.blocked, syncing: false });
    return result;
  }

  /** Oldest-first batches until this participation's outbox is empty or something stops it. */
  private async flushParticipation(participation: Participation, result: FlushResult, keepalive: boolean): Promise<Outcome> {
    for (;;) {
      const rows = await this.outbox.oldestPending(participation.id, MAX_BATCH);
      if (rows.length === 0) return 'progress';
      const outcome = await this.settle(participation, rows, result, keepalive);
      if (outcome !== 'progress') return outcome;
    }
  }

  /**
   * Sends one batch and deals with the reply. A batch refused for good is split in halves down
   * to single events, so one bad event cannot hold back the good ones, and only an event the
   * server refuses on its own is moved to `rejected`.
   */
  private async settle(participation: Participation, rows: OutboxRow[], result: FlushResult, keepalive: boolean): Promise<Outcome> {
    const reply = await this.send(
      participation.token,
      rows.map((r) => r.event),
      keepalive,
    );
    switch (reply.kind) {
      case 'acknowledged': {
        this.update({ online: true, lastSyncAt: this.now() });
        // Only ids of this batch: an ack is a promise about what we sent, nothing else.
        const sent = new Set(rows.map((r) => r.id));
        const deleted = await this.outbox.acknowledge(
          participation.id,
          reply.ids.filter((id) => sent.has(id)),
        );
        result.acknowledged += deleted;
        if (deleted > 0) return 'progress';
        // A 200 that acknowledges nothing of the batch: resending at once would loop.
        this.fail(result, { kind: 'bad-response', status: 200, message: 'the server acknowledged none of the events sent' }, null);
        return 'transient';
      }
      case 'refused': {
        this.update({ online: true });
        if (rows.length === 1) {
          await this.outbox.reject(rows[0]!, reply.status, reply.message);
          result.rejected += 1;
          return 'progress';
        }
        const middle = Math.ceil(rows.length / 2);
        for (const half of [rows.slice(0, middle), rows.slice(middle)]) {
          const outcome = await this.settle(participation, half, result, keepalive);
          if (outcome !== 'progress') return outcome;
        }
        return 'progress';
      }
      case 'unauthorized': {
        this.update({ online: true });
        const blocked = { participationId: participation.id, status: reply.status, message: reply.message };
        this.blocked.set(participation.id, { ...blocked, token: participation.token });
        result.error = { kind: 'unauthorized', status: reply.status, message: reply.message, at: this.now() };
        this.update({ lastError: result.error });
        return 'blocked';
      }
      case 'transient':
        this.fail(result, reply.error, reply.retryAfterMs);
        return 'transient';
    }
  }

  private fail(result: FlushResult, error: Omit<SyncError, 'at'>, retryAfterMs: number | null): void {
    const delay = retryAfterMs ?? this.backoffMs(this.failures);
    this.failures += 1;
    if (error.kind === 'rate-limited' && retryAfterMs !== null) this.rateLimitedUntil = this.now() + retryAfterMs;
    result.error = { ...error, at: this.now() };
    result.retryInMs = delay;
    this.update({ lastError: result.error, ...(error.kind === 'offline' ? { online: false } : { online: true }) });
    this.scheduleRetry(delay);
  }

  /** 1 s, 2 s, 4 s, … capped at 60 s, minus up to 25% jitter so devices do not retry in step. */
  private backoffMs(failures: number): number {
    const capped = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** failures);
    return Math.round(capped * (1 - 0.25 * this.random()));
  }

  private scheduleRetry(delayMs: number): void {
    this.cancelRetry();
    this.retryTimer = this.setTimer(() => {
      this.retryTimer = null;
      this.update({ nextRetryAt: null });
      this.trigger('retry');
    }, delayMs);
    this.update({ nextRetryAt: this.now() + delayMs });
  }

  private cancelRetry(): void {
    if (this.retryTimer !== null) this.clearTimer(this.retryTimer);
    this.retryTimer = null;
    if (this.current.nextRetryAt !== null) this.update({ nextRetryAt: null });
  }

  // -------------------------------------------------------------------------------------------
  // One request.

  private async send(token: string, events: WireEvent[], keepalive: boolean): Promise<Reply> {
    const body = JSON.stringify({ events });
    const controller = new AbortController();
    // A request that hangs (captive portal, half-open connection) must not block flushing forever.
    const timeout = this.setTimer(() => controller.abort(), REQUEST_TIMEOUT_MS);
    let response: Response;
    let json: unknown;
    try {
      response = await this.fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body,
        signal: controller.signal,
        // Lets the request outlive the page when it is hidden and then closed or frozen.
        keepalive: keepalive && body.length < KEEPALIVE_MAX_BYTES,
      });
      json = await response.json().catch(() => undefined);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { kind: 'transient', error: { kind: 'offline', status: null, message: `no connection to the server (${message})` }, retryAfterMs: null };
    } finally {
      this.clearTimer(timeout);
    }

    const { status } = response;
    if (status >= 200 && status < 300) {
      const parsed = IngestResponse.safeParse(json);
      return parsed.success
        ? { kind: 'acknowledged', ids: parsed.data.acknowledged }
        : {
            kind: 'transient',
            error: { kind: 'bad-response', status, message: 'the server sent an answer that is not an IngestResponse' },
            retryAfterMs: null,
          };
    }
    const apiError = ApiError.safeParse(json);
    const message = apiError.success ? apiError.data.message : `HTTP ${status}`;
    if (status === 401 || status === 403) return { kind: 'unauthorized', status, message };
    if (status === 400 || status === 409 || status === 422) {
      // Only our server's own refusal is final; a proxy's error page must not discard events.
      return apiError.success
        ? { kind: 'refused', status, message }
        : { kind: 'transient', error: { kind: 'bad-response', status, message }, retryAfterMs: null };
    }
    if (status === 429) {
      return {
        kind: 'transient',
        error: { kind: 'rate-limited', status, message },
        retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), this.now()),
      };
    }
    return { kind: 'transient', error: { kind: 'server', status, message }, retryAfterMs: null };
  }

  private update(patch: Partial<SyncStatus>): void {
    const next = { ...this.current, ...patch };
    const changed = (Object.keys(patch) as (keyof SyncStatus)[]).some((k) => next[k] !== this.current[k]);
    if (!changed) return;
    this.current = next;
    for (const listener of this.listeners) listener(next);
  }
}

/** Retry-After is either seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: number): number | null {
  if (header === null || header.trim() === '') return null;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
  if (!Number.isFinite(ms)) return null;
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, Math.round(ms)));
}
