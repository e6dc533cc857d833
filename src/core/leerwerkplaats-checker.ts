/**
 * The leerwerkplaatsprofiel checker: everything that can be wrong in a profile file, reported
 * as problems with a JSON pointer, a message and a fix in Dutch and English, like the scenario
 * checker. Framework-free: the list of scenarios and "today" are passed in, so the CLI, tests
 * and a future beheer screen share it.
 */
import { duplicateIdsAcrossFiles } from './checker/cross-file.ts';
import { upgradeProfileJson } from './format-upgrade.ts';
import { Leerwerkplaats } from './leerwerkplaats-schema.ts';
import { PROBLEM_RULES, PROFILE_RULES, type Finding, type Problem, type ProblemRule } from './checker/problem.ts';
import { unknownScenarioFindings } from './checker/scenario-links.ts';
import { schemaFindings, type SchemaFormat } from './checker/schema-issues.ts';
import { DEFAULT_MAX_AGE_DAYS, stalenessFindings } from './checker/staleness.ts';
import { missingEnglishFindings } from './checker/translations.ts';

export { DEFAULT_MAX_AGE_DAYS, daysBetween } from './checker/staleness.ts';

export const PROFILE_SCHEMA_FORMAT: SchemaFormat = {
  root: Leerwerkplaats,
  docs: 'docs/leerwerkplaatsprofiel-format.md',
  rootName: { nl: 'het profiel', en: 'the profile' },
};

/** Every rule a profile can break, shared ones included; the format docs list each one. */
export const PROFILE_CHECK_RULES: readonly ProblemRule[] = [
  ...PROBLEM_RULES.filter((r) => ['invalid-json', 'schema', 'missing-nl', 'missing-en', 'duplicate-id'].includes(r)),
  ...PROFILE_RULES,
];

export interface ProfileCheckContext {
  /** Shown in problems; the CLI passes the path. */
  file: string;
  /** The id the file name gives (scenes/leerwerkplaatsen/<id>.json); leave out for a loose file. */
  fileId?: string;
  /**
   * Existing scenarios as "<zorgcategorie>/<scenario-id>"; leave out to skip the link check
   * (an editor that has no scenes pack at hand).
   */
  scenarios?: ReadonlySet<string>;
  /** "Now" as yyyy-mm-dd for the staleness warning. */
  today: string;
  /** Volatile blocks checked longer ago than this get a stale-profile warning (default 183, six months). */
  maxAgeDays?: number;
}

export interface ProfileCheckResult {
  /** The parsed profile (defaults applied) when it matches the schema, even with other problems. */
  profile?: Leerwerkplaats;
  problems: Problem[];
}

/** The file name is the id, so links and logs can find a profile without opening every file. */
function fileNameFindings(raw: unknown, fileId: string): Finding[] {
  const id = raw && typeof raw === 'object' ? (raw as Record<string, unknown>).id : undefined;
  if (typeof id !== 'string' || id === fileId) return [];
  return [
    {
      pointer: '/id',
      rule: 'file-name-mismatch',
      severity: 'error',
      message: { nl: `id is "${id}", maar het bestand heet "${fileId}.json"`, en: `id is "${id}" but the file is called "${fileId}.json"` },
      fix: {
        nl: `Maak ze gelijk: zet "id": "${fileId}", of noem het bestand "${id}.json" (scenes/leerwerkplaatsen/<id>.json).`,
        en: `Make them the same: set "id": "${fileId}", or rename the file to "${id}.json" (scenes/leerwerkplaatsen/<id>.json).`,
      },
    },
  ];
}

/** The matching aid refers to a werkbegeleider by id, so ids must be unique in the profile. */
function duplicatePersonFindings(profile: Leerwerkplaats): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  profile.volatile.werkbegeleiders.people.forEach((person, i) => {
    if (!seen.has(person.id)) {
      seen.add(person.id);
      return;
    }
    out.push({
      pointer: `/volatile/werkbegeleiders/people/${i}/id`,
      rule: 'duplicate-id',
      severity: 'error',
      message: {
        nl: `werkbegeleider #${i + 1}: de id "${person.id}" komt twee keer voor in volatile.werkbegeleiders.people`,
        en: `werkbegeleider #${i + 1}: the id "${person.id}" is used twice in volatile.werkbegeleiders.people`,
      },
      fix: { nl: 'Geef elke werkbegeleider een eigen id, bijvoorbeeld "wb-1", "wb-2".', en: 'Give every werkbegeleider its own id, e.g. "wb-1", "wb-2".' },
    });
  });
  return out;
}

export function checkProfile(original: unknown, ctx: ProfileCheckContext): ProfileCheckResult {
  const withFile = (findings: Finding[]): Problem[] => findings.map((f) => ({ file: ctx.file, ...f }));
  // Older formats are checked as the app reads them: upgraded first (core/format-upgrade.ts).
  const upgraded = upgradeProfileJson(original);
  if (!upgraded.ok) {
    const { pointer, message } = upgraded.error;
    return {
      problems: withFile([
        {
          pointer,
          rule: 'schema',
          severity: 'error',
          message,
          fix: { nl: 'Zie "Format versions" in docs/leerwerkplaatsprofiel-format.md.', en: 'See "Format versions" in docs/leerwerkplaatsprofiel-format.md.' },
        },
      ]),
    };
  }
  const raw = upgraded.value;
  const fileName = ctx.fileId !== undefined ? fileNameFindings(raw, ctx.fileId) : [];

  const parsed = Leerwerkplaats.safeParse(raw);
  // The other rules need a well-formed profile; fix the schema problems first.
  if (!parsed.success) {
    return { problems: withFile([...schemaFindings(raw, parsed.error.issues, PROFILE_SCHEMA_FORMAT), ...fileName]) };
  }

  const profile = parsed.data;
  const findings = [
    ...fileName,
    ...duplicatePersonFindings(profile),
    ...(ctx.scenarios ? unknownScenarioFindings(profile, ctx.scenarios) : []),
    ...stalenessFindings(profile, { today: ctx.today, maxAgeDays: ctx.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS }),
    ...missingEnglishFindings(profile, Leerwerkplaats, PROFILE_SCHEMA_FORMAT.rootName),
  ];
  return { profile, problems: withFile(findings) };
}

/** Rules across files: profile ids must be unique (the matching aid and links use them). */
export function checkProfiles(results: readonly { file: string; profile?: Leerwerkplaats }[]): Problem[] {
  return duplicateIdsAcrossFiles(
    results.flatMap((r) => (r.profile ? [{ file: r.file, id: r.profile.id }] : [])),
    'duplicate-profile-id',
    { nl: 'profiel', en: 'profile' },
    {
      nl: 'Geef elk profiel een eigen id, en noem het bestand ernaar: scenes/leerwerkplaatsen/<id>.json.',
      en: 'Give each profile its own id, and name the file after it: scenes/leerwerkplaatsen/<id>.json.',
    },
  );
}
