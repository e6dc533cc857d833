import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { buildCatalog } from './build-catalog.ts';
import { isServedSceneFile, serveSceneRequest } from './scene-file-responder.ts';
import { filteredProfilesList, listFiles, XR_PROFILES, xrProfilesDir } from './xr-profiles.ts';

/**
 * Serves scene packs at /scenes/ (with a generated /scenes/index.json) and the XR input
 * profiles at /xr-profiles/, in dev and preview, and copies both into the build (for static
 * hosting).
 */
export function scenesPlugin(options: { dir?: string } = {}): Plugin {
  /** Scene pack to serve; SCENES_DIR (or `dir`) lets tests and other regions point at another pack. */
  const SCENES_DIR = resolve(options.dir ?? process.env.SCENES_DIR ?? 'scenes');

  const middleware = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => {
    serveSceneRequest(SCENES_DIR, req.url ?? '', req.headers.range, res).then(
      (handled) => {
        if (!handled) next();
      },
      (err: unknown) => {
        res.statusCode = 500;
        res.end(String(err));
      },
    );
  };

  return {
    name: 'beroepsbeeld-scenes',
    configureServer(server) {
      server.middlewares.use(middleware);
    },
    // Preview serves scenes live too, so a content edit shows after a reload, without a build.
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'scenes/index.json', source: JSON.stringify(await buildCatalog(SCENES_DIR, (m) => this.warn(m))) });
      for (const file of await listFiles(SCENES_DIR)) {
        const rel = relative(SCENES_DIR, file).split(sep).join('/');
        if (!isServedSceneFile(rel)) continue;
        this.emitFile({ type: 'asset', fileName: `scenes/${rel}`, source: await readFile(file) });
      }
      this.emitFile({ type: 'asset', fileName: 'xr-profiles/profilesList.json', source: await filteredProfilesList() });
      for (const id of XR_PROFILES) {
        const dir = join(xrProfilesDir(), id);
        for (const file of await listFiles(dir)) {
          const rel = relative(xrProfilesDir(), file).split(sep).join('/');
          this.emitFile({ type: 'asset', fileName: `xr-profiles/${rel}`, source: await readFile(file) });
        }
      }
    },
  };
}
