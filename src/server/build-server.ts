import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ApiError } from '../core/api/api-error.ts';
import { serveSceneRequest } from '../scene-pack/scene-file-responder.ts';
import { isForeignKeyViolation } from './db/foreign-key-violation.ts';
import type { OpenDatabase } from './db/open-database.ts';
import { requireFacilitator } from './facilitator-auth.ts';
import { HttpError } from './http-error.ts';
import { LiveHub } from './live-hub.ts';
import { type LrsConfig, LrsForwarder } from './lrs-forwarder.ts';
import { gone } from './participation-lock.ts';
import { purgeExpired } from './retention.ts';
import { authRoutes } from './routes/auth-routes.ts';
import { classRoutes } from './routes/class-routes.ts';
import { notesRoutes } from './routes/notes-routes.ts';
import { deviceRoutes, type DeviceLimits } from './routes/device-routes.ts';
import { exportRoutes } from './routes/export-routes.ts';
import { liveRoutes } from './routes/live-routes.ts';
import { organisationRoutes } from './routes/organisation-routes.ts';
import { sessionRoutes } from './routes/session-routes.ts';
import { profileRoutes } from './profiles/profile-routes.ts';
import { teamLinkRoutes } from './profiles/team-link-routes.ts';
import { setupRoutes } from './setup/setup-routes.ts';
import { ScenarioStore } from '../scene-pack/scenario-store.ts';
import { DEFAULT_TIMEOUTS, enforceBodyRate, nodeServerTimeouts, type RequestTimeouts } from './request-timeouts.ts';
import { isCrossSiteRequest } from './security/cross-site.ts';
import type { ServerContext } from './server-context.ts';
import type { ServerInfo } from '../core/api/server-info.ts';
import { authoringRoutes } from './authoring/authoring-routes.ts';
import { createAuthoring } from './authoring/authoring-setup.ts';
import { repairCurrentVersions } from './authoring/published-pack.ts';
import type { ProcessorOptions } from './authoring/upload-processor.ts';

export interface ServerOptions {
  database: OpenDatabase;
  scenesDir?: string;
  /** The built app (vite build). Without it only the API and scenes are served. */
  distDir?: string;
  https?: { key: string | Buffer; cert: string | Buffer };
  /** Behind a TLS-terminating proxy: set cookies Secure although this process speaks HTTP. */
  secureCookies?: boolean;
  now?: () => number;
  logger?: boolean;
  limits?: Partial<typeof DEFAULT_LIMITS>;
  /** Base IRI of xAPI ids and extensions (default https://beroepsbeeld-vr.nl/xapi). */
  xapiBaseIri?: string;
  /** `actor.account.homePage` of xAPI statements (XAPI_ACCOUNT_HOMEPAGE; default: the base IRI). */
  xapiAccountHomePage?: string;
  /** Forward every stored event to this LRS as xAPI statements. */
  lrs?: LrsConfig;
  /** Addresses devices can reach this server on (LAN), shown on the dashboard next to the join code. */
  publicUrls?: string[];
  /** Run the retention purge at start and then daily (off in tests that control time). */
  purgeSchedule?: boolean;
  /** Serve the build's source maps (`.map`); off by default. */
  serveSourceMaps?: boolean;
  /** How often live streams re-check their login or token and session (default 15 s; tests use less). */
  liveRecheckMs?: number;
  /** How long clients may take to send a request (DEFAULT_TIMEOUTS; tests use less). */
  timeouts?: Partial<RequestTimeouts>;
  /** While there is no account: the one-time code that lets the first beheerder be made from another computer (npm start prints it). */
  firstRunCode?: string;
  /** DATA_DIR: uploads, published scenarios (authoring). Without it, a temporary folder that goes with the server. */
  dataDir?: string;
  /** Worker threads and image size of upload processing. */
  uploadProcessing?: ProcessorOptions;
}

/** Files the build also writes as .br and .gz (vite.config.ts), with the compressed names. */
const COMPRESSIBLE = /\.(html|js|mjs|css|svg|json|webmanifest)(\.br|\.gz)?$/;

const DAY_MS = 24 * 60 * 60_000;

