import type { FastifyInstance } from 'fastify';
import { requireFacilitator } from '../facilitator-auth.ts';
import type { LiveMessage } from '../live-hub.ts';
import type { ServerContext } from '../server-context.ts';
import { ownSession } from '../session-access.ts';

/**
 * Server-sent events: one stream per session the facilitator watches. SSE rather than WebSocket:
 * one direction is all we need, it passes proxies, and the browser reconnects by itself.
 */
export function liveRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get<{ Params: { id: string } }>('/api/sessions/:id/live', async (request, reply) => {
    const f = await requireFacilitator(ctx, request);
    const session = await ownSession(ctx, f, request.params.id);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    const send = (m: LiveMessage) => res.write(`event: ${m.kind}\ndata: ${JSON.stringify(m)}\n\n`);
    res.write(`retry: 2000\nevent: ready\ndata: ${JSON.stringify({ sessionId: session.id })}\n\n`);
    const unsubscribe = ctx.hub.subscribe(session.id, send);
    // A comment every 15 s keeps idle connections open through proxies and detects gone clients.
    const heartbeat = setInterval(() => res.write(': ping\n\n'), 15_000);
    const close = () => {
      clearInterval(heartbeat);
      unsubscribe();
      forget();
    };
    const forget = ctx.hub.onClose(() => {
      close();
      res.end();
    });
    request.raw.on('close', close);
    res.on('error', close);
  });
}
