import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Folder listings shared by the look-ups of one scenario, so each folder is read once. */
export type FolderListings = Map<string, Promise<string[]>>;

/**
 * Resolves `rel` inside `folder` segment by segment with exact upper/lower case, so a path that
 * works on a Windows or Mac laptop but not on a Linux server counts as missing. Returns
 * `{ found }`, or `{ otherCase }` when only a differently cased path exists.
 */
export async function resolveExactCase(folder: string, rel: string, listings: FolderListings): Promise<{ found: boolean; otherCase?: string }> {
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
