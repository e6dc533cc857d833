import { DEFAULT_PACK_LIMITS, type PackLimits } from '../core/pack-entry-rules.ts';
import { checkUnpackedPack, type CheckedPack } from './check-unpacked-pack.ts';
import { unpackPack } from './unpack-pack.ts';

const WHOLE_PACK = new Set(['not-a-zip', 'too-many-entries', 'pack-too-large']);

/**
 * A scene pack .zip read and judged in full: unpacked into `dir` entry by entry (unpack-pack.ts),
 * then its manifest, checksums and scenarios checked (check-unpacked-pack.ts). Installable only
 * when `problems` is empty; the caller owns `dir` (a temporary folder) either way.
 */
export async function readPack(zipFile: string, dir: string, limits: PackLimits = DEFAULT_PACK_LIMITS, packName = 'pack.zip'): Promise<CheckedPack> {
  const unpacked = await unpackPack(zipFile, dir, limits, packName);
  if (unpacked.problems.some((p) => WHOLE_PACK.has(p.code))) return { problems: unpacked.problems, scenarios: [] };
  const checked = await checkUnpackedPack(dir, unpacked.entries, new Set(unpacked.problems.map((p) => p.file)));
  return { ...checked, problems: [...unpacked.problems, ...checked.problems] };
}
