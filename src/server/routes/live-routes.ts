import type { FastifyInstance } from 'fastify';
import { requireFacilitator } from '../facilitator-auth.ts';
import type { ServerContext } from '../server-context.ts';
import { ownSession } from '../session-access.ts';
import { openSseStream } from '../sse-stream.ts';

/** The facilitator's live view of one session: joins, events, class-state changes. */
export function liveRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get<{ Params: { id: string } }>('/api/sessions/:id/live', async (request, reply) => {
    const f = await requireFacilitator(ctx, request);
    const session = await ownSession(ctx, f, request.params.id);
    openSseStream(ctx.hub, request, reply, session.id, [{ event: 'ready', data: { sessionId: session.id } }]);
  });
}
