import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../server-context.ts';
import { draftRoutes } from './draft-routes.ts';
import { mediaRoutes } from './media-routes.ts';
import { publishRoutes } from './publish-routes.ts';
import { tryRoutes } from './try-routes.ts';
import { uploadRoutes } from './upload-routes.ts';

/** Every route of authoring (issue 10): uploads, media, drafts, publishing, try codes. See docs/api.md. */
export function authoringRoutes(app: FastifyInstance, ctx: ServerContext, tryLimit?: { max: number; timeWindow: number }): void {
  uploadRoutes(app, ctx);
  mediaRoutes(app, ctx);
  draftRoutes(app, ctx);
  publishRoutes(app, ctx);
  tryRoutes(app, ctx, tryLimit);
}
