import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time under the given paths (files or folders). */
function newest(paths: string[]): number {
  let max = 0;
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const e of readdirSync(p)) walk(join(p, e));
    else max = Math.max(max, s.mtimeMs);
  };
  paths.forEach(walk);
  return max;
}

/**
 * `npm start` builds the app only when the build is missing or older than its sources, so a
 * second start is instant and a fresh clone still just works.
 */
export function ensureBuild(root: string, distDir: string): void {
  const index = join(distDir, 'index.html');
  const sources = ['src/app', 'src/player', 'src/core', 'src/sync', 'src/dashboard', 'index.html', 'public', 'vite.config.ts', 'package-lock.json'].map((p) =>
    join(root, p),
  );
  if (existsSync(index) && statSync(index).mtimeMs >= newest(sources)) return;
  console.log('Building the app (vite build)…');
  const r = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', distDir, '--emptyOutDir'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error('vite build failed; see the output above');
}
