import { resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { scenesPlugin } from '../../src/tools/vite-plugin-scenes.ts';

function urlOf(server: PreviewServer): string {
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return `http://127.0.0.1:${address.port}/`;
}

/**
 * Serves the production build (what `npm start` serves) on free loopback ports: once with the
 * real scenes (`baseUrl`) and once with the player-feature fixture pack (`fixtureUrl`).
 * `npm run test:browser` builds first.
 */
export default async function setup(project: TestProject) {
  const opts = { port: 0, host: '127.0.0.1', strictPort: false };
  const main = await preview({ preview: opts, logLevel: 'warn' });
  const fixture = await preview({
    configFile: false,
    plugins: [scenesPlugin({ dir: resolve('tests/browser/fixtures/scenes') })],
    preview: opts,
    logLevel: 'warn',
  });
  project.provide('baseUrl', urlOf(main));
  project.provide('fixtureUrl', urlOf(fixture));
  return async () => {
    await Promise.all([main.close(), fixture.close()]);
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    fixtureUrl: string;
  }
}
