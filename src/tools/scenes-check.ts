/**
 * `npm run scenes:check [path…]` — checks scene packs (default `scenes/`) and prints every
 * problem with where it is and how to fix it. Exit code: 0 clean or warnings only, 1 errors
 * (or nothing to check), 2 a path that does not exist.
 *
 * Each kind of content file is a `ContentKind`: scenarios (scenes/<zorgcategorie>/<id>/scenario.json)
 * and leerwerkplaatsprofielen (scenes/leerwerkplaatsen/<id>.json).
 *
 * Profiles get a stale-profile warning when a volatile block was checked longer ago than
 * `--max-age-days N` (or env LEERWERKPLAATS_MAX_AGE_DAYS; default 183, about six months).
 */
import { stat } from 'node:fs/promises';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { checkPack, checkScenario, countBySeverity, type Problem } from '../core/checker.ts';
import { checkProfile, checkProfiles, DEFAULT_MAX_AGE_DAYS } from '../core/leerwerkplaats-checker.ts';
import type { Leerwerkplaats } from '../core/leerwerkplaats-schema.ts';
import type { Scenario } from '../core/scenario-schema.ts';
import { findProfileFiles, isInProfileFolder, listScenarioRefs } from '../scene-pack/leerwerkplaats-files.ts';
import { fileMediaInfo } from '../scene-pack/media-info.ts';
import { parsedFiles } from '../scene-pack/pack-json.ts';
import { findScenarioFiles } from '../scene-pack/scenario-files.ts';
import { folderOf } from '../scene-pack/scenario-folder.ts';

export type Log = (line: string) => void;

export interface CheckSummary {
  /** Files checked per kind, e.g. { scenario: 3 }. */
  files: Record<string, number>;
  errors: number;
  warnings: number;
  problems: Problem[];
  exitCode: 0 | 1 | 2;
}

export interface CheckOptions {
  /** "Now" as yyyy-mm-dd for the staleness of profiles; default: today on this computer. */
  today?: string;
  /** Age in days after which a volatile profile block gets a stale-profile warning. */
  maxAgeDays?: number;
}

/** One kind of content file this command checks. */
interface ContentKind {
  /** Used in the summary: "3 scenario(s)". */
  noun: string;
  find(paths: string[]): Promise<string[]>;
  /** Checks all files of this kind, including rules across files; `display` makes paths readable. */
  check(files: string[], display: (abs: string) => string, options: Required<CheckOptions>): Promise<Problem[]>;
}

const scenarioKind: ContentKind = {
  noun: 'scenario(s)',
  // A .json named on the command line counts as a scenario, unless it is a profile (or its schema).
  find: async (paths) => (await findScenarioFiles(paths)).filter((f) => !isInProfileFolder(f)),
  async check(files, display) {
    const problems: Problem[] = [];
    const results: { file: string; scenario?: Scenario }[] = [];
    for await (const { abs, file, value } of parsedFiles(files, display, problems)) {
      const folder = folderOf(abs);
      const result = await checkScenario(value, {
        file,
        ...(folder ? { folder } : {}),
        mediaInfo: fileMediaInfo(dirname(abs)),
      });
      problems.push(...result.problems);
      results.push({ file, scenario: result.scenario });
    }
    return [...problems, ...checkPack(results)];
  },
};

const profileKind: ContentKind = {
  noun: 'leerwerkplaatsprofiel(en)',
  find: findProfileFiles,
  async check(files, display, { today, maxAgeDays }) {
    const problems: Problem[] = [];
    const results: { file: string; profile?: Leerwerkplaats }[] = [];
    // Profiles link scenarios of their own pack: scenes/leerwerkplaatsen/.. is the scenes folder.
    const refsByPack = new Map<string, Promise<Set<string>>>();
    for await (const { abs, file, value } of parsedFiles(files, display, problems)) {
      const pack = dirname(dirname(abs));
      if (!refsByPack.has(pack)) refsByPack.set(pack, listScenarioRefs(pack));
      const result = checkProfile(value, {
        file,
        fileId: basename(abs, '.json'),
        scenarios: await refsByPack.get(pack)!,
        today,
        maxAgeDays,
      });
      problems.push(...result.problems);
      results.push({ file, profile: result.profile });
    }
    return [...problems, ...checkProfiles(results)];
  },
};

const KINDS: ContentKind[] = [scenarioKind, profileKind];

