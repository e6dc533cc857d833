import type { ReactNode } from 'react';
import { EDITOR_PREFIX } from '../ui/app-routes.ts';
import { LanguageButton } from '../ui/language-button.tsx';
import { useAuth } from '../facilitator-api/auth-store.ts';
import { useDashboardT } from './dashboard-strings.ts';
import { routeHash, type DashboardRoute } from './dashboard-route.ts';

/**
 * Header, navigation and language toggle around every dashboard page; the page itself is the
 * <main>. The skip link jumps past the header for keyboard users.
 */
export function DashboardShell({ route, children }: { route: DashboardRoute | null; children: ReactNode }) {
  const { t } = useDashboardT();
  const auth = useAuth((s) => s.auth);
  const logout = useAuth((s) => s.logout);
  const current = (page: DashboardRoute['page']) => (route?.page === page ? ('page' as const) : undefined);
  return (
    <div className="dash">
      <a className="skip-link" href="#dash-main" onClick={(e) => (e.preventDefault(), document.getElementById('dash-main')?.querySelector('h1')?.focus())}>
        {t('skipToContent')}
      </a>
      <header className="dash-header">
        <p className="dash-brand">{t('dashboardName')}</p>
        {auth.status === 'logged-in' && (
          <nav aria-label={t('navMain')}>
            <ul>
              {auth.me.role !== 'maker' && (
                <>
                  <li>
                    <a href={routeHash({ page: 'start' })} aria-current={current('start') ?? current('create')}>
                      {t('navStart')}
                    </a>
                  </li>
                  <li>
                    <a href={routeHash({ page: 'sessions' })} aria-current={current('sessions')}>
                      {t('navSessions')}
                    </a>
                  </li>
                </>
              )}
              <li>
                <a href={EDITOR_PREFIX}>{t('navEditor')}</a>
              </li>
            </ul>
          </nav>
        )}
        <div className="dash-tools">
          <LanguageButton />
          {auth.status === 'logged-in' && (
            <>
              <span className="dash-user">{t('loggedInAs', { email: auth.me.email, organisation: auth.me.organisation })}</span>
              <button type="button" onClick={() => void logout()}>
                {t('logout')}
              </button>
            </>
          )}
        </div>
      </header>
      <main id="dash-main" className="dash-main">
        {children}
      </main>
    </div>
  );
}
