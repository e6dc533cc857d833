import { inject } from 'vitest';
import type { StoredEvent } from '../../src/core/api/stored-event.ts';
import type { SessionView } from '../../src/core/api/sessions.ts';

/**
 * The facilitator's side, over real HTTP from the test: log in, create a session, read its events.
 * By default ROC Test's begeleider; another account (of another organisation) when given.
 */
export async function facilitatorApi(baseUrl: string, account: { email: string; password: string } = inject('facilitator')) {
  const { email, password } = account;
  const login = await fetch(`${baseUrl}api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!login.ok) throw new Error(`login: ${login.status} ${await login.text()}`);
  const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
  const call = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
    const res = await fetch(`${baseUrl}${path}`, { ...init, headers: { cookie, 'content-type': 'application/json', ...init.headers } });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  return {
    cookie,
    createSession: (scenarios: string[], mode = 'intake') => call<SessionView>('api/sessions', { method: 'POST', body: JSON.stringify({ mode, scenarios }) }),
    events: async (sessionId: string) => (await call<{ events: StoredEvent[] }>(`api/sessions/${sessionId}/events`)).events,
  };
}
