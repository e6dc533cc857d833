import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import yazl from 'yazl';
import { scenarioMediaFiles } from '../core/scenario-media.ts';
import type { Scenario } from '../core/scenario-schema.ts';
import { SCENE_PACK_FORMAT_VERSION } from '../core/scene-pack-format-version.ts';
import { type ConsentConfirmation, MANIFEST_FILE, SceneManifest, type PackFile } from '../core/scene-pack-manifest.ts';
import type { PackSnapshot } from './pack-snapshot.ts';
import { openServedFile } from './served-files.ts';

/** One scenario to put in a pack: its folder on disk and the parsed scenario.json there. */
export interface PackSource {
  /** Catalog path "<zorgcategorie>/<id>": also its folder in the pack. */
  path: string;
  folder: string;
  scenario: Scenario;
}

export interface PackInfo {
  title: string;
  organisation: string;
  licence: string;
  credits?: string[];
  consentConfirmations?: ConsentConfirmation[];
  /** Default: now. */
  createdAt?: Date;
}

export class PackWriteError extends Error {}

/** The scenarios at these catalog paths as pack sources; undefined for a path the snapshot does not have. */
export function packSources(snapshot: PackSnapshot, paths: readonly string[]): (PackSource | undefined)[] {
  return paths.map((path) => {
    const scenario = snapshot.scenarios.get(path);
    const file = snapshot.files.get(`${path}/scenario.json`);
    return scenario && file ? { path, folder: file.folder, scenario } : undefined;
  });
}

function sha256Of(file: string): Promise<string> {
  return new Promise((done, fail) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (c) => hash.update(c))
      .once('end', () => done(hash.digest('hex')))
      .once('error', fail);
  });
}

const COMPRESSED = /\.(jpe?g|png|webp|mp4|m4v|webm|mp3|m4a|ogg|oga|opus)$/i;

/**
 * A scene pack .zip of the given scenarios, streamed: manifest.json first, then per scenario its
 * scenario.json exactly as on disk (so an import gets the same bytes back) and exactly the files
 * it names (the serving rule; a file linked out of its folder is never packed). The manifest
 * carries a sha256 of every file, computed before the zip is written.
 */
export async function writePack(sources: readonly PackSource[], info: PackInfo): Promise<{ manifest: SceneManifest; stream: Readable }> {
  const files: (PackFile & { abs: string })[] = [];
  for (const { path, folder, scenario } of sources) {
    const rels = [
      'scenario.json',
      ...scenarioMediaFiles(scenario).map((r) =>
        r
          .split('/')
          .filter((s) => s !== '.')
          .join('/'),
      ),
    ];
    for (const rel of new Set(rels)) {
      const found = await openServedFile({ folder, rel });
      if (!found) throw new PackWriteError(`${path}/${rel} is missing (or links out of its folder); run npm run scenes:check and fix it first.`);
      files.push({ path: `${path}/${rel}`, sha256: await sha256Of(found.path), bytes: found.size, abs: found.path });
    }
  }
  const manifest = SceneManifest.parse({
    formatVersion: SCENE_PACK_FORMAT_VERSION,
    title: info.title,
    organisation: info.organisation,
    licence: info.licence,
    credits: info.credits ?? [],
    createdAt: (info.createdAt ?? new Date()).toISOString(),
    scenarios: sources.map(({ path, scenario }) => ({
      path,
      id: scenario.id,
      zorgcategorie: scenario.zorgcategorie,
      version: scenario.version,
      formatVersion: scenario.formatVersion,
      title: scenario.title,
    })),
    files: files.map(({ path, sha256, bytes }) => ({ path, sha256, bytes })),
    ...(info.consentConfirmations?.length ? { consentConfirmations: info.consentConfirmations } : {}),
  });
  const zip = new yazl.ZipFile();
  const mtime = new Date(manifest.createdAt);
  zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), MANIFEST_FILE, { mtime });
  // Photos and video are compressed already; deflating them again costs time and saves nothing.
  for (const f of files) zip.addFile(f.abs, f.path, { mtime, compress: !COMPRESSED.test(f.path) });
  zip.end();
  return { manifest, stream: zip.outputStream as Readable };
}
