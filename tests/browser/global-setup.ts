import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { TestProject } from 'vitest/node';
import { addFacilitator } from '../../src/server/accounts.ts';
import { buildServer } from '../../src/server/build-server.ts';
import { openDatabase } from '../../src/server/db/open-database.ts';

export const FACILITATOR = { email: 'docent@roc-test.nl', password: 'browser-test-password', organisation: 'ROC Test' };
/** A content maker of the same organisation: makes scenarios, runs no sessions. */
export const MAKER = { email: 'maker@roc-test.nl', password: 'browser-maker-password', organisation: 'ROC Test' };
/**
 * Another organisation, on the fixture server only, with its own maker and begeleider: it adds
 * scene packs ROC Test shared (issue 11) and runs sessions with them.
 */
export const SECOND_ORGANISATION = {
  maker: { email: 'maker@zorggroep-test.nl', password: 'browser-zorggroep-maker', organisation: 'Zorggroep Test' },
  facilitator: { email: 'begeleider@zorggroep-test.nl', password: 'browser-zorggroep-begeleider', organisation: 'Zorggroep Test' },
};

/**
 * Serves the production build with the real server (what `npm start` runs) on free loopback
 * ports, each on its own temporary SQLite database: once with the real scenes (`baseUrl`) and
 * once with the player-feature fixture pack (`fixtureUrl`), where a second organisation has
 * accounts too. `npm run test:browser` builds first.
 */
export default async function setup(project: TestProject) {
  const servers: { app: FastifyInstance; close: () => Promise<void>; url: string }[] = [];
  for (const scenesDir of ['scenes', 'tests/browser/fixtures/scenes']) {
    const dataDir = mkdtempSync(join(tmpdir(), 'bbvr-browser-'));
    const database = await openDatabase({ dataDir });
    await addFacilitator(database.db, { ...FACILITATOR, role: 'beheerder' });
    await addFacilitator(database.db, { ...MAKER, role: 'maker' });
    if (scenesDir !== 'scenes') {
      await addFacilitator(database.db, { ...SECOND_ORGANISATION.maker, role: 'maker' });
      await addFacilitator(database.db, { ...SECOND_ORGANISATION.facilitator, role: 'begeleider' });
    }
    // Uploads and published scenarios go to the same temporary folder, gone with the server.
    const app = await buildServer({ database, dataDir, scenesDir: resolve(scenesDir), distDir: resolve('dist') });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('server has no port');
    servers.push({
      app,
      url: `http://127.0.0.1:${address.port}/`,
      close: async () => {
        await app.close();
        await database.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    });
  }
  project.provide('baseUrl', servers[0]!.url);
  project.provide('fixtureUrl', servers[1]!.url);
  project.provide('facilitator', FACILITATOR);
  project.provide('maker', MAKER);
  project.provide('secondOrganisation', SECOND_ORGANISATION);
  return async () => {
    await Promise.all(servers.map((s) => s.close()));
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    fixtureUrl: string;
    facilitator: { email: string; password: string; organisation: string };
    maker: { email: string; password: string; organisation: string };
    /** Accounts of "Zorggroep Test", on the fixture server (`fixtureUrl`) only. */
    secondOrganisation: {
      maker: { email: string; password: string; organisation: string };
      facilitator: { email: string; password: string; organisation: string };
    };
  }
}
