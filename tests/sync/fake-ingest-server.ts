import { IngestBatch, type WireEvent } from '../../src/core/api/device-event.ts';
import type { ApiError } from '../../src/core/api/api-error.ts';

/**
 * A scripted stand-in for `POST /api/events` that keeps the server's contract: 200 with the
 * ids now stored (also ones stored before), 400 for a duplicate id in a batch, 409 when an id
 * exists with other content, 422 for an invalid batch, 401/403 for bad tokens — and, on
 * request, a network error, a 5xx or a 429 for the next calls.
 */

export type ScriptedFailure = 'network' | { status: 503 } | { status: 500 } | { status: 429; retryAfter?: string } | { status: 400; html: true };

export interface ReceivedRequest {
  token: string | null;
  ids: string[];
  seqs: number[];
  status: number | 'network';
  keepalive: boolean;
}

export class FakeIngestServer {
  /** Stored events by id, as canonical JSON (to compare content). */
  readonly stored = new Map<string, string>();
  readonly requests: ReceivedRequest[] = [];
  /** Token → what it is: a live participant, or one whose session ended (403). */
  readonly tokens = new Map<string, 'live' | 'ended'>([
    ['token-a', 'live'],
    ['token-b', 'live'],
  ]);
  /** Outcomes for the next requests, one each, before anything else is looked at. */
  readonly script: ScriptedFailure[] = [];
  /** When set, a 200 acknowledges only the events this accepts (all are still stored). */
  ackOnly: ((event: WireEvent) => boolean) | null = null;
  /** Called inside a request, before it answers (to interleave things with a flush). */
  onRequest: (() => Promise<void> | void) | null = null;

  /** Makes `id` exist already with different content, so sending it gives a 409. */
  seedConflict(id: string): void {
    this.stored.set(id, JSON.stringify({ id, other: 'content stored by someone else' }));
  }

  /** How often each id reached the server in a request that stored it. */
  storedDeliveries(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const r of this.requests) if (r.status === 200) for (const id of r.ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  }

  readonly fetch: typeof fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.endsWith('/api/events') || init?.method !== 'POST') return json(404, apiError('not-found', 'no such route'));
    const auth = new Headers(init.headers).get('authorization');
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : null;
    const raw: unknown = JSON.parse(String(init.body));
    const events = (raw as { events?: WireEvent[] }).events ?? [];
    const request: ReceivedRequest = {
      token,
      ids: events.map((e) => e.id),
      seqs: events.map((e) => e.seq),
      status: 'network',
      keepalive: init.keepalive === true,
    };
    this.requests.push(request);
    await this.onRequest?.();
    const response = this.answer(token, raw);
    request.status = response === 'network' ? 'network' : response.status;
    if (response === 'network') throw new TypeError('fetch failed');
    return response;
  };

  private answer(token: string | null, raw: unknown): Response | 'network' {
    const scripted = this.script.shift();
    if (scripted === 'network') return 'network';
    if (scripted && 'html' in scripted) return new Response('<html>Bad Request</html>', { status: 400, headers: { 'content-type': 'text/html' } });
    if (scripted?.status === 429) {
      const headers: Record<string, string> = scripted.retryAfter === undefined ? {} : { 'retry-after': scripted.retryAfter };
      return json(429, apiError('rate-limited', 'too many requests'), headers);
    }
    if (scripted) return json(scripted.status, apiError('unavailable', 'server unavailable'));

    const kind = token === null ? undefined : this.tokens.get(token);
    if (kind === undefined) return json(401, apiError('unauthorized', 'unknown token'));
    if (kind === 'ended') return json(403, apiError('session-ended', 'the session has ended'));

    const ids = (raw as { events?: { id?: unknown }[] }).events?.map((e) => e.id) ?? [];
    if (new Set(ids).size !== ids.length) return json(400, apiError('duplicate-id', 'an id occurs twice in the batch'));
    const batch = IngestBatch.safeParse(raw);
    if (!batch.success) {
      return json(422, {
        ...apiError('invalid', 'the batch is not valid'),
        issues: batch.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      });
    }
    const conflicts = batch.data.events.filter((e) => this.stored.has(e.id) && this.stored.get(e.id) !== JSON.stringify(e)).map((e) => e.id);
    if (conflicts.length > 0) return json(409, { ...apiError('conflict', `event ${conflicts.join(', ')} exists with other content`), conflicts });
    for (const e of batch.data.events) this.stored.set(e.id, JSON.stringify(e));
    const acknowledged = batch.data.events.filter((e) => this.ackOnly?.(e) ?? true).map((e) => e.id);
    return json(200, { acknowledged });
  }
}

function apiError(error: string, message: string): ApiError {
  return { error, message };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}
