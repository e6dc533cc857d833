import { useEffect, useState } from 'react';
import type { DraftSummary, UploadView } from '../../core/api/authoring.ts';
import { localize } from '../../core/localized-text.ts';
import type { Catalog } from '../../core/scenario-catalog.ts';
import { useReading } from '../../i18n/language-store.ts';
import { loadCatalog } from '../../player/load-scenario.ts';
import { Loading, LoadError } from '../../ui/status-message.tsx';
import { createDraft, listDrafts } from '../editor-api.ts';
import { editorRouteHash } from '../editor-route.ts';
import { editorStrings } from '../editor-strings.ts';
import { UploadZone } from '../upload/upload-zone.tsx';
import { PackExportPanel } from './pack-export-panel.tsx';
import { PackImportPanel } from './pack-import-panel.tsx';

/** The organisation's own scenarios, a new one from a 360° photo, or a copy of a built-in one to start from. */
export function DraftsPage() {
  const { t } = editorStrings.useT();
  const lang = useReading((s) => s.lang);
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    listDrafts().then(
      (r) => setDrafts(r.drafts),
      (e: Error) => setError(e.message),
    );
    loadCatalog().then(setCatalog, () => setCatalog({ scenarios: [] }));
  }, [attempt]);
  const open = (id: string) => (location.hash = editorRouteHash({ page: 'draft', draftId: id }));
  const fromUpload = (u: UploadView) => {
    if (u.kind !== 'image') return;
    setBusy(true);
    createDraft({ fromUpload: u.id, title: title.trim() || u.fileName.replace(/\.[^.]+$/, '') }).then(
      (d) => open(d.id),
      (e: Error) => (setBusy(false), setError(e.message)),
    );
  };
  if (error) return <LoadError detail={error} onRetry={() => (setError(null), setAttempt((a) => a + 1))} />;
  if (!drafts) return <Loading />;
  return (
    <main className="editor drafts" aria-labelledby="drafts-title">
      <h1 id="drafts-title">{t('draftsTitle')}</h1>
      <section aria-labelledby="new-title">
        <h2 id="new-title">{t('newFromPhoto')}</h2>
        <p>{t('newFromPhotoIntro')}</p>
        <label className="field">
          <span>{t('newTitle')}</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder={t('newTitlePlaceholder')} />
        </label>
        {busy ? <Loading /> : <UploadZone onReady={fromUpload} />}
      </section>
      <section aria-labelledby="own-title">
        <h2 id="own-title">{t('ownScenarios')}</h2>
        {drafts.length === 0 ? (
          <p>{t('noDrafts')}</p>
        ) : (
          <ul className="draft-list">
            {drafts.map((d) => (
              <li key={d.id}>
                <a className="button" href={editorRouteHash({ page: 'draft', draftId: d.id })}>
                  {localize(d.title, lang) || t('untitled')}
                </a>{' '}
                <span className="meta">{d.published ? t('publishedVersion', { version: d.published.version }) : t('notPublished')}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <PackExportPanel drafts={drafts} />
      <PackImportPanel onInstalled={() => setAttempt((a) => a + 1)} />
      <section aria-labelledby="copy-title">
        <h2 id="copy-title">{t('copyTitle')}</h2>
        <p>{t('copyIntro')}</p>
        <ul className="draft-list">
          {catalog?.scenarios.map((s) => (
            <li key={s.path}>
              <button
                type="button"
                onClick={() =>
                  createDraft({ copy: s.path }).then(
                    (d) => open(d.id),
                    (e: Error) => setError(e.message),
                  )
                }
              >
                {t('copyOf', { title: localize(s.title, lang) })}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
