/**
 * `npm run scenes:check [path…]` — checks scene packs (default `scenes/`) and prints every
 * problem with where it is and how to fix it. Exit code: 0 clean or warnings only, 1 errors
 * (or nothing to check), 2 a path that does not exist.
 *
 * Each kind of content file is a `ContentKind`; leerwerkplaatsprofielen (scenes/leerwerkplaatsen/)
 * will be added as a second kind next to scenarios.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import {
  checkPack,
  checkScenario,
  countBySeverity,
  parseJsonText,
  type MediaInfo,
  type MediaInfoFn,
  type Problem,
} from '../core/checker.ts';
import type { Scenario } from '../core/scenario-schema.ts';
import { ZORGCATEGORIEEN } from '../core/zorgcategorie.ts';
import { findScenarioFiles } from './scene-files.ts';

export type Log = (line: string) => void;

export interface CheckSummary {
  /** Files checked per kind, e.g. { scenario: 3 }. */
  files: Record<string, number>;
  errors: number;
  warnings: number;
  problems: Problem[];
  exitCode: 0 | 1 | 2;
}

/** One kind of content file this command checks. */
interface ContentKind {
  /** Used in the summary: "3 scenario(s)". */
  noun: string;
  find(paths: string[]): Promise<string[]>;
  /** Checks all files of this kind, including rules across files; `display` makes paths readable. */
  check(files: string[], display: (abs: string) => string): Promise<Problem[]>;
}

/** Audio and video are only checked for existence; everything else is measured with sharp. */
const AUDIO_VIDEO = /\.(mp4|m4v|mov|webm|mkv|mp3|m4a|aac|ogg|oga|opus|wav|flac)$/i;

/**
 * Resolves `rel` inside `folder` segment by segment with exact upper/lower case, so a path that
 * works on a Windows or Mac laptop but not on a Linux server counts as missing. Returns
 * `{ found }`, or `{ otherCase }` when only a differently cased path exists.
 */
async function resolveExactCase(
  folder: string,
  rel: string,
  listings: Map<string, Promise<string[]>>,
): Promise<{ found: boolean; otherCase?: string }> {
  let dir = folder;
  const actual: string[] = [];
  let caseDiffers = false;
  for (const segment of rel.split('/').filter((s) => s !== '' && s !== '.')) {
    let listing = listings.get(dir);
    if (!listing) {
      listing = readdir(dir).catch(() => []);
      listings.set(dir, listing);
    }
    const names = await listing;
    const name = names.includes(segment) ? segment : names.find((n) => n.toLowerCase() === segment.toLowerCase());
    if (name === undefined) return { found: false };
    caseDiffers ||= name !== segment;
    actual.push(name);
    dir = join(dir, name);
  }
  return caseDiffers ? { found: false, otherCase: actual.join('/') } : { found: true };
}

/** Media look-up for a scenario folder on disk: existence via fs, image size via sharp. */
export function fileMediaInfo(folder: string): MediaInfoFn {
  const listings = new Map<string, Promise<string[]>>();
  return async (rel: string): Promise<MediaInfo> => {
    const { found, otherCase } = await resolveExactCase(folder, rel, listings);
    if (!found) return otherCase ? { exists: false, otherCase } : { exists: false };
    const abs = resolve(folder, rel);
    if (!(await stat(abs)).isFile()) return { exists: true, error: 'this is a folder, not a file' };
    if (AUDIO_VIDEO.test(rel)) return { exists: true };
    try {
      const m = await sharp(abs).metadata();
      return { exists: true, width: m.width, height: m.height, format: m.format };
    } catch (e) {
      return { exists: true, error: e instanceof Error ? e.message : String(e) };
    }
  };
}

/**
 * The folder names a scenario file must match. Only for files that sit at
 * `scenes/<zorgcategorie>/<id>/scenario.json` (or under a known zorgcategorie folder), so
 * checking a loose file elsewhere does not complain about its folder.
 */
export function folderOf(file: string): { zorgcategorie: string; id: string } | undefined {
  if (basename(file) !== 'scenario.json') return undefined;
  const idDir = dirname(file);
  const categoryDir = dirname(idDir);
  const zorgcategorie = basename(categoryDir);
  const underScenes = basename(dirname(categoryDir)) === 'scenes';
  if (!underScenes && !(ZORGCATEGORIEEN as readonly string[]).includes(zorgcategorie)) return undefined;
  return { zorgcategorie, id: basename(idDir) };
}

const scenarioKind: ContentKind = {
  noun: 'scenario(s)',
  find: findScenarioFiles,
  async check(files, display) {
    const problems: Problem[] = [];
    const results: { file: string; scenario?: Scenario }[] = [];
    for (const abs of files) {
      const file = display(abs);
      const parsed = parseJsonText(await readFile(abs, 'utf8'), file);
      if (!parsed.ok) {
        problems.push(parsed.problem);
        continue;
      }
      const folder = folderOf(abs);
      const result = await checkScenario(parsed.value, {
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

const KINDS: ContentKind[] = [scenarioKind];

export function formatProblem(p: Problem): string {
  const where = p.pointer === '' ? p.file : `${p.file}:${p.pointer}`;
  return `${where}  ${p.severity} [${p.rule}] ${p.message}\n    fix: ${p.fix}`;
}

/** Checks the given files/folders and prints the report through `log`; never exits the process. */
export async function runCheck(paths: string[], log: Log = console.log, cwd = process.cwd()): Promise<CheckSummary> {
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
    problems.push(...(await kind.check(found, display)));
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
  const counts = Object.entries(files).map(([noun, n]) => `${n} ${noun}`);
  log(`${counts.join(', ')}, ${errors} error(s), ${warnings} warning(s)`);
  return { files, errors, warnings, problems: sorted, exitCode: errors > 0 ? 1 : 0 };
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log('Usage: npm run scenes:check [path…]   (default: scenes/; see docs/scenario-format.md)');
  } else {
    process.exitCode = (await runCheck(args)).exitCode;
  }
}