/** Today on this computer as yyyy-mm-dd (local time: "today" as the beheerder sees it). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The same words the editor shows next to the field: Dutch first, then English. */
export function formatProblem(p: Problem): string {
  const where = p.pointer === '' ? p.file : `${p.file}:${p.pointer}`;
  return `${where}  ${p.severity} [${p.rule}] ${p.message.nl}\n    ${p.message.en}\n    oplossing: ${p.fix.nl}\n    fix: ${p.fix.en}`;
}

/** Checks the given files/folders and prints the report through `log`; never exits the process. */
export async function runCheck(paths: string[], log: Log = console.log, cwd = process.cwd(), options: CheckOptions = {}): Promise<CheckSummary> {
  const resolved = { today: options.today ?? localToday(), maxAgeDays: options.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS };
  const targets = (paths.length ? paths : ['scenes']).map((p) => resolve(cwd, p));
  const display = (abs: string) => relative(cwd, abs).split(sep).join('/') || '.';
  const empty = { files: {}, errors: 0, warnings: 0, problems: [] };

  for (const target of targets) {
    const exists = await stat(target).then(
      () => true,
      () => false,
    );
    if (!exists) {
      log(`scenes:check: "${display(target)}" does not exist. Give a scenes folder or a scenario.json file.`);
      return { ...empty, exitCode: 2 };
    }
  }

  const files: Record<string, number> = {};
  const problems: Problem[] = [];
  for (const kind of KINDS) {
    const found = await kind.find(targets);
    files[kind.noun] = found.length;
    problems.push(...(await kind.check(found, display, resolved)));
  }
  const total = Object.values(files).reduce((a, b) => a + b, 0);
  if (total === 0) {
    log(`scenes:check: no scenario files (scenario.json) found in ${targets.map(display).join(', ')}.`);
    return { ...empty, files, exitCode: 1 };
  }

  // Grouped by file so a content maker sees one scenario together, errors (to fix first) on top.
  const order = new Map([...new Set(problems.map((p) => p.file))].map((f, i) => [f, i]));
  const rank = (p: Problem) => order.get(p.file)! * 2 + (p.severity === 'error' ? 0 : 1);
  const sorted = [...problems].sort((a, b) => rank(a) - rank(b));
  for (const p of sorted) log(formatProblem(p));

  const { errors, warnings } = countBySeverity(problems);
  // Kinds with no files are left out, so a scenario-only pack reports as before.
  const counts = Object.entries(files)
    .filter(([, n]) => n > 0)
    .map(([noun, n]) => `${n} ${noun}`);
  log(`${counts.join(', ')}, ${errors} error(s), ${warnings} warning(s)`);
  return { files, errors, warnings, problems: sorted, exitCode: errors > 0 ? 1 : 0 };
}

const USAGE = `Usage: npm run scenes:check [--max-age-days N] [path…]
  Checks scenarios and leerwerkplaatsprofielen (default: scenes/).
  --max-age-days N   warn (stale-profile) when a volatile block of a profile was checked more than
                     N days ago; default ${DEFAULT_MAX_AGE_DAYS} (six months), or env LEERWERKPLAATS_MAX_AGE_DAYS.
  See docs/scenario-format.md and docs/leerwerkplaatsprofiel-format.md.`;

/** Parses the command line; a message instead of options when it is wrong. */
export function parseCliArgs(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
): { help: true } | { error: string } | { paths: string[]; options: CheckOptions } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' }, 'max-age-days': { type: 'string' } },
    });
  } catch (e) {
    return { error: `scenes:check: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (parsed.values.help) return { help: true };
  const raw = parsed.values['max-age-days'] ?? env.LEERWERKPLAATS_MAX_AGE_DAYS;
  if (raw === undefined || raw === '') return { paths: parsed.positionals, options: {} };
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < 1) {
    return { error: `scenes:check: --max-age-days (or LEERWERKPLAATS_MAX_AGE_DAYS) must be a whole number of days, at least 1; got "${raw}".` };
  }
  return { paths: parsed.positionals, options: { maxAgeDays: Number(raw) } };
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const cli = parseCliArgs(process.argv.slice(2));
  if ('help' in cli) {
    console.log(USAGE);
  } else if ('error' in cli) {
    console.log(cli.error);
    process.exitCode = 2;
  } else {
    process.exitCode = (await runCheck(cli.paths, console.log, process.cwd(), cli.options)).exitCode;
  }
}
