import type { FastifyRequest } from 'fastify';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF protection without tokens: browsers say where a request comes from (Fetch Metadata);
 * older ones send Origin. A state-changing request from another site is refused. Requests with
 * neither header do not come from a browser page (curl, scripts) and carry no ambient cookie risk.
 */
export function isCrossSiteRequest(request: FastifyRequest): boolean {
  if (SAFE.has(request.method)) return false;
  const site = request.headers['sec-fetch-site'];
  if (site) return site !== 'same-origin' && site !== 'none';
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}
