import type { Selectable } from 'kysely';
import type { DraftSummary, DraftView } from '../../core/api/authoring.ts';
import type { LocalizedText } from '../../core/localized-text.ts';
import type { Database } from '../db/schema.ts';
import type { ServerContext } from '../server-context.ts';

export type DraftRow = Selectable<Database['drafts']>;

/** Other editors count as present this long after their last heartbeat. */
export const PRESENCE_MS = 30_000;

/** The title as saved, or the path when the draft has none yet (a draft may be incomplete). */
function titleOf(scenario: unknown, path: string): LocalizedText {
  const t = (scenario as { title?: { nl?: unknown; en?: unknown } } | null)?.title;
  if (t && typeof t.nl === 'string' && t.nl.trim()) return { nl: t.nl, ...(typeof t.en === 'string' && t.en.trim() ? { en: t.en } : {}) };
  return { nl: path.split('/')[1]! };
}

export async function draftSummaries(ctx: ServerContext, rows: DraftRow[]): Promise<DraftSummary[]> {
  const published = rows.filter((r) => r.current_version !== null);
  const versions = published.length
    ? await ctx.db
        .selectFrom('draft_versions')
        .selectAll()
        .where(
          'draft_id',
          'in',
          published.map((r) => r.id),
        )
        .execute()
    : [];
  return rows.map((r) => {
    const current = versions.find((v) => v.draft_id === r.id && v.version === r.current_version);
    return {
      id: r.id,
      path: r.path,
      title: titleOf(JSON.parse(r.scenario), r.path),
      revision: r.revision,
      updatedAt: r.updated_at,
      updatedBy: r.updated_by,
      published: current ? { version: current.version, at: current.published_at } : null,
    };
  });
}

/** The whole draft, with who else has it open (not `viewerId`) and every published version. */
export async function draftView(ctx: ServerContext, row: DraftRow, viewerId: string): Promise<DraftView> {
  const [summary] = await draftSummaries(ctx, [row]);
  const editors = await ctx.db
    .selectFrom('draft_presence')
    .select(['email', 'since'])
    .where('draft_id', '=', row.id)
    .where('facilitator_id', '!=', viewerId)
    .where('seen_at', '>', ctx.now() - PRESENCE_MS)
    .orderBy('since')
    .execute();
  const versions = await ctx.db.selectFrom('draft_versions').selectAll().where('draft_id', '=', row.id).orderBy('published_at').orderBy('version').execute();
  return {
    ...summary!,
    scenario: JSON.parse(row.scenario) as unknown,
    editors: editors.map((e) => ({ email: e.email, since: e.since })),
    versions: versions.map((v) => ({ version: v.version, at: v.published_at, by: v.published_by })),
  };
}
