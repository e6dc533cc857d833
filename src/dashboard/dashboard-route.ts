import { SESSION_MODES, type SessionMode } from '../core/api/sessions.ts';

import { DASHBOARD_PREFIX } from '../ui/app-routes.ts';

export { DASHBOARD_PREFIX };

export type DashboardRoute =
  | { page: 'start' }
  | { page: 'create'; mode: SessionMode }
  | { page: 'sessions' }
  | { page: 'session'; sessionId: string }
  | { page: 'gesprekskaart'; sessionId: string; participantCode: string }
  /** `projector`: the class view for the classroom screen (…/klas/scherm), without the controls. */
  | { page: 'class'; sessionId: string; projector?: boolean }
  | { page: 'not-found' };

export function isDashboardHash(hash: string): boolean {
  return hash === DASHBOARD_PREFIX || hash.startsWith(`${DASHBOARD_PREFIX}/`);
}

/** The hash for a route; the one place that spells the addresses. */
export function routeHash(route: Exclude<DashboardRoute, { page: 'not-found' }>): string {
  switch (route.page) {
    case 'start':
      return DASHBOARD_PREFIX;
    case 'create':
      return `${DASHBOARD_PREFIX}/nieuw/${route.mode}`;
    case 'sessions':
      return `${DASHBOARD_PREFIX}/sessies`;
    case 'session':
      return `${DASHBOARD_PREFIX}/sessie/${encodeURIComponent(route.sessionId)}`;
    case 'gesprekskaart':
      return `${DASHBOARD_PREFIX}/sessie/${encodeURIComponent(route.sessionId)}/deelnemer/${encodeURIComponent(route.participantCode)}`;
    case 'class':
      return `${DASHBOARD_PREFIX}/sessie/${encodeURIComponent(route.sessionId)}/klas${route.projector ? '/scherm' : ''}`;
  }
}

const SEGMENT = '([A-Za-z0-9-]{1,64})';

export function parseDashboardHash(hash: string): DashboardRoute {
  const rest = hash.slice(DASHBOARD_PREFIX.length).replace(/\/+$/, '');
  if (rest === '') return { page: 'start' };
  if (rest === '/sessies') return { page: 'sessions' };
  const create = /^\/nieuw\/([a-z]+)$/.exec(rest);
  if (create) {
    const mode = SESSION_MODES.find((m) => m === create[1]);
    return mode ? { page: 'create', mode } : { page: 'not-found' };
  }
  const participant = new RegExp(`^/sessie/${SEGMENT}/deelnemer/${SEGMENT}$`).exec(rest);
  if (participant) return { page: 'gesprekskaart', sessionId: participant[1]!, participantCode: participant[2]! };
  const klas = new RegExp(`^/sessie/${SEGMENT}/klas(/scherm)?$`).exec(rest);
  if (klas) return { page: 'class', sessionId: klas[1]!, projector: klas[2] !== undefined };
  const session = new RegExp(`^/sessie/${SEGMENT}$`).exec(rest);
  if (session) return { page: 'session', sessionId: session[1]! };
  return { page: 'not-found' };
}
