import type { FastifyInstance } from 'fastify';
import { type FaceRegion, SaveFacesBody, type UploadView } from '../../core/api/authoring.ts';
import { HttpError, parseInput } from '../http-error.ts';
import type { ServerContext } from '../server-context.ts';
import { ownUpload, requireAuthor } from './author-access.ts';
import { uploadView } from './upload-view.ts';

/**
 * The maker's review of the faces in a photo: `PUT /api/authoring/uploads/:id/faces` stores the
 * regions (accepted, removed, added) and answers once the full image and preview are made again
 * from the kept original with them blurred; `confirm: true` ends the review and deletes the
 * original. See docs/api.md.
 */
export function faceRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.put<{ Params: { id: string } }>('/api/authoring/uploads/:id/faces', async (request) => {
    const author = await requireAuthor(ctx, request);
    const body = parseInput(SaveFacesBody, request.body, 'faces');
    const row = await ownUpload(ctx, author, request.params.id);
    if (row.kind !== 'image') throw new HttpError(422, 'not-a-photo', 'Only photos have faces to review; this upload is a video.');
    if (row.status !== 'ready' || row.face_status === 'detecting' || row.face_status === null) {
      throw new HttpError(409, 'faces-not-ready', 'The faces in this photo are still being looked for. Wait until the upload is ready and try again.');
    }
    if (row.face_status !== 'review' || !row.original_key) {
      throw new HttpError(
        409,
        'faces-final',
        'The faces of this photo can no longer change: the unblurred original was deleted (after confirming, or after 14 days). Upload the photo again to review it anew.',
      );
    }
    const ids = new Set<string>();
    for (const r of body.regions) {
      if (ids.has(r.id)) throw new HttpError(422, 'invalid-input', `faces: region id "${r.id}" appears twice; give every region its own id.`);
      ids.add(r.id);
    }
    const open = body.regions.filter((r) => r.status === 'suggested');
    if (body.confirm && open.length) {
      throw new HttpError(
        422,
        'faces-unreviewed',
        `faces: ${open.length} suggested region(s) are not reviewed yet (e.g. "${open[0]!.id}"). Accept or remove each one, then confirm.`,
      );
    }
    // Only the detector makes detected regions: one the server does not know counts as added by the maker.
    const known = new Map((JSON.parse(row.face_regions ?? '[]') as FaceRegion[]).map((r) => [r.id, r]));
    const regions = body.regions.map((r): FaceRegion => {
      const before = known.get(r.id);
      return before?.source === 'detected' ? { ...r, source: 'detected', score: before.score } : { ...r, source: 'added', score: null };
    });
    const now = ctx.now();
    const updated = await ctx.db
      .updateTable('uploads')
      .set({
        face_regions: JSON.stringify(regions),
        ...(body.confirm ? { face_status: 'confirmed' as const, faces_confirmed_by: author.email, faces_confirmed_at: now } : {}),
        updated_at: now,
      })
      .where('id', '=', row.id)
      .where('face_status', '=', 'review')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new HttpError(409, 'faces-final', 'The faces of this photo were confirmed meanwhile; reload it.');
    await ctx.authoring.processor.rederive(row.id);
    return uploadView(await ownUpload(ctx, author, row.id)) satisfies UploadView;
  });
}
