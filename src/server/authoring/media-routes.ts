import type { FastifyInstance } from 'fastify';
import { HttpError } from '../http-error.ts';
import type { ServerContext } from '../server-context.ts';
import { requireAuthor } from './author-access.ts';
import { MEDIA_FILE, mediaKey } from './media-keys.ts';
import { sendStoredFile } from './stored-file-reply.ts';

/**
 * The media of drafts, for the editor only: logged in, and only the own organisation's files
 * (others answer 404 as if absent). Originals are never reachable: their keys are not media files.
 */
export function mediaRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get<{ Params: { file: string } }>('/api/authoring/media/:file', async (request, reply) => {
    const author = await requireAuthor(ctx, request);
    const file = request.params.file;
    if (!MEDIA_FILE.test(file)) throw new HttpError(404, 'not-found', 'No such media file.');
    return sendStoredFile(reply, ctx.authoring.storage, mediaKey(author.organisationId, file), request.headers.range);
  });
}
