import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LiveHub, LiveMessage } from './live-hub.ts';

export interface SseStreamOptions {
  sessionId: string;
  /** Sent at once, before any live message. */
  first: { event: string; data: unknown }[];
  /** Which of the session's messages this stream forwards (default: all). */
  accept?: (m: LiveMessage) => boolean;
  /** Ended at once by `hub.closeTagged` with any of these (logout, erasure). */
  tags: string[];
  /**
   * Whether the credential and the session are still valid, asked every `recheckMs`: expiry
   * (idle login, purge date) happens without any request that could end the stream.
   */
  stillAllowed: () => Promise<boolean>;
  recheckMs: number;
}

/**
 * Opens a server-sent-events stream on this request and forwards the hub's messages for one
 * session. SSE: one direction is all we need, it passes proxies, and browsers reconnect by
 * themselves (and then meet the 401 or 404 of whatever ended the stream). Ends on disconnect,
 * on server shutdown, when what it stands on is logged out or erased, and when it expires.
 */
export function openSseStream(hub: LiveHub, request: FastifyRequest, reply: FastifyReply, options: SseStreamOptions): void {
  const { sessionId, first, accept = () => true, tags, stillAllowed, recheckMs } = options;
  reply.hijack();
  const res = reply.raw;
  const headers: Record<string, string> = {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  };
  for (const [k, v] of Object.entries(reply.getHeaders())) if (typeof v === 'string' && !(k in headers)) headers[k] = v;
  res.writeHead(200, headers);
  res.write('retry: 2000\n\n');
  for (const f of first) res.write(`event: ${f.event}\ndata: ${JSON.stringify(f.data)}\n\n`);
  let open = true;
  const unsubscribe = hub.subscribe(sessionId, (m) => {
    if (open && accept(m)) res.write(`event: ${m.kind}\ndata: ${JSON.stringify(m)}\n\n`);
  });
  // A comment every 15 s keeps idle connections open through proxies and detects gone clients.
  const heartbeat = setInterval(() => res.write(': ping\n\n'), 15_000);
  let checking = false;
  const recheck = setInterval(() => {
    if (checking) return;
    checking = true;
    // A failed check ends the stream too: the client reconnects and gets a real answer.
    stillAllowed()
      .catch(() => false)
      .then((ok) => {
        checking = false;
        if (!ok) end();
      });
  }, recheckMs);
  const close = () => {
    open = false;
    clearInterval(heartbeat);
    clearInterval(recheck);
    unsubscribe();
    forget();
  };
  const end = () => {
    if (!open) return;
    close();
    res.end();
  };
  const forget = hub.onClose(end, tags);
  request.raw.on('close', close);
  res.on('error', close);
}
