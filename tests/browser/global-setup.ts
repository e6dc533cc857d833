import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

/**
 * Serves the production build (what `npm start` serves) on a free loopback port for the
 * browser tests. `npm run test:browser` builds first.
 */
export default async function setup(project: TestProject) {
  const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  return async () => {
    await server.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
