import type { FastifyRequest } from 'fastify';
import { DraftId, UploadId } from '../../core/api/authoring.ts';
import { type Facilitator, requireAccount } from '../facilitator-auth.ts';
import { HttpError } from '../http-error.ts';
import type { ServerContext } from '../server-context.ts';
import type { UploadRow } from './upload-view.ts';

/** Anyone logged in may author: makers, begeleiders and beheerders; what they make is their organisation's. */
export function requireAuthor(ctx: ServerContext, request: FastifyRequest): Promise<Facilitator> {
  return requireAccount(ctx, request);
}

/** An upload of the author's own organisation, or 404 (also when it exists elsewhere). */
export async function ownUpload(ctx: ServerContext, author: Facilitator, id: string): Promise<UploadRow> {
  if (!UploadId.safeParse(id).success) throw new HttpError(404, 'not-found', 'No such upload.');
  const row = await ctx.db.selectFrom('uploads').selectAll().where('id', '=', id).where('organisation_id', '=', author.organisationId).executeTakeFirst();
  if (!row) throw new HttpError(404, 'not-found', 'No such upload.');
  return row;
}

export async function ownDraft(ctx: ServerContext, author: Facilitator, id: string) {
  if (!DraftId.safeParse(id).success) throw new HttpError(404, 'not-found', 'No such draft.');
  const row = await ctx.db.selectFrom('drafts').selectAll().where('id', '=', id).where('organisation_id', '=', author.organisationId).executeTakeFirst();
  if (!row) throw new HttpError(404, 'not-found', 'No such draft.');
  return row;
}
