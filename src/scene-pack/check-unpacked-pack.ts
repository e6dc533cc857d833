import { join } from 'node:path';
import { checkPack, checkScenario, type Problem } from '../core/checker.ts';
import { packProblem, type PackProblem } from '../core/pack-problems.ts';
import { readSceneManifest } from '../core/read-scene-manifest.ts';
import { scenarioMediaFiles } from '../core/scenario-media.ts';
import type { Scenario } from '../core/scenario-schema.ts';
import { MANIFEST_FILE, type SceneManifest } from '../core/scene-pack-manifest.ts';
import { fileMediaInfo } from './media-info.ts';
import { readPackJson } from './pack-json.ts';
import type { UnpackedEntry } from './unpack-pack.ts';

export interface PackScenarioFiles {
  /** "<zorgcategorie>/<id>", the folder in the pack and the catalog path once installed. */
  path: string;
  scenario: Scenario;
  /** Every file of the scenario folder in the pack, relative to it ("scenario.json", "media/a.jpg"). */
  files: string[];
}

export interface CheckedPack {
  problems: PackProblem[];
  manifest?: SceneManifest;
  scenarios: PackScenarioFiles[];
}

/** The media path as a pack path: "./media/a.jpg" in ouderenzorg/x is "ouderenzorg/x/media/a.jpg". */
const inPack = (folder: string, rel: string) =>
  `${folder}/${rel
    .split('/')
    .filter((s) => s !== '.')
    .join('/')}`;

/**
 * The rules across a pack unpacked into `dir` (by unpackPack): its manifest is valid (read
 * through core/read-content.ts, so older manifest formats are upgraded), lists exactly the files
 * that are there with their sha256, names each scenario as it is, every file is used by a
 * scenario, and each scenario passes the full checker of `npm run scenes:check` (errors refuse;
 * warnings do not).
 */
export async function checkUnpackedPack(dir: string, entries: ReadonlyMap<string, UnpackedEntry>, refused: ReadonlySet<string>): Promise<CheckedPack> {
  const problems: PackProblem[] = [];
  if (!entries.has(MANIFEST_FILE)) {
    if (!refused.has(MANIFEST_FILE)) problems.push(packProblem('no-manifest', MANIFEST_FILE, {}));
    return { problems, scenarios: [] };
  }
  const json = await readPackJson(join(dir, MANIFEST_FILE), MANIFEST_FILE);
  if (!json.ok) return { problems: [packProblem('manifest-invalid', MANIFEST_FILE, { where: '(JSON)', reason: json.problem.message.en })], scenarios: [] };
  const read = readSceneManifest(json.value);
  if (!read.ok) return { problems: [packProblem('manifest-invalid', MANIFEST_FILE, { where: read.pointer || '/', reason: read.message })], scenarios: [] };
  const manifest = read.value;

  const listed = new Map(manifest.files.map((f) => [f.path, f] as const));
  for (const [path, entry] of entries) {
    if (path === MANIFEST_FILE) continue;
    const want = listed.get(path);
    if (!want) problems.push(packProblem('not-in-manifest', path, {}));
    else if (want.sha256 !== entry.sha256 || want.bytes !== entry.bytes)
      problems.push(packProblem('checksum-mismatch', path, { expected: want.sha256, actual: entry.sha256 }));
  }
  // A file refused on its own (too large, a link…) is reported once, as that.
  for (const path of listed.keys()) if (!entries.has(path) && !refused.has(path)) problems.push(packProblem('missing-file', path, {}));

  const scenarios: PackScenarioFiles[] = [];
  const checked: { file: string; scenario?: Scenario }[] = [];
  const named = new Set<string>([MANIFEST_FILE]);
  const declared = new Set(manifest.scenarios.map((s) => s.path));
  for (const path of entries.keys()) {
    const folder = /^([a-z0-9-]+\/[a-z0-9-]+)\/scenario\.json$/.exec(path)?.[1];
    if (folder && !declared.has(folder))
      problems.push(packProblem('manifest-invalid', MANIFEST_FILE, { where: '/scenarios', reason: `${path} is in the pack but not in scenarios` }));
  }
  for (const [i, entry] of manifest.scenarios.entries()) {
    const file = `${entry.path}/scenario.json`;
    named.add(file);
    if (!entries.has(file)) continue;
    const parsed = await readPackJson(join(dir, ...file.split('/')), file);
    if (!parsed.ok) {
      problems.push(
        packProblem('scenario-problem', file, { pointer: '', rule: parsed.problem.rule, message: parsed.problem.message, fix: parsed.problem.fix }),
      );
      continue;
    }
    const [zorgcategorie, id] = entry.path.split('/') as [string, string];
    const result = await checkScenario(parsed.value, { file, folder: { zorgcategorie, id }, mediaInfo: fileMediaInfo(join(dir, zorgcategorie, id)) });
    problems.push(...result.problems.filter((p) => p.severity === 'error').map(asPackProblem));
    checked.push({ file, scenario: result.scenario });
    const scenario = result.scenario;
    if (!scenario) continue;
    for (const rel of scenarioMediaFiles(scenario)) named.add(inPack(entry.path, rel));
    if (scenario.version !== entry.version || scenario.formatVersion < entry.formatVersion) {
      problems.push(
        packProblem('manifest-invalid', MANIFEST_FILE, {
          where: `/scenarios/${i}`,
          reason: `says version ${entry.version}, but ${file} is version ${scenario.version}`,
        }),
      );
    }
    const prefix = `${entry.path}/`;
    scenarios.push({ path: entry.path, scenario, files: [...entries.keys()].filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length)) });
  }
  problems.push(...checkPack(checked).map(asPackProblem));
  for (const path of entries.keys()) if (!named.has(path)) problems.push(packProblem('not-named', path, {}));
  return { problems, manifest, scenarios };
}

function asPackProblem(p: Problem): PackProblem {
  return packProblem('scenario-problem', p.file, { pointer: p.pointer, rule: p.rule, message: p.message, fix: p.fix });
}
