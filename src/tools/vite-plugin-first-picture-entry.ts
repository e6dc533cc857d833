import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const START = resolve('src/app/first-picture-start.ts');

/**
 * The start scene's preview (app/first-picture.ts) starts from a script of its own, ahead of the
 * app's: a module runs only once all its static imports have arrived, so as the first import of
 * main.tsx it waited for React and the rest of the entry (about 150 KB on the wire) to arrive
 * and run. Vite bundles all of a page's module scripts into one entry, so this one is emitted
 * as a second entry, and its tag goes first in the page's head. The dev server has no bundle:
 * there main.tsx imports it.
 */
export function firstPictureEntryPlugin(): Plugin {
  let base = '/';
  return {
    name: 'bbvr-first-picture-entry',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    buildStart() {
      if (this.environment.name === 'client') this.emitFile({ type: 'chunk', id: START, name: 'first-picture' });
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.facadeModuleId === START);
        if (!chunk) throw new Error(`first-picture entry: the build has no chunk for ${START}`);
        return [{ tag: 'script', attrs: { type: 'module', crossorigin: true, src: `${base}${chunk.fileName}` }, injectTo: 'head-prepend' }];
      },
    },
  };
}
