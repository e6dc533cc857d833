import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { readPackSnapshot } from './pack-snapshot.ts';
import { ScenarioStore } from './scenario-store.ts';
import { serveSceneRequest } from './scene-file-responder.ts';
import { CATALOG_FILE, openServedFile } from './served-files.ts';
import { filteredProfilesList, listFiles, XR_PROFILES, xrProfilesDir } from './xr-profiles.ts';

/**
 * In dev a content maker edits and reloads: a short cache still spares re-reading every
 * scenario for each of the dozens of media requests one page load makes.
 */
const DEV_CACHE_MS = 2_000;

/**
 * Serves scene packs at /scenes/ (with a generated /scenes/index.json) and the XR input
 * profiles at /xr-profiles/, in dev and preview, and copies both into the build (for static
 * hosting): the same files, by the same rule (servedFiles), as the server serves.
 */
export function scenesPlugin(options: { dir?: string } = {}): Plugin {
  /** Scene pack to serve; SCENES_DIR (or `dir`) lets tests and other regions point at another pack. */
  const SCENES_DIR = resolve(options.dir ?? process.env.SCENES_DIR ?? 'scenes');
  const pack = new ScenarioStore(SCENES_DIR, DEV_CACHE_MS, console.warn);

  const middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const url = req.url ?? '';
    serveSceneRequest(pack, url, req.headers.range, res).then(
      (handled) => {
        if (handled) return;
        // Nothing under these two falls through to the app's index.html: a missing file is a 404.
        if (!/^\/(scenes|xr-profiles)\//.test(url)) return next();
        res.statusCode = 404;
        res.end('Not found');
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
      const snapshot = await readPackSnapshot(SCENES_DIR, (m) => this.warn(m));
      this.emitFile({ type: 'asset', fileName: `scenes/${CATALOG_FILE}`, source: JSON.stringify(snapshot.catalog) });
      for (const [rel, served] of snapshot.files) {
        // Missing files and links out of the pack are left out, as the server would not serve them.
        const file = await openServedFile(served);
        if (file) this.emitFile({ type: 'asset', fileName: `scenes/${rel}`, source: await readFile(file.path) });
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
