import { createReadStream } from 'node:fs';
import { basename, extname } from 'node:path';
import sharp from 'sharp';
import { scenarioMediaRefs } from '../../core/scenario-media.ts';
import type { Scenario } from '../../core/scenario-schema.ts';
import { openServedFile } from '../../scene-pack/served-files.ts';
import type { Facilitator } from '../facilitator-auth.ts';
import { HttpError } from '../http-error.ts';
import type { ServerContext } from '../server-context.ts';
import { MEDIA_FILE, mediaKey, newMediaId } from './media-keys.ts';

const EXT: Record<string, string> = {
  '.jpeg': 'jpg',
  '.jpg': 'jpg',
  '.png': 'png',
  '.webp': 'webp',
  '.mp4': 'mp4',
  '.webm': 'webm',
  '.mp3': 'mp3',
  '.m4a': 'm4a',
  '.ogg': 'ogg',
};

/**
 * A catalog scenario (a built-in pack is read-only) as the start of an organisation's own draft:
 * each file it names is copied into the organisation's media under a new name, and the copy
 * points at those. A node's photo or video also becomes an upload (ready), so it can be reused
 * for new nodes. Files of a kind the editor cannot hold keep their path; the checker reports them.
 */
export async function copyScenario(ctx: ServerContext, author: Facilitator, path: string): Promise<Scenario> {
  const snapshot = await ctx.scenarios.getSnapshot();
  const original = snapshot.scenarios.get(path);
  if (!original) throw new HttpError(404, 'not-found', `No scenario ${path} in the catalog (GET /scenes/index.json lists them).`);
  const copy = structuredClone(original);
  const renamed = new Map<string, string>();
  const now = ctx.now();
  for (const ref of scenarioMediaRefs(original)) {
    const ext = EXT[extname(ref.src).toLowerCase()];
    const served = snapshot.files.get(`${path}/${ref.src.replace(/^\.\//, '')}`);
    const file = served && (await openServedFile(served));
    if (!ext || !file) continue;
    let target = renamed.get(ref.src);
    if (!target) {
      const node = original.nodes[ref.node]!;
      // A node's photo, its preview and its WebM share one id: `<id>.jpg`, `<id>-preview.jpg`, `<id>.webm`.
      const pairedWith = ref.role === 'preview' || ref.role === 'fallback' ? renamed.get(node.media.src) : undefined;
      const id = pairedWith ? /^media\/([a-z0-9]+)/.exec(pairedWith)![1]! : newMediaId();
      const name = `${id}${ref.role === 'preview' ? '-preview' : ''}.${ext}`;
      target = `media/${MEDIA_FILE.test(name) && ![...renamed.values()].includes(`media/${name}`) ? name : `${newMediaId()}.${ext}`}`;
      await ctx.authoring.storage.put(mediaKey(author.organisationId, target.slice('media/'.length)), createReadStream(file.path));
      renamed.set(ref.src, target);
      if (ref.role === 'media') {
        const image = node.media.type === 'image';
        const size = image ? await sharp(file.path).metadata() : { width: 0, height: 0 };
        await ctx.db
          .insertInto('uploads')
          .values({
            id,
            organisation_id: author.organisationId,
            created_by: author.email,
            file_name: basename(ref.src),
            kind: image ? 'image' : 'video',
            format: image ? (ext === 'jpg' ? 'jpeg' : ext) : ext,
            status: 'ready',
            progress: 100,
            width: size.width ?? 0,
            height: size.height ?? 0,
            src_file: target.slice('media/'.length),
            // Set below, once the preview is copied too.
            preview_file: null,
            placement: null,
            original_key: null,
            bytes: file.size,
            problem: null,
            created_at: now,
            updated_at: now,
          })
          .execute();
      }
      if (ref.role === 'preview' && pairedWith) {
        await ctx.db
          .updateTable('uploads')
          .set({ preview_file: target.slice('media/'.length) })
          .where('id', '=', id)
          .where('organisation_id', '=', author.organisationId)
          .execute();
      }
    }
    setAt(copy.nodes[ref.node] as unknown as Record<string, unknown>, ref.path, target);
  }
  // An upload whose node had no preview file stays usable: it is shown with its own image.
  await ctx.db
    .updateTable('uploads')
    .set((eb) => ({ preview_file: eb.ref('src_file') }))
    .where('organisation_id', '=', author.organisationId)
    .where('preview_file', 'is', null)
    .where('status', '=', 'ready')
    .execute();
  return copy;
}

function setAt(target: Record<string, unknown>, path: (string | number)[], value: string): void {
  let at: Record<string | number, unknown> = target;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
}
