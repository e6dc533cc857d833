import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { UploadQuery, type UploadList, type UploadRefused, type UploadView } from '../../core/api/authoring.ts';
import { type IntakeProblem, judgeUpload, MAX_VIDEO_BYTES, type UploadFacts } from '../../core/photo-intake/intake-rules.ts';
import { formatByContent } from '../../scene-pack/media-format.ts';
import { HttpError, parseInput } from '../http-error.ts';
import type { ServerContext } from '../server-context.ts';
import { ownUpload, requireAuthor } from './author-access.ts';
import { newMediaId, originalKey } from './media-keys.ts';
import { receiveUpload } from './receive-upload.ts';
import { uploadView } from './upload-view.ts';

/** The format a file name promises; only used to refuse by size or name before the body is read. */
function formatByName(name: string): UploadFacts['format'] {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (ext === 'jpg' || ext === 'jpeg') return 'jpeg';
  if (ext === 'png' || ext === 'webp') return ext;
  if (ext === 'heic' || ext === 'heif') return 'heif';
  if (ext === 'mp4' || ext === 'm4v' || ext === 'mov') return 'mp4';
  if (ext === 'webm') return 'webm';
  return null;
}

/** Only the name itself: a browser may send a path ("C:\fakepath\gang.jpg"). */
function baseName(name: string): string {
  return name.split(/[\\/]/).pop()!.trim() || name.trim();
}

function refuse(reply: FastifyReply, status: number, problem: IntakeProblem, closeConnection = false): UploadRefused {
  // When the body was not read (whole), hang up after answering instead of reading the rest.
  if (closeConnection) reply.header('Connection', 'close');
  reply.code(status);
  return { error: 'upload-refused', message: `${problem.message.nl} / ${problem.message.en}`, code: problem.code, problem };
}

export function uploadRoutes(app: FastifyInstance, ctx: ServerContext): void {
  // The upload route reads its body as a stream, whatever its Content-Type: in a context of its own,
  // so every other route keeps Fastify's JSON parsing and body limit.
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null));

    scope.post('/api/authoring/uploads', async (request, reply) => {
      const author = await requireAuthor(ctx, request);
      const fileName = baseName(parseInput(UploadQuery, request.query, 'upload').name);
      const declared = Number(request.headers['content-length']);
      // Refuse what the name or the declared size already rules out, before a byte is stored.
      const early = judgeUpload({ fileName, bytes: Number.isFinite(declared) ? declared : 0, format: formatByName(fileName) });
      if (!early.ok && early.problem.code === 'unstitched') return refuse(reply, 422, early.problem, true);
      if (!early.ok && early.problem.code === 'too-large') return refuse(reply, 413, early.problem, true);

      const tmp = join(ctx.authoring.tmpDir, `upload-${randomBytes(8).toString('hex')}`);
      await mkdir(ctx.authoring.tmpDir, { recursive: true });
      const received = await receiveUpload(request.raw, tmp);
      if (!received.ok) {
        if (received.reason === 'aborted') throw new HttpError(400, 'upload-aborted', 'The upload was interrupted; nothing was stored. Try again.');
        const verdict = judgeUpload({ fileName, bytes: received.bytes, format: received.limit === MAX_VIDEO_BYTES ? 'mp4' : 'jpeg' });
        const problem = !verdict.ok && verdict.problem.code === 'too-large' ? verdict.problem : tooLarge(fileName, received.limit);
        return refuse(reply, 413, problem, true);
      }
      try {
        // A file that brings the decoder down (a worker crash) is a broken file, not a server error.
        const facts = await ctx.authoring.processor.inspect(tmp, fileName, received.bytes).catch(async (): Promise<UploadFacts> => ({
          fileName,
          bytes: received.bytes,
          format: await formatByContent(tmp),
          decodeError: 'the file could not be read',
        }));
        const verdict = judgeUpload(facts);
        if (!verdict.ok) return refuse(reply, 422, verdict.problem);
        const id = newMediaId();
        const now = ctx.now();
        await ctx.authoring.storage.putFile(originalKey(author.organisationId, id), tmp);
        await ctx.db
          .insertInto('uploads')
          .values({
            id,
            organisation_id: author.organisationId,
            created_by: author.email,
            file_name: fileName,
            kind: verdict.kind,
            format: facts.format!,
            status: 'processing',
            progress: 0,
            width: null,
            height: null,
            src_file: null,
            preview_file: null,
            placement: verdict.kind === 'image' ? JSON.stringify(verdict.placement) : null,
            original_key: originalKey(author.organisationId, id),
            bytes: received.bytes,
            problem: null,
            created_at: now,
            updated_at: now,
          })
          .execute();
        ctx.authoring.processor.enqueue(id);
        const row = await ownUpload(ctx, author, id);
        reply.code(202);
        return uploadView(row) satisfies UploadView;
      } finally {
        await rm(tmp, { force: true });
      }
    });
  });

  app.get('/api/authoring/uploads', async (request) => {
    const author = await requireAuthor(ctx, request);
    const rows = await ctx.db
      .selectFrom('uploads')
      .selectAll()
      .where('organisation_id', '=', author.organisationId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(1000)
      .execute();
    return { uploads: rows.map(uploadView) } satisfies UploadList;
  });

  app.get<{ Params: { id: string } }>('/api/authoring/uploads/:id', async (request) => {
    const author = await requireAuthor(ctx, request);
    return uploadView(await ownUpload(ctx, author, request.params.id)) satisfies UploadView;
  });
}

/** The size refusal when the body ran over the limit of what its first bytes showed. */
function tooLarge(fileName: string, limit: number): IntakeProblem {
  const mb = Math.round(limit / 1024 / 1024);
  return {
    code: 'too-large',
    message: {
      nl: `"${fileName}" is te groot (meer dan ${mb} MB). Exporteer hem kleiner, bijvoorbeeld 8192 pixels breed.`,
      en: `"${fileName}" is too large (more than ${mb} MB). Export it smaller, e.g. 8192 pixels wide.`,
    },
  };
}
