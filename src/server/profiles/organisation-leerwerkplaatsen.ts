import type { LeerwerkplaatsEntry } from '../../core/api/leerwerkplaatsen.ts';
import type { Facilitator } from '../facilitator-auth.ts';
import type { ServerContext } from '../server-context.ts';
import { readStoredProfile } from './profile-repository.ts';

/**
 * The profiles an organisation matches against and offers teams from: the built-in files of the
 * scene pack, and the organisation's own published profiles, which replace a built-in one with
 * the same id (a copied and edited profile). Proposals that wait for the beheerder are not in it.
 */
export async function organisationLeerwerkplaatsen(ctx: ServerContext, f: Facilitator): Promise<LeerwerkplaatsEntry[]> {
  const rows = await ctx.db
    .selectFrom('organisation_profiles')
    .select(['published'])
    .where('organisation_id', '=', f.organisationId)
    .where('published', 'is not', null)
    .orderBy('profile_id')
    .execute();
  const own = rows.flatMap((r) => {
    const p = readStoredProfile(r.published);
    return p ? [{ own: true, source: 'organisation' as const, profile: p }] : [];
  });
  const ownIds = new Set(own.map((e) => e.profile.id));
  const builtIn = (await ctx.scenarios.profiles())
    .filter((p) => !ownIds.has(p.id))
    .map((p) => ({ own: p.stable.organisation.name === f.organisationName, source: 'built-in' as const, profile: p }));
  return [...builtIn, ...own];
}
