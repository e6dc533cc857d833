import type { z } from 'zod';
import { ApiError } from '../core/api/api-error.ts';

/** A failed API call: the HTTP status, the server's error body when it sent one, and Retry-After. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiError | null,
    readonly retryAfterSeconds: number | null,
    /** The answer's JSON as sent (e.g. a 409 that carries the current state), when it was JSON. */
    readonly raw?: unknown,
  ) {
    super(body?.message ?? `HTTP ${status}`);
    this.name = 'ApiRequestError';
  }
}

/** The server could not be reached at all (fetch rejected). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'NetworkError';
  }
}

let unauthorizedHandler: (() => void) | null = null;

/**
 * How far this computer's clock is ahead of the server's (ms). Online/offline and "2 minutes
 * ago" compare the server's times with now; a laptop whose clock is off would otherwise show
 * every device offline. Learnt from the `Date` header (whole seconds), so only a skew of more
 * than a couple of seconds counts.
 */
let clockSkewMs = 0;

function learnClock(res: Response): void {
  const date = res.headers.get('date');
  const server = date ? Date.parse(date) : NaN;
  if (!Number.isFinite(server)) return;
  const skew = Date.now() - (server + 500);
  clockSkewMs = Math.abs(skew) > 2_000 ? skew : 0;
}

/** Now, on the server's clock. */
export function serverNow(): number {
  return Date.now() - clockSkewMs;
}

/**
 * One place that hears about every 401 (login expired or never there), so any page can go back
 * to the login screen without handling it itself. Login's own 401 (wrong password) is not one.
 */
export function onUnauthorized(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

export interface ApiOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Leave 401 to the caller (the login form shows "wrong password" itself). */
  own401?: boolean;
  signal?: AbortSignal;
}

/**
 * Calls the server's API with the facilitator's cookie. A body goes as JSON with
 * `Content-Type: application/json`; requests without a body send no Content-Type (the server
 * refuses an empty JSON body).
 */
export async function apiFetch(path: string, options: ApiOptions = {}): Promise<unknown> {
  const url = appUrl(path);
  const headers: Record<string, string> = { Accept: 'application/json' };
  const init: RequestInit = { method: options.method ?? 'GET', credentials: 'same-origin', headers, cache: 'no-store' };
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  if (options.signal) init.signal = options.signal;
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new NetworkError(e);
  }
  learnClock(res);
  const text = await res.text();
  if (!res.ok) {
    let body: ApiError | null = null;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
      const parsed = ApiError.safeParse(raw);
      if (parsed.success) body = parsed.data;
      else if (text) {
        // The rate limiter answers in its own shape; keep its message.
        const raw = JSON.parse(text) as { error?: unknown; message?: unknown };
        if (typeof raw.message === 'string') body = { error: typeof raw.error === 'string' ? raw.error : 'error', message: raw.message };
      }
    } catch {
      // Not JSON (a proxy's error page): the status says enough.
    }
    const retryAfter = Number(res.headers.get('retry-after'));
    const error = new ApiRequestError(res.status, body, Number.isFinite(retryAfter) && retryAfter > 0 ? Math.ceil(retryAfter) : null, raw);
    if (res.status === 401 && !options.own401) unauthorizedHandler?.();
    throw error;
  }
  return text ? (JSON.parse(text) as unknown) : null;
}

/** apiFetch, with the answer checked against a zod schema. */
export async function apiGet<S extends z.ZodType>(path: string, schema: S, options: ApiOptions = {}): Promise<z.infer<S>> {
  return schema.parse(await apiFetch(path, options));
}

/** An address under the app's base (`api/…`, `scenes/…`), for fetch, links, images and EventSource. */
export function appUrl(path: string): string {
  return `${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`;
}

/** `api/sessions/<id><rest>` with the id safely encoded. */
export function sessionPath(id: string, rest = ''): string {
  return `api/sessions/${encodeURIComponent(id)}${rest}`;
}
