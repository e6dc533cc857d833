/**
 * `npm run scenes:export -- --licence <SPDX id> --organisation "<name>" [--title T] [--credit C]…
 * [--out pack.zip] <zorgcategorie/id>…` — writes a scene pack .zip (docs/scene-packs.md) of
 * built-in scenarios (scenes/) and published ones (DATA_DIR/published), the same format the
 * editor's export gives. Exit code: 0 written, 1 a scenario missing or incomplete, 2 wrong usage.
 */
import { createWriteStream, existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { localize } from '../core/localized-text.ts';
import { SpdxLicence } from '../core/scene-pack-manifest.ts';
import { readPackRoots } from '../scene-pack/pack-snapshot.ts';
import { packSources, PackWriteError, writePack, type PackSource } from '../scene-pack/write-pack.ts';
import { storedConsent } from '../server/authoring/install-pack.ts';

const USAGE = `Usage: npm run scenes:export -- --licence <SPDX id> --organisation "<name>" [--title "<title>"] [--credit "<who>"]… [--out <file.zip>] <zorgcategorie/id>…
  Packs built-in scenarios (--scenes, default scenes/) and published ones (DATA_DIR/published, default data/published).
  --licence   an SPDX licence id, e.g. CC-BY-4.0, CC-BY-SA-4.0 or CC0-1.0 (https://spdx.org/licenses/)
  See docs/scene-packs.md.`;

export interface ExportArgs {
  paths: string[];
  licence: string;
  organisation: string;
  title?: string;
  credits: string[];
  out: string;
  scenesDir: string;
  dataDir: string;
}

export function parseExportArgs(argv: string[], env: Record<string, string | undefined> = process.env): ExportArgs | { error: string } | { help: true } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        licence: { type: 'string' },
        organisation: { type: 'string' },
        title: { type: 'string' },
        credit: { type: 'string', multiple: true },
        out: { type: 'string' },
        scenes: { type: 'string' },
      },
    });
  } catch (e) {
    return { error: `scenes:export: ${(e as Error).message}\n${USAGE}` };
  }
  const v = parsed.values;
  if (v.help) return { help: true };
  if (!parsed.positionals.length) return { error: `scenes:export: name at least one scenario as <zorgcategorie>/<id>.\n${USAGE}` };
  const licence = SpdxLicence.safeParse(v.licence ?? '');
  if (!licence.success) return { error: `scenes:export: --licence: ${licence.error.issues[0]!.message}` };
  if (!v.organisation?.trim()) return { error: 'scenes:export: --organisation "<name>" is required: the manifest says who made the pack.' };
  const paths = parsed.positionals.map((p) => p.replace(/\/+$/, ''));
  return {
    paths,
    licence: licence.data,
    organisation: v.organisation.trim(),
    ...(v.title ? { title: v.title } : {}),
    credits: v.credit ?? [],
    out: v.out ?? `${paths.length === 1 ? paths[0]!.replace('/', '-') : 'scenarios'}.zip`,
    scenesDir: resolve(v.scenes ?? 'scenes'),
    dataDir: resolve(env.DATA_DIR ?? 'data'),
  };
}

/** Writes the pack; never exits the process. */
export async function runExport(args: ExportArgs, log: (line: string) => void = console.log): Promise<0 | 1> {
  const published = join(args.dataDir, 'published');
  const snapshot = await readPackRoots(existsSync(published) ? [args.scenesDir, published] : [args.scenesDir], log);
  const found = packSources(snapshot, args.paths);
  const missing = args.paths.filter((_, i) => !found[i]);
  if (missing.length) {
    log(`scenes:export: no scenario ${missing.join(', ')} in ${args.scenesDir} or ${published} (or it does not pass the format; run npm run scenes:check).`);
    return 1;
  }
  const sources = found as PackSource[];
  const consent = (await Promise.all(sources.map((s) => storedConsent(s.folder, s.path, s.scenario)))).flat();
  const out = resolve(args.out);
  const part = `${out}.part`;
  try {
    const pack = await writePack(sources, {
      title: args.title ?? (sources.length === 1 ? localize(sources[0]!.scenario.title, 'nl') : `${args.organisation}: ${sources.length} scenario's`),
      organisation: args.organisation,
      licence: args.licence,
      credits: args.credits,
      consentConfirmations: consent,
    });
    await pipeline(pack.stream, createWriteStream(part));
    await rename(part, out);
    log(
      `scenes:export: ${out}: ${pack.manifest.scenarios.map((s) => `${s.path} ${s.version}`).join(', ')}; ${pack.manifest.files.length} file(s), licence ${args.licence}.`,
    );
    return 0;
  } catch (e) {
    await rm(part, { force: true });
    if (e instanceof PackWriteError) {
      log(`scenes:export: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const args = parseExportArgs(process.argv.slice(2));
  if ('help' in args) console.log(USAGE);
  else if ('error' in args) {
    console.log(args.error);
    process.exitCode = 2;
  } else process.exitCode = await runExport(args);
}
