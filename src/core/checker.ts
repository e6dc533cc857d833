/**
 * The scenario checker: everything that can be wrong in a scenario file, reported as problems
 * with a JSON pointer, a message and a fix in Dutch and English. Framework-free (no Node, no UI), so
 * the CLI (`npm run scenes:check`), the dev server and an in-app editor share it; reading files
 * is injected through `mediaInfo`.
 */
import { upgradeScenarioJson } from './format-upgrade.ts';
import { Scenario } from './scenario-schema.ts';
import { danglingTargetFindings, reachabilityFindings } from './checker/graph.ts';
import { duplicateIdsAcrossFiles } from './checker/cross-file.ts';
import { hotspotSpacingFindings } from './checker/hotspot-spacing.ts';
import { duplicateIdFindings } from './checker/ids.ts';
import { mediaFindings } from './checker/media.ts';
import { type Finding, type MediaInfoFn, type Problem } from './checker/problem.ts';
import { schemaFindings } from './checker/schema-issues.ts';
import { missingEnglishFindings } from './checker/translations.ts';
import { unknownVariableFindings } from './checker/variables.ts';

export { parseJsonText, type JsonParseResult } from './checker/json.ts';
export {
  countBySeverity,
  jsonPointer,
  PROBLEM_RULES,
  PROFILE_RULES,
  type MediaInfo,
  type MediaInfoFn,
  type Problem,
  type ProblemRule,
  type Severity,
} from './checker/problem.ts';

export interface CheckContext {
  /** Shown in problems; the CLI passes the path, an editor could pass a name. */
  file: string;
  /** Folder names when the file sits at `scenes/<zorgcategorie>/<scenario-id>/scenario.json`. */
  folder?: { zorgcategorie: string; id: string };
  /** Looks up a media file by its path relative to the scenario folder. */
  mediaInfo: MediaInfoFn;
}

export interface CheckResult {
  /** The parsed scenario (defaults applied) when it matches the schema, even with other problems. */
  scenario?: Scenario;
  problems: Problem[];
}

/** The app finds scenarios by folder, so folder names must match what the file says. */
function folderFindings(raw: unknown, folder: NonNullable<CheckContext['folder']>): Finding[] {
  const doc = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const out: Finding[] = [];
  const check = (key: 'zorgcategorie' | 'id', expected: string, level: { nl: string; en: string }) => {
    const actual = doc[key];
    if (typeof actual !== 'string' || actual === expected) return;
    out.push({
      pointer: `/${key}`,
      rule: 'folder-mismatch',
      severity: 'error',
      message: {
        nl: `${key} is "${actual}", maar het bestand staat in de ${level.nl}map "${expected}"`,
        en: `${key} is "${actual}" but the file is in the ${level.en} folder "${expected}"`,
      },
      fix: {
        nl: `Maak ze gelijk: zet "${key}": "${expected}", of verplaats het bestand naar de map "${actual}" (scenes/<zorgcategorie>/<scenario-id>/scenario.json).`,
        en: `Make them the same: set "${key}": "${expected}", or move the file to the folder "${actual}" (scenes/<zorgcategorie>/<scenario-id>/scenario.json).`,
      },
    });
  };
  check('zorgcategorie', folder.zorgcategorie, { nl: 'zorgcategorie', en: 'zorgcategorie' });
  check('id', folder.id, { nl: 'situatie', en: 'scenario' });
  return out;
}

export async function checkScenario(original: unknown, ctx: CheckContext): Promise<CheckResult> {
  const withFile = (findings: Finding[]): Problem[] => findings.map((f) => ({ file: ctx.file, ...f }));
  // Older formats are checked as the app reads them: upgraded first (core/format-upgrade.ts).
  const upgraded = upgradeScenarioJson(original);
  if (!upgraded.ok) {
    const { pointer, message } = upgraded.error;
    return {
      problems: withFile([
        {
          pointer,
          rule: 'schema',
          severity: 'error',
          message,
          fix: { nl: 'Zie "Format versions" in docs/scenario-format.md.', en: 'See "Format versions" in docs/scenario-format.md.' },
        },
      ]),
    };
  }
  const raw = upgraded.value;
  const folder = ctx.folder ? folderFindings(raw, ctx.folder) : [];

  const parsed = Scenario.safeParse(raw);
  // The other rules need a well-formed scenario; fix the schema problems first.
  if (!parsed.success) return { problems: withFile([...schemaFindings(raw, parsed.error.issues), ...folder]) };

  const scenario = parsed.data;
  const findings = [
    ...folder,
    ...duplicateIdFindings(scenario),
    ...danglingTargetFindings(scenario),
    ...reachabilityFindings(scenario),
    ...unknownVariableFindings(scenario),
    ...hotspotSpacingFindings(scenario),
    ...missingEnglishFindings(scenario),
    ...(await mediaFindings(scenario, ctx.mediaInfo)),
  ];
  return { scenario, problems: withFile(findings) };
}

/** Rules across files: scenario ids must be unique in a pack (logs and cards use them). */
export function checkPack(results: readonly { file: string; scenario?: Scenario }[]): Problem[] {
  return duplicateIdsAcrossFiles(
    results.flatMap((r) => (r.scenario ? [{ file: r.file, id: r.scenario.id }] : [])),
    'duplicate-scenario-id',
    { nl: 'situatie', en: 'scenario' },
    {
      nl: 'Geef elke situatie een eigen id (en mapnaam); sessies, logboeken en gesprekskaarten houden situaties uit elkaar aan hun id.',
      en: 'Give each scenario its own id (and folder name); sessions, logs and cards tell scenarios apart by id.',
    },
  );
}
