import { useEffect, useState } from 'react';
import { useAuth } from '../facilitator-api/auth-store.ts';
import { DASHBOARD_PREFIX, EDITOR_PREFIX } from '../ui/app-routes.ts';
import { LanguageButton } from '../ui/language-button.tsx';
import { Loading } from '../ui/status-message.tsx';
import { DraftPage } from './draft/draft-page.tsx';
import { DraftsPage } from './drafts/drafts-page.tsx';
import './editor.css';
import { parseEditorHash } from './editor-route.ts';
import { editorStrings } from './editor-strings.ts';

/**
 * The editor under `#/maken`: its own lazy chunk (three comes with the 360° stage), reached
 * from the dashboard. Content makers log in as facilitators do, in the dashboard.
 */
export default function EditorApp({ hash }: { hash: string }) {
  const { t } = editorStrings.useT();
  const auth = useAuth((s) => s.auth);
  const [checked, setChecked] = useState(false);
  useEffect(() => {
    useAuth
      .getState()
      .check(true)
      .finally(() => setChecked(true));
  }, []);
  const route = parseEditorHash(hash);
  let content;
  if (!checked || auth.status === 'checking') content = <Loading />;
  else if (auth.status !== 'logged-in')
    content = (
      <main className="message">
        <h1>{t('loginFirst')}</h1>
        <p>
          <a className="button big" href={DASHBOARD_PREFIX}>
            {t('toLogin')}
          </a>
        </p>
      </main>
    );
  else if (route.page === 'draft') content = <DraftPage key={route.draftId} draftId={route.draftId} />;
  else if (route.page === 'drafts') content = <DraftsPage />;
  else content = <p className="message">{t('notFound')}</p>;
  return (
    <div className="editor-shell">
      <header className="editor-header">
        <a href={EDITOR_PREFIX} className="editor-brand">
          {t('editorName')}
        </a>
        <nav aria-label={t('navEditor')}>
          <a href={DASHBOARD_PREFIX}>{t('toDashboard')}</a>
        </nav>
        <LanguageButton />
      </header>
      {content}
    </div>
  );
}
