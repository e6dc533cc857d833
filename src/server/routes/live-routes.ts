import type { FastifyInstance } from 'fastify';
import { loginIdHash, requireFacilitator, validLogin } from '../facilitator-auth.ts';
import { streamTag } from '../live-hub.ts';
import type { ServerContext } from '../server-context.ts';
import { ownSession } from '../session-access.ts';
import { openSseStream } from '../sse-stream.ts';

/** The facilitator's live view of one session: joins, events, class-state changes. */
export function liveRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get<{ Params: { id: string } }>('/api/sessions/:id/live', async (request, reply) => {
    const f = await requireFacilitator(ctx, request);
    const session = await ownSession(ctx, f, request.params.id);
    const idHash = loginIdHash(ctx, request)!;
    openSseStream(ctx.hub, request, reply, {
      sessionId: session.id,
      first: [{ event: 'ready', data: { sessionId: session.id } }],
      tags: [streamTag.login(idHash), streamTag.session(session.id)],
      // The same login, still valid, and the session still there and not past its purge date.
      stillAllowed: async () => {
        const login = await validLogin(ctx, idHash);
        return (
          login !== null &&
          login.id === f.id &&
          (await ownSession(ctx, login, session.id).then(
            () => true,
            () => false,
          ))
        );
      },
      recheckMs: ctx.liveRecheckMs,
    });
  });
}
