import { useEffect, useState } from 'react';
import type { DraftView } from '../../core/api/authoring.ts';
import { ApiRequestError } from '../../facilitator-api/api-client.ts';
import { getDraft, rollbackDraft } from '../editor-api.ts';
import { editorStrings } from '../editor-strings.ts';

/**
 * The published versions of a draft, newest first, with the current one marked; an earlier one
 * can be made current again (rollback). Reloaded after each publish (`published` changes).
 */
export function VersionList({ draftId, published }: { draftId: string; published: string | null }) {
  const { t, lang } = editorStrings.useT();
  const [view, setView] = useState<Pick<DraftView, 'versions' | 'published'> | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    getDraft(draftId).then(
      (d) => live && setView(d),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [draftId, published]);
  if (!view || view.versions.length === 0) return null;
  const current = view.published?.version;
  const rollback = async (version: string) => {
    setBusy(true);
    setMessage(null);
    try {
      await rollbackDraft(draftId, version);
      setView(await getDraft(draftId));
      setMessage({ ok: true, text: t('rolledBack', { version }) });
    } catch (e) {
      setMessage({ ok: false, text: e instanceof ApiRequestError ? (e.body?.message ?? e.message) : String(e) });
    } finally {
      setBusy(false);
    }
  };
  const date = (at: number) => new Date(at).toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <details className="version-list">
      <summary>{t('versionsTitle', { count: view.versions.length })}</summary>
      <p className="hint">{t('versionsIntro')}</p>
      <ul>
        {[...view.versions].reverse().map((v) => (
          <li key={v.version}>
            {t('versionLine', { version: v.version, date: date(v.at), by: v.by })}
            {v.version === current ? (
              <strong> · {t('versionCurrent')}</strong>
            ) : (
              <button type="button" disabled={busy} onClick={() => void rollback(v.version)}>
                {t('rollback', { version: v.version })}
              </button>
            )}
          </li>
        ))}
      </ul>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'ok' : 'error'}>
          {message.text}
        </p>
      )}
    </details>
  );
}