/** For the few answers given before the hooks run: nothing cached, nothing to render or frame. */
const ROUTER_ERROR_HEADERS = {
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

type RateLimit = { max: number; timeWindow: number };

/** Why each number, in docs/api.md ("Limits"). */
export const DEFAULT_LIMITS: DeviceLimits & { login: RateLimit; tryCode: RateLimit; teamLink: RateLimit; setup: RateLimit } = {
  login: { max: 10, timeWindow: 60_000 },
  teamLink: { max: 60, timeWindow: 60_000 },
  setup: { max: 10, timeWindow: 60_000 },
  join: { max: 30, timeWindow: 60_000 },
  events: { max: 120, timeWindow: 60_000 },
  gaze: { max: 60, timeWindow: 60_000 },
  volume: { eventsPerParticipant: 5_000, eventsPerSession: 50_000, participantsPerSession: 1_000 },
  tryCode: { max: 30, timeWindow: 60_000 },
};

/**
 * The one process: app, scene packs and API. Built as a function (not a module with side
 * effects) so tests run many servers, each on its own database, through `inject` or a port.
 */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const secure = options.secureCookies ?? Boolean(options.https);
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const nodeTimeouts = nodeServerTimeouts(timeouts);
  const app = Fastify({
    logger: options.logger ? { level: 'info', redact: ['req.headers.authorization', 'req.headers.cookie'] } : false,
    ...(options.https ? { https: { ...options.https, ...nodeTimeouts } } : { http: nodeTimeouts }),
    // Fastify sets the server's requestTimeout itself (0, none, by default): give it ours.
    requestTimeout: timeouts.requestMs,
    bodyLimit: 256 * 1024,
    // While closing, new requests get 503 (the device retries); in-flight ones finish.
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    // Broken %-encoding and over-long path parameters are answered by the router before any hook
    // runs (no helmet, no Cache-Control) and in Fastify's own shape: answer them like every other error.
    frameworkErrors: (error, _request, reply) => {
      const tooLong = error.statusCode === 414;
      const body: ApiError = tooLong
        ? { error: 'too-long', message: 'A part of the address is too long.' }
        : { error: 'bad-url', message: 'The address is not valid (broken %-encoding).' };
      return (reply as FastifyReply)
        .code(tooLong ? 414 : 400)
        .headers(ROUTER_ERROR_HEADERS)
        .send(body);
    },
  }) as unknown as FastifyInstance;

  const authoring = createAuthoring(options.dataDir, options.database.db, options.now ?? Date.now, options.uploadProcessing, (m) => app.log.warn(m));
  const ctx: ServerContext = {
    db: options.database.db,
    dbKind: options.database.kind,
    hub: new LiveHub(),
    now: options.now ?? Date.now,
    scenesDir: resolve(options.scenesDir ?? 'scenes'),
    secureCookies: secure,
    xapi: {
      baseIri: options.xapiBaseIri ?? 'https://beroepsbeeld-vr.nl/xapi',
      ...(options.xapiAccountHomePage ? { accountHomePage: options.xapiAccountHomePage } : {}),
    },
    // The built-in pack and the published scenarios of every organisation: one catalog, one serving rule.
    scenarios: new ScenarioStore([resolve(options.scenesDir ?? 'scenes'), authoring.publishedDir]),
    lrs: undefined,
    publicUrls: options.publicUrls ?? [],
    liveRecheckMs: options.liveRecheckMs ?? 15_000,
    authoring,
  };
  if (options.lrs) {
    ctx.lrs = new LrsForwarder(ctx.db, ctx.scenarios, options.lrs, ctx.xapi, ctx.now);
    ctx.lrs.start();
  }
  app.decorate('ctx', ctx);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };

  enforceBodyRate(app, timeouts);
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_req, c) => ({
      statusCode: 429,
      error: 'rate-limited',
      message: `Te veel pogingen; probeer het over ${Math.ceil(c.ttl / 1000)} seconden opnieuw. / Too many attempts; try again in ${Math.ceil(c.ttl / 1000)} s.`,
    }),
  });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // React and three set style attributes; no inline <style> from outside comes in.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'blob:'],
        // three's GLTFLoader fetches the controller models' textures from blob: URLs.
        connectSrc: ["'self'", 'blob:', 'data:'],
        workerSrc: ["'self'", 'blob:'],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(options.https ? { upgradeInsecureRequests: [] } : { upgradeInsecureRequests: null }),
      },
    },
    // Only when served over HTTPS: HSTS on a plain-HTTP laptop would lock browsers out of it.
    strictTransportSecurity: options.https ? { maxAge: 180 * 24 * 3600 } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
  });

  // A keep-alive connection whose request was in progress when close() began would stay open
  // for keepAliveTimeout (72 s) after its answer and hold up the shutdown: answer, then hang up.
  let closing = false;
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('Connection', 'close');
    done(null, payload);
  });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('Permissions-Policy', 'xr-spatial-tracking=(self), camera=(), microphone=(), geolocation=()');
    if (request.url.startsWith('/api/')) {
      // Personal data must not sit in a browser or proxy cache.
      reply.header('Cache-Control', 'no-store');
      if (isCrossSiteRequest(request)) throw new HttpError(403, 'cross-site', 'Cross-site requests are refused (CSRF protection).');
    }
  });

  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    if (error instanceof HttpError) return reply.code(error.status).headers(error.headers).send(error.toBody());
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const known: Record<string, [string, string]> = {
        FST_ERR_CTP_INVALID_JSON_BODY: ['invalid-json', 'The body is not valid JSON.'],
        FST_ERR_CTP_EMPTY_JSON_BODY: ['invalid-json', 'The body is empty; send JSON.'],
        FST_ERR_CTP_BODY_TOO_LARGE: ['too-large', 'The body is too large; send smaller batches.'],
        FST_ERR_CTP_INVALID_MEDIA_TYPE: ['unsupported-media-type', 'Send the body as application/json.'],
        FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['invalid-length', 'Content-Length does not match the body.'],
        BODY_TIMEOUT: ['body-timeout', 'The body came too slowly; nothing was stored. Send it again.'],
      };
      const [code, message] = known[error.code ?? ''] ?? [status === 429 ? 'rate-limited' : 'bad-request', error.message];
      const body: ApiError = { error: code, message };
      return reply.code(status).send(body);
    }
    if (isForeignKeyViolation(error)) return reply.code(410).send(gone().toBody());
    request.log.error(error);
    const body: ApiError = { error: 'server-error', message: 'Something went wrong on the server; nothing was stored. Try again.' };
    return reply.code(500).send(body);
  });

  app.setNotFoundHandler((request, reply) => {
    const body: ApiError = { error: 'not-found', message: `No such address: ${request.method} ${request.url.split('?')[0]}` };
    return reply.code(404).send(body);
  });

  authRoutes(app, ctx, limits.login);
  sessionRoutes(app, ctx);
  deviceRoutes(app, ctx, limits);
  exportRoutes(app, ctx);
  organisationRoutes(app, ctx);
  liveRoutes(app, ctx);
  classRoutes(app, ctx, limits.gaze);
  app.get('/api/server-info', async (request) => {
    await requireFacilitator(ctx, request);
    return { urls: ctx.publicUrls, database: ctx.dbKind, lrs: ctx.lrs !== undefined } satisfies ServerInfo;
  });
  notesRoutes(app, ctx);
  authoringRoutes(app, ctx, limits.tryCode);
  profileRoutes(app, ctx);
  teamLinkRoutes(app, ctx, limits.teamLink);
  setupRoutes(app, ctx, options.firstRunCode, limits.setup);

  // Scene packs and XR profiles are read from disk (an edit shows within the store's short cache),
  // with byte ranges for Safari's video, by the same code the dev server uses: exactly the files
  // the scenarios name, from the same snapshot as the catalog the API checks sessions against.
  for (const prefix of ['/scenes/*', '/xr-profiles/*']) {
    app.get(prefix, async (request, reply) => {
      reply.hijack();
      for (const [k, v] of Object.entries(reply.getHeaders())) if (v !== undefined) reply.raw.setHeader(k, v as string);
      reply.raw.setHeader('Cache-Control', 'no-cache');
      if (closing) reply.raw.setHeader('Connection', 'close');
      const handled = await serveSceneRequest(ctx.scenarios, request.url, request.headers.range, reply.raw).catch(() => false);
      if (!handled && !reply.raw.headersSent) {
        reply.raw.writeHead(404, { 'Content-Type': 'application/json' });
        reply.raw.end(JSON.stringify({ error: 'not-found', message: `No such file: ${request.url}` }));
      }
    });
  }

  const distDir = options.distDir ? resolve(options.distDir) : undefined;
  if (distDir && existsSync(distDir)) {
    await app.register(fastifyStatic, {
      root: distDir,
      prefix: '/',
      wildcard: true,
      cacheControl: false,
      // The build's brotli and gzip copies (.br, .gz), chosen by Accept-Encoding.
      preCompressed: true,
      // Source maps are built but only served when asked for (they show every source file).
      allowedPath: (pathName) => options.serveSourceMaps === true || !pathName.endsWith('.map'),
      setHeaders(res, path) {
        // Hashed file names never change; index.html must be checked each time.
        res.setHeader('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
        // The same address answers compressed or not: caches must keep the versions apart.
        if (COMPRESSIBLE.test(path)) res.setHeader('Vary', 'Accept-Encoding');
      },
    });
  }

  let purgeTimer: NodeJS.Timeout | undefined;
  if (options.purgeSchedule) {
    const purge = async () => {
      const r = await purgeExpired(ctx.db, ctx.now(), ctx.dbKind).catch((e: Error) => (app.log.error(e), null));
      if (r && (r.sessions || r.authSessions)) app.log.info(`retention: erased ${r.sessions} session(s) past their retention`);
      // Unblurred originals of photos whose faces were not confirmed in time (issue 11).
      const originals = await ctx.authoring.processor.purgeOriginals().catch((e: Error) => (app.log.error(e), 0));
      if (originals) app.log.info(`retention: deleted ${originals} unblurred original(s) past 14 days`);
    };
    await purge();
    purgeTimer = setInterval(purge, DAY_MS);
    purgeTimer.unref();
  }

  app.addHook('preClose', async () => {
    closing = true;
    if (purgeTimer) clearInterval(purgeTimer);
    ctx.lrs?.stop();
    ctx.hub.closeAll();
  });
  app.addHook('onClose', async () => ctx.authoring.close());
  await ctx.authoring.processor.resume();
  await repairCurrentVersions(ctx);
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: ServerContext;
  }
}
