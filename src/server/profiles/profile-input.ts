import type { ProfileWarning } from '../../core/api/profiles.ts';
import { checkProfile } from '../../core/leerwerkplaats-checker.ts';
import type { Leerwerkplaats } from '../../core/leerwerkplaats-schema.ts';
import { HttpError } from '../http-error.ts';
import type { ServerContext } from '../server-context.ts';
import { today } from './profile-repository.ts';

export interface CheckedProfile {
  profile: Leerwerkplaats;
  warnings: ProfileWarning[];
}

/**
 * A profile that came in (form, team link, import), checked by the same checker as
 * `scenes:check`: the format (upgraded first), werkbegeleider ids, and that its scenario exists
 * in this server's pack. Errors are a 422 naming each field by its JSON pointer; warnings (a
 * stale block, missing English) are returned with the saved profile.
 */
export async function checkedProfileInput(ctx: ServerContext, raw: unknown, where: string, maxAgeDays: number): Promise<CheckedProfile> {
  const { profile, problems } = checkProfile(raw, { file: where, scenarios: await ctx.scenarios.paths(), today: today(ctx), maxAgeDays });
  const errors = problems.filter((p) => p.severity === 'error');
  if (!profile || errors.length > 0) {
    const issues = errors.slice(0, 50).map((p) => ({ path: `${where}${p.pointer}`, message: `${p.message.nl} / ${p.message.en}` }));
    const first = issues[0] ?? { path: where, message: 'does not match the leerwerkplaatsprofiel format' };
    throw new HttpError(422, 'invalid-profile', `${first.path}: ${first.message}`, { issues });
  }
  return { profile, warnings: problems.map((p) => ({ pointer: p.pointer, message: p.message })) };
}

/** The warnings of a profile as stored (after its dates were set), for the answer. */
export function profileWarnings(ctx: ServerContext, profile: Leerwerkplaats, scenarios: ReadonlySet<string>, maxAgeDays: number): ProfileWarning[] {
  return checkProfile(profile, { file: profile.id, scenarios, today: today(ctx), maxAgeDays }).problems.map((p) => ({
    pointer: p.pointer,
    message: p.message,
  }));
}
