import type { ConsentChoice, ConsentMissing } from '../../core/api/authoring.ts';
import { filesNeedingConsent } from '../../core/consent-files.ts';
import type { Scenario } from '../../core/scenario-schema.ts';
import type { Facilitator } from '../facilitator-auth.ts';
import type { ServerContext } from '../server-context.ts';
import { MEDIA_PATH } from './media-keys.ts';

/**
 * The publish rule of issue 11: every such file has a choice, and "blurred" only for a photo
 * whose faces the maker confirmed (the blur is then in its derivatives). Answers the refusal,
 * or undefined when publishing may go on.
 */
export async function consentRefusal(
  ctx: ServerContext,
  author: Facilitator,
  scenario: Scenario,
  choices: readonly ConsentChoice[],
): Promise<ConsentMissing | undefined> {
  const byFile = new Map(choices.map((c) => [c.file, c.kind]));
  const files: ConsentMissing['files'] = [];
  for (const file of filesNeedingConsent(scenario)) {
    const kind = byFile.get(file);
    if (!kind) {
      files.push({ file, reason: 'no-confirmation' });
      continue;
    }
    if (kind !== 'blurred') continue;
    const name = MEDIA_PATH.exec(file)?.[1];
    const upload = name
      ? await ctx.db
          .selectFrom('uploads')
          .select('face_status')
          .where('organisation_id', '=', author.organisationId)
          .where('src_file', '=', name)
          .executeTakeFirst()
      : undefined;
    if (upload?.face_status !== 'confirmed') files.push({ file, reason: 'faces-not-confirmed' });
  }
  if (!files.length) return undefined;
  return {
    error: 'consent-missing',
    message:
      `Not published: confirm for ${files.length} photo(s) that the people shown agreed, or that they are blurred ` +
      `(${files.map((f) => `${f.file}: ${f.reason === 'no-confirmation' ? 'no confirmation given' : '"blurred" needs the faces of this photo reviewed and confirmed first'}`).join('; ')}). ` +
      'Send "consents": [{ "file": <media path>, "kind": "consent" | "blurred" }] for every photo.',
    files,
  };
}
