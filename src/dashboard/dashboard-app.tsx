import { lazy, Suspense, useEffect, useState } from 'react';
import { useAuth } from '../facilitator-api/auth-store.ts';
import { EDITOR_PREFIX } from '../ui/app-routes.ts';
import { CreateSessionPage } from './create-session-page.tsx';
import { useDashboardT } from './dashboard-strings.ts';
import { parseDashboardHash, routeHash, type DashboardRoute } from './dashboard-route.ts';
import { DashboardShell } from './dashboard-shell.tsx';
import './dashboard.css';
import { LoadFailed, LoadingNote } from './load-status.tsx';
import { LoginPage } from './login-page.tsx';
import { SetupPage } from './admin/setup-page.tsx';
import { SetupState } from '../core/api/setup.ts';
import { apiGet } from '../facilitator-api/api-client.ts';
import { PageHeading } from './page-heading.tsx';
import { SessionPage } from './session-page.tsx';
import { SessionsPage } from './sessions-page.tsx';
import { StartPage } from './start-page.tsx';

// Pages other engineers build, each its own chunk (the class view may bring charts).
const GesprekskaartPage = lazy(() => import('./gesprekskaart-page.tsx'));
const ClassPage = lazy(() => import('./class-page.tsx'));
const ProfilesPage = lazy(() => import('./profiles/profiles-page.tsx'));
const ProfilePage = lazy(() => import('./profiles/profile-page.tsx'));
const TeamLinkPage = lazy(() => import('./profiles/team-link-page.tsx'));
const AccountsPage = lazy(() => import('./admin/accounts-page.tsx'));

/**
 * The facilitator dashboard under `#/begeleider`: its own chunk, loaded only on these routes, so
 * a candidate's device never downloads it (and it never loads the 3D player).
 */
export default function DashboardApp({ hash }: { hash: string }) {
  const route = parseDashboardHash(hash);
  // A team's link opens its one profile without an account: no login check, no navigation.
  if (route.page === 'team') {
    return (
      <DashboardShell route={null}>
        <Suspense fallback={<LoadingNote />}>
          <TeamLinkPage token={route.token} />
        </Suspense>
      </DashboardShell>
    );
  }
  return <FacilitatorApp hash={hash} route={route} />;
}

function FacilitatorApp({ hash, route }: { hash: string; route: DashboardRoute }) {
  const auth = useAuth((s) => s.auth);
  const [checkError, setCheckError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [setup, setSetup] = useState<SetupState | null>(null);
  // The front door of a browser that never logged in shows the form without asking; a deep link
  // (a session, the class view) always asks the server, which knows the cookie.
  const [askServer] = useState(route.page !== 'start');
  useEffect(() => {
    setCheckError(null);
    useAuth.getState().check(askServer).catch(setCheckError);
  }, [attempt, askServer]);
  // Nobody logged in: a database without any account offers the first-run page instead of a login.
  const anonymous = auth.status === 'anonymous';
  useEffect(() => {
    if (!anonymous) return;
    apiGet('api/setup', SetupState).then(setSetup, () => setSetup(null));
  }, [anonymous]);

  // A maker account only makes scenarios: its home is the editor, not the session pages it may not use.
  const isMaker = auth.status === 'logged-in' && auth.me.role === 'maker';
  useEffect(() => {
    if (isMaker) location.replace(EDITOR_PREFIX);
  }, [isMaker]);

  let content;
  if (checkError) content = <LoadFailed error={checkError} onRetry={() => setAttempt((a) => a + 1)} />;
  else if (auth.status === 'checking') content = <LoadingNote />;
  // Any page asks for a login first, and shows itself after it (also after an expired login).
  else if (auth.status === 'anonymous') content = setup?.needed ? <SetupPage state={setup} /> : <LoginPage reason={auth.reason} />;
  else if (isMaker) content = <LoadingNote />;
  else content = <Page key={hash} route={route} />;

  return <DashboardShell route={route}>{content}</DashboardShell>;
}

function Page({ route }: { route: DashboardRoute }) {
  switch (route.page) {
    case 'start':
      return <StartPage />;
    case 'create':
      return <CreateSessionPage mode={route.mode} />;
    case 'sessions':
      return <SessionsPage />;
    case 'session':
      return <SessionPage sessionId={route.sessionId} />;
    case 'gesprekskaart':
      return (
        <Suspense fallback={<LoadingNote />}>
          <GesprekskaartPage sessionId={route.sessionId} participantCode={route.participantCode} />
        </Suspense>
      );
    case 'class':
      return (
        <Suspense fallback={<LoadingNote />}>
          <ClassPage sessionId={route.sessionId} projector={route.projector ?? false} />
        </Suspense>
      );
    case 'profiles':
    case 'profile':
    case 'accounts':
      return (
        <Suspense fallback={<LoadingNote />}>
          {route.page === 'profiles' ? <ProfilesPage /> : route.page === 'profile' ? <ProfilePage profileId={route.profileId} /> : <AccountsPage />}
        </Suspense>
      );
    case 'team':
    case 'not-found':
      return <NotFound />;
  }
}

function NotFound() {
  const { t } = useDashboardT();
  return (
    <>
      <PageHeading title={t('pageNotFound')}>{t('pageNotFound')}</PageHeading>
      <p>
        <a href={routeHash({ page: 'start' })}>{t('navStart')}</a>
      </p>
    </>
  );
}
