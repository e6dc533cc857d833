import type { Kysely } from 'kysely';
import type { XapiOptions } from '../core/xapi-statements.ts';
import type { DatabaseKind } from './db/open-database.ts';
import type { Database } from './db/schema.ts';
import type { LiveHub } from './live-hub.ts';
import type { LrsForwarder } from './lrs-forwarder.ts';
import type { ScenarioStore } from '../scene-pack/scenario-store.ts';
import type { Authoring } from './authoring/authoring-setup.ts';

/** What every route needs, passed explicitly (no globals) so tests can build several servers. */
export interface ServerContext {
  db: Kysely<Database>;
  dbKind: DatabaseKind;
  hub: LiveHub;
  now: () => number;
  scenesDir: string;
  /** Cookies get Secure and the __Host- prefix only when served over HTTPS (or told so behind a proxy). */
  secureCookies: boolean;
  /** Base IRI for xAPI ids and extensions, and the actor account's homePage: the same for export and forwarding. */
  xapi: XapiOptions;
  scenarios: ScenarioStore;
  /** LAN addresses devices can reach this server on (for QR codes made on a localhost dashboard). */
  publicUrls: string[];
  /** How often a live stream re-checks that its login or token and its session are still valid. */
  liveRecheckMs: number;
  /** Forwarding to an external LRS, when LRS_URL is set. */
  lrs: LrsForwarder | undefined;
  /** Uploads, their storage and background processing, published packs (issue 10). */
  authoring: Authoring;
}
