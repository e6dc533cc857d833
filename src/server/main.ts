import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import QRCode from 'qrcode';
import { buildServer } from './build-server.ts';
import { openDatabase } from './db/open-database.ts';
import { ensureBuild } from './ensure-build.ts';
import { loadOrCreateCertificate } from './https-certificate.ts';
import { lanAddresses, publicUrls } from './lan-address.ts';
import { lrsConfigFromEnv } from './lrs-forwarder.ts';
import { xapiAccountHomePageFromEnv } from './xapi-settings.ts';
import { formatFirstRunCode, newFirstRunCode } from './setup/first-run-code.ts';

const USAGE = `npm start [-- options]
  --https          serve HTTPS (headsets need it for WebXR on the LAN); self-signed unless --cert/--key
  --cert FILE      certificate (PEM) for --https (implies --https; needs --key)
  --key FILE       private key (PEM) for --https (implies --https; needs --cert)
  --port N         port (default: PORT or 8080)
  --host ADDR      address to listen on (default 0.0.0.0: reachable on the LAN)
  --no-build       do not build the app first
Environment: PORT, DATA_DIR (default ./data), DATABASE_URL (postgres://… instead of SQLite),
SCENES_DIR (default ./scenes), LOG=1 for request logs, LRS_URL (+ LRS_USERNAME, LRS_PASSWORD)
to forward every event as an xAPI statement, XAPI_ACCOUNT_HOMEPAGE (this installation's URL)
as the homePage of the xAPI actor account, SOURCE_MAPS=1 to serve the build's source maps.`;

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        https: { type: 'boolean' },
        cert: { type: 'string' },
        key: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        'no-build': { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }).values;
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (args.help) return console.log(USAGE);
  // Digits only: Number('') is 0 (a random port) and Number(' 0x50') is 80.
  const portText = args.port ?? process.env.PORT ?? '8080';
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new Error(`port "${portText}" is not a port number (0–65535)`);
  const host = args.host ?? process.env.HOST ?? '0.0.0.0';
  const root = resolve(import.meta.dirname, '../..');
  const dataDir = resolve(process.env.DATA_DIR ?? 'data');
  const distDir = resolve(process.env.DIST_DIR ?? join(root, 'dist'));
  if (!args['no-build']) ensureBuild(root, distDir);

  const lan = lanAddresses();
  // A certificate or key means HTTPS, also without --https; loadOrCreateCertificate checks the pair.
  const tls =
    args.https || args.cert !== undefined || args.key !== undefined
      ? await loadOrCreateCertificate({ certFile: args.cert, keyFile: args.key, dataDir, hosts: lan })
      : undefined;
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir });
  // No account yet: the first beheerder can be made in the browser, here or with this code.
  const noAccount = !(await database.db.selectFrom('facilitators').select('id').limit(1).executeTakeFirst());
  const firstRunCode = noAccount ? newFirstRunCode() : undefined;
  const app = await buildServer({
    firstRunCode,
    database,
    scenesDir: process.env.SCENES_DIR ?? join(root, 'scenes'),
    distDir,
    https: tls,
    logger: process.env.LOG === '1',
    purgeSchedule: true,
    lrs: lrsConfigFromEnv(process.env),
    xapiAccountHomePage: xapiAccountHomePageFromEnv(process.env),
    dataDir,
    serveSourceMaps: process.env.SOURCE_MAPS === '1',
  });
  await app.listen({ port, host });
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const scheme = tls ? 'https' : 'http';
  // Known only now: the port bound (--port 0), and whether devices on the LAN can reach us at all.
  app.ctx.publicUrls = publicUrls(scheme, host, actualPort, lan);
  const urls = [`${scheme}://localhost:${actualPort}/`, ...app.ctx.publicUrls];
  console.log(`\nBeroepsbeeld VR draait / is running (${database.describe})`);
  for (const u of urls) console.log(`  ${u}`);
  if (tls) console.log(`  certificate: ${tls.source}`);
  if (firstRunCode) {
    console.log(`\nEerste keer / first run: open ${urls[0]}#/begeleider en maak het eerste account (beheerder).`);
    console.log(`Op een andere computer vraagt de pagina deze code / on another computer the page asks for this code:`);
    console.log(`  ${formatFirstRunCode(firstRunCode)}`);
    console.log('(Of in de terminal / or in the terminal: npm run user:add)');
  }
  if (urls[1]) {
    console.log(`\nScan op de headset of telefoon / scan on the headset or phone:`);
    console.log(await QRCode.toString(urls[1]!, { type: 'terminal', small: true }));
    if (!tls) console.log('Headsets need HTTPS for VR on the LAN: npm start -- --https');
  }

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) {
      console.log('Second signal: stopping now.');
      process.exit(1);
    }
    closing = true;
    console.log(`\n${signal}: stopping — finishing requests in progress, then closing the database…`);
    try {
      await app.close();
      await database.close();
      console.log('Stopped cleanly.');
      process.exit(0);
    } catch (e) {
      console.error(e);
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((e: Error) => {
  console.error(`Cannot start: ${e.message}`);
  process.exit(1);
});
