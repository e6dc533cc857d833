import { basename, dirname } from 'node:path';
import { ZORGCATEGORIEEN } from '../core/zorgcategorie.ts';

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
