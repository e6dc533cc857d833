import type { ServerContext } from '../server-context.ts';

/** An id from a title, as the format wants it: lowercase letters, digits and hyphens, at most 64. */
export function idFromTitle(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 56)
    .replace(/-+$/, '');
  return slug || 'scenario';
}

/**
 * Scenario ids in use on this server: every scenario of the catalog (built-in and published)
 * and every draft. Logs and cards tell scenarios apart by id, so a new one must not reuse any.
 */
export async function takenScenarioIds(ctx: ServerContext): Promise<Set<string>> {
  const { scenarios } = await ctx.scenarios.getSnapshot();
  const taken = new Set([...scenarios.values()].map((s) => s.id));
  for (const path of await ctx.scenarios.paths()) taken.add(path.split('/')[1]!);
  for (const d of await ctx.db.selectFrom('drafts').select('path').execute()) taken.add(d.path.split('/')[1]!);
  return taken;
}

/** `base`, or `base-2`, `base-3`… whichever is free. */
export async function uniqueScenarioId(ctx: ServerContext, base: string): Promise<string> {
  const taken = await takenScenarioIds(ctx);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base.slice(0, 60)}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
