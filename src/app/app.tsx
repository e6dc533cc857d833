import { lazy, Suspense, useEffect, useState } from 'react';
import type { Catalog } from '../core/scenario-catalog.ts';
import { loadCatalog } from '../player/load-scenario.ts';
import type { Participation } from '../sync/outbox-db.ts';
import { startPresence } from '../sync/presence.ts';
import { DASHBOARD_PREFIX } from '../ui/app-routes.ts';
import { Loading, LoadError } from '../ui/status-message.tsx';
import { ClassFollower } from './class-follower.tsx';
import { ConsentNotice } from './consent-notice.tsx';
import { JoinScreen } from './join-screen.tsx';
import { untilReload } from './offline-shell.ts';
import { SessionHome } from './session-home.tsx';
import { StartScreen } from './start-screen.tsx';
import { useParticipation } from './use-participation.ts';
import { isEditorHash } from '../editor/editor-route.ts';

// The 3D player (three, fiber, xr) is a separate chunk: the start screen shows at once. Opened
// on a player address, it is fetched at once, alongside the catalog rather than after it.
let playerChunk: Promise<typeof import('./scenario-player.tsx')> | undefined;
const loadPlayer = () => (playerChunk ??= untilReload(() => import('./scenario-player.tsx'))());
if (location.hash.startsWith('#/play/')) loadPlayer().catch(() => undefined); // lazy() reports a failure
const ScenarioPlayer = lazy(loadPlayer);
// The facilitator dashboard is its own chunk too: devices never load it, it never loads the player.
const DashboardApp = lazy(untilReload(() => import('../dashboard/dashboard-app.tsx')));
// The editor is a third chunk, with the 360° stage; candidates' devices never load it.
const EditorApp = lazy(untilReload(() => import('../editor/editor-app.tsx')));
// The questionnaire only in questionnaire sessions: players of a scenario never fetch it.
const QuestionnaireScreen = lazy(untilReload(() => import('./questionnaire-screen.tsx').then((m) => ({ default: m.QuestionnaireScreen }))));
// A maker's draft on a headset, through a try code.
const TryPlayer = lazy(untilReload(() => import('./try-player.tsx')));

function useHash(): string {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const on = () => setHash(location.hash);
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return hash;
}

export function App() {
  const hash = useHash();
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    loadCatalog().then(setCatalog, (e: Error) => setError(e.message));
  }, [attempt]);

  const { participation, reload } = useParticipation(hash);
  // A device in a session says it is still there (the facilitator's online/offline).
  const presenceToken = participation?.consentedAt != null ? participation.token : null;
  useEffect(() => (presenceToken ? startPresence(presenceToken, import.meta.env.BASE_URL.replace(/\/$/, '')) : undefined), [presenceToken]);

  const join = /^#\/join(?:\/([A-Za-z0-9-]{0,12}))?$/.exec(hash);
  if (join) return <JoinScreen initialCode={join[1] ?? ''} onJoined={() => (location.hash = '#/sessie')} />;
  if (hash === DASHBOARD_PREFIX || hash.startsWith(`${DASHBOARD_PREFIX}/`))
    return (
      <Suspense fallback={<Loading />}>
        <DashboardApp hash={hash} />
      </Suspense>
    );
  const tryCode = /^#\/try\/([A-Za-z0-9]{4,12})$/.exec(hash);
  if (tryCode)
    return (
      <Suspense fallback={<Loading />}>
        <TryPlayer key={tryCode[1]} code={tryCode[1]!.toUpperCase()} />
      </Suspense>
    );
  if (isEditorHash(hash))
    return (
      <Suspense fallback={<Loading />}>
        <EditorApp hash={hash} />
      </Suspense>
    );
  if (error) return <LoadError detail={error} onRetry={() => (setError(null), setAttempt((a) => a + 1))} />;
  if (!catalog || participation === undefined) return <Loading />;

  // In a werkveldoriëntatie class the docent's controls apply on every screen of the session.
  const inClass = participation?.consentedAt != null && participation.session.mode === 'werkveldorientatie';
  return (
    <>
      {routeContent(hash, catalog, participation, reload)}
      {inClass && <ClassFollower participation={participation} />}
    </>
  );
}

function routeContent(hash: string, catalog: Catalog, participation: Participation | null, reload: () => void) {
  const m = /^#\/play\/([a-z0-9-]+\/[a-z0-9-]+)$/.exec(hash);
  const entry = m ? catalog.scenarios.find((s) => s.path === m[1]) : undefined;
  const inSession = participation && (hash === '#/sessie' || hash === '#/sessie/vragen' || (entry && participation.session.scenarios.includes(entry.path)));
  // Nothing is logged before the candidate has read what is logged and chosen to continue.
  if (inSession && participation.consentedAt === null) {
    return <ConsentNotice participation={participation} onDone={(declined) => (declined ? (location.hash = '#/') : reload())} />;
  }
  if (entry)
    return (
      <Suspense fallback={<Loading />}>
        <ScenarioPlayer key={entry.path} entry={entry} participation={inSession ? participation : null} />
      </Suspense>
    );
  if (hash === '#/sessie/vragen' && participation) return <QuestionnaireScreen participation={participation} onDone={() => (location.hash = '#/sessie')} />;
  if (hash === '#/sessie' && participation) return <SessionHome catalog={catalog} participation={participation} onLeft={() => (location.hash = '#/')} />;
  return <StartScreen catalog={catalog} participation={participation} />;
}
