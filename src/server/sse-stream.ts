import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LiveHub, LiveMessage } from './live-hub.ts';

/**
 * Opens a server-sent-events stream on this request and forwards the hub's messages for one
 * session (filtered by `accept`). SSE: one direction is all we need, it passes proxies, and
 * browsers reconnect by themselves. Ends on disconnect and on server shutdown.
 */
export function openSseStream(
  hub: LiveHub,
  request: FastifyRequest,
  reply: FastifyReply,
  sessionId: string,
  first: { event: string; data: unknown }[],
  accept: (m: LiveMessage) => boolean = () => true,
): void {
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
  const unsubscribe = hub.subscribe(sessionId, (m) => {
    if (accept(m)) res.write(`event: ${m.kind}\ndata: ${JSON.stringify(m)}\n\n`);
  });
  // A comment every 15 s keeps idle connections open through proxies and detects gone clients.
  const heartbeat = setInterval(() => res.write(': ping\n\n'), 15_000);
  const close = () => {
    clearInterval(heartbeat);
    unsubscribe();
    forget();
  };
  const forget = hub.onClose(() => {
    close();
    res.end();
  });
  request.raw.on('close', close);
  res.on('error', close);
}
