import { realpath } from 'node:fs/promises';
import { resolve, sep } from 'node:path';

/**
 * Where `rel` inside `folder` really is once symbolic links are followed, and whether that is
 * still inside the folder. A link out of a scenario folder would let a pack hand out any file of
 * the computer, so the checker refuses it and the server does not serve it. Undefined when
 * there is nothing there (also for a link to nothing).
 */
export async function realPathIn(folder: string, rel: string): Promise<{ real: string; inside: boolean } | undefined> {
  const [root, real] = await Promise.all([realpath(folder).catch(() => undefined), realpath(resolve(folder, rel)).catch(() => undefined)]);
  if (root === undefined || real === undefined) return undefined;
  return { real, inside: real.startsWith(root + sep) };
}
