import type { FastifyInstance } from 'fastify';

/** How long a client may take to send a request; why these defaults: docs/api.md ("Limits"). */
export interface RequestTimeouts {
  /** All request headers must have arrived within this (Node's headersTimeout). */
  headersMs: number;
  /** A body must keep coming at `bodyMinBytesPerSecond` on average, after this grace. */
  bodyGraceMs: number;
  bodyMinBytesPerSecond: number;
  /** The whole request, however steady, within this (Node's requestTimeout). */
  requestMs: number;
  /** How often the timeouts are checked (Node's connectionsCheckingInterval, and the body rate). */
  checkIntervalMs: number;
}

export const DEFAULT_TIMEOUTS: RequestTimeouts = {
  headersMs: 20_000,
  bodyGraceMs: 20_000,
  bodyMinBytesPerSecond: 500,
  requestMs: 360_000,
  checkIntervalMs: 1_000,
};

/** The Node server options that carry the timeouts Node enforces itself. */
export function nodeServerTimeouts(t: RequestTimeouts) {
  return { headersTimeout: t.headersMs, requestTimeout: t.requestMs, connectionsCheckingInterval: t.checkIntervalMs };
}

/**
 * A minimum rate for request bodies, as Apache's mod_reqtimeout does it (body=20,MinRate=500):
 * the body's deadline starts `bodyGraceMs` after the headers and moves on by one second for every
 * `bodyMinBytesPerSecond` bytes that arrive. A headset on poor Wi-Fi (50 kbit/s is 6 250 bytes a
 * second) never meets it; a connection trickling a few bytes to hold a slot open is cut within
 * seconds, not after the whole-request timeout.
 */
export function enforceBodyRate(app: FastifyInstance, t: RequestTimeouts): void {
  app.addHook('onRequest', (request, reply, done) => {
    const raw = request.raw;
    const length = Number(raw.headers['content-length'] ?? 0);
    if (raw.complete || (!(length > 0) && raw.headers['transfer-encoding'] === undefined)) return done();
    const socket = raw.socket;
    const started = Date.now();
    // Bytes already read with the headers count for the client: the base is taken now.
    const base = socket.bytesRead;
    const timer = setInterval(() => {
      if (raw.complete) return stop();
      const allowedMs = t.bodyGraceMs + ((socket.bytesRead - base) / t.bodyMinBytesPerSecond) * 1000;
      if (Date.now() - started > allowedMs) {
        stop();
        cut();
      }
    }, t.checkIntervalMs);
    timer.unref();
    const stop = () => clearInterval(timer);
    const cut = () => {
      // Hang up once the answer is out: the rest of the body is not worth reading.
      reply.raw.once('finish', () => socket.destroy());
      setTimeout(() => socket.destroy(), 5_000).unref();
      const error = Object.assign(new Error('The body came too slowly; send it again.'), { statusCode: 408, code: 'BODY_TIMEOUT' });
      // Fastify is reading the body (its listener answers with the error handler's 408); if not, just hang up.
      if (raw.listenerCount('error') > 0) raw.emit('error', error);
      else socket.destroy();
    };
    raw.once('end', stop);
    reply.raw.once('close', stop);
    done();
  });
}
