import type {} from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { TryAnswer, TryCode } from '../../core/api/authoring.ts';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../core/api/sessions.ts';
import { HttpError } from '../http-error.ts';
import { newJoinCode } from '../join-code.ts';
import { joinOrigin } from '../routes/session-routes.ts';
import type { ServerContext } from '../server-context.ts';
import { ownDraft, requireAuthor } from './author-access.ts';
import { MEDIA_FILE, MEDIA_PATH, mediaKey } from './media-keys.ts';
import { sendStoredFile } from './stored-file-reply.ts';

/** How long a try code opens its draft. */
export const TRY_CODE_MS = 10 * 60_000;

/** Every `media/<file>` the draft names, wherever in its JSON (a draft may not parse as a scenario yet). */
function namedMedia(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const file = MEDIA_PATH.exec(value)?.[1];
    if (file) out.add(file);
  } else if (Array.isArray(value)) for (const v of value) namedMedia(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) namedMedia(v, out);
  return out;
}

/**
 * "Try on a headset": a short code, typed on a headset or scanned on a phone, opens a draft
 * without logging in, for ten minutes. Only the draft and the media it names are reachable with
 * it; guessing is slowed per address like join codes.
 */
export function tryRoutes(app: FastifyInstance, ctx: ServerContext, limits: { max: number; timeWindow: number } = { max: 30, timeWindow: 60_000 }): void {
  app.post<{ Params: { id: string } }>('/api/authoring/scenarios/:id/try-code', async (request, reply) => {
    const author = await requireAuthor(ctx, request);
    const draft = await ownDraft(ctx, author, request.params.id);
    const now = ctx.now();
    await ctx.db.deleteFrom('try_codes').where('expires_at', '<', now).execute();
    let code = newJoinCode();
    for (let attempt = 0; attempt < 10 && (await ctx.db.selectFrom('try_codes').select('code').where('code', '=', code).executeTakeFirst()); attempt++)
      code = newJoinCode();
    const expiresAt = now + TRY_CODE_MS;
    await ctx.db
      .insertInto('try_codes')
      .values({ code, draft_id: draft.id, organisation_id: author.organisationId, created_at: now, expires_at: expiresAt })
      .execute();
    const origin = joinOrigin(request.protocol, request.headers.host, ctx.publicUrls) ?? '';
    reply.code(201);
    return { code, url: `${origin}/#/try/${code}`, expiresAt } satisfies z.infer<typeof TryCode>;
  });

  /** The code's draft, or 404 (unknown) / 410 (expired): never another organisation's anything. */
  async function openCode(raw: string) {
    const code = raw.toUpperCase().replace(/[\s-]/g, '');
    const unknown = () => new HttpError(404, 'unknown-code', 'Deze code klopt niet. / This code is not right.');
    if (code.length !== JOIN_CODE_LENGTH || ![...code].every((c) => JOIN_CODE_ALPHABET.includes(c))) throw unknown();
    const row = await ctx.db
      .selectFrom('try_codes as t')
      .innerJoin('drafts as d', 'd.id', 't.draft_id')
      .select(['t.code', 't.expires_at', 't.organisation_id', 'd.path', 'd.revision', 'd.scenario'])
      .where('t.code', '=', code)
      .executeTakeFirst();
    if (!row) throw unknown();
    if (row.expires_at <= ctx.now())
      throw new HttpError(
        410,
        'try-code-expired',
        'Deze code is verlopen; maak een nieuwe in de editor. / This code has expired; make a new one in the editor.',
      );
    return row;
  }

  const limited = { config: { rateLimit: { ...limits, keyGenerator: (r: { ip: string }) => r.ip } } };

  app.get<{ Params: { code: string } }>('/api/try/:code', limited, async (request) => {
    const row = await openCode(request.params.code);
    return {
      path: row.path,
      revision: row.revision,
      scenario: JSON.parse(row.scenario) as unknown,
      mediaBase: `api/try/${row.code}/`,
      expiresAt: row.expires_at,
    } satisfies TryAnswer;
  });

  // A scene loads many files at once: a higher limit than for the code itself.
  const media = { config: { rateLimit: { max: limits.max * 20, timeWindow: limits.timeWindow, keyGenerator: (r: { ip: string }) => r.ip } } };
  app.get<{ Params: { code: string; file: string } }>('/api/try/:code/media/:file', media, async (request, reply) => {
    const row = await openCode(request.params.code);
    const file = request.params.file;
    if (!MEDIA_FILE.test(file) || !namedMedia(JSON.parse(row.scenario)).has(file)) throw new HttpError(404, 'not-found', 'No such media file in this draft.');
    return sendStoredFile(reply, ctx.authoring.storage, mediaKey(row.organisation_id, file), request.headers.range);
  });
}
