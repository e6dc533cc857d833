import { create } from 'zustand';
import { apiFetch, apiGet, ApiRequestError, onUnauthorized } from './api-client.ts';
import { Me } from '../core/api/accounts.ts';

/** Why the login screen shows: never logged in, the login ran out, or the facilitator logged out. */
export type LoggedOutReason = 'none' | 'expired' | 'logged-out';

export type AuthState = { status: 'checking' } | { status: 'anonymous'; reason: LoggedOutReason } | { status: 'logged-in'; me: Me };

interface AuthStore {
  auth: AuthState;
  /**
   * Asks the server who is logged in (the cookie is HttpOnly, so only the server knows); with
   * `askServer` false, only when this browser logged in before.
   */
  check(askServer?: boolean): Promise<void>;
  login(email: string, password: string): Promise<void>;
  logout(): Promise<void>;
  expired(): void;
}

/**
 * The login cookie is HttpOnly, so the page cannot see it. This flag (no secret, no e-mail) says
 * "this browser logged in and did not log out", so a first visit to the dashboard's front door
 * shows the login form at once instead of asking the server and getting a 401 (which the
 * browser also logs as an error).
 */
const LOGGED_IN_FLAG = 'bbvr-begeleider-ingelogd';

function rememberLogin(on: boolean): void {
  try {
    if (on) localStorage.setItem(LOGGED_IN_FLAG, '1');
    else localStorage.removeItem(LOGGED_IN_FLAG);
  } catch {
    // Storage blocked (private mode): every visit asks the server instead.
  }
}

function mayBeLoggedIn(): boolean {
  try {
    return localStorage.getItem(LOGGED_IN_FLAG) !== null;
  } catch {
    return true;
  }
}

export const useAuth = create<AuthStore>((set, get) => ({
  auth: { status: 'checking' },
  async check(askServer = false) {
    const remembered = mayBeLoggedIn();
    if (!remembered && !askServer) return set({ auth: { status: 'anonymous', reason: 'none' } });
    try {
      const me = await apiGet('api/auth/me', Me, { own401: true });
      rememberLogin(true);
      set({ auth: { status: 'logged-in', me } });
    } catch (e) {
      if (!(e instanceof ApiRequestError && e.status === 401)) throw e;
      rememberLogin(false);
      // This browser was logged in and the server says no more: the login ran out.
      set({ auth: { status: 'anonymous', reason: remembered ? 'expired' : 'none' } });
    }
  },
  async login(email, password) {
    const me = Me.parse(await apiFetch('api/auth/login', { method: 'POST', body: { email, password }, own401: true }));
    rememberLogin(true);
    set({ auth: { status: 'logged-in', me } });
  },
  async logout() {
    try {
      await apiFetch('api/auth/logout', { method: 'POST', own401: true });
    } finally {
      rememberLogin(false);
      set({ auth: { status: 'anonymous', reason: 'logged-out' } });
    }
  },
  expired() {
    rememberLogin(false);
    // Only a login that was there can expire.
    if (get().auth.status === 'logged-in') set({ auth: { status: 'anonymous', reason: 'expired' } });
  },
}));

// Any 401 from any page: back to the login screen, which then returns to the same page.
onUnauthorized(() => useAuth.getState().expired());
