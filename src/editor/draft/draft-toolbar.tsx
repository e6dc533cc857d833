import { useState } from 'react';
import type { ConsentChoice, TryCode } from '../../core/api/authoring.ts';
import { countBySeverity } from '../../core/checker.ts';
import { localize } from '../../core/localized-text.ts';
import { ApiRequestError } from '../../facilitator-api/api-client.ts';
import { publishDraft, tryCode } from '../editor-api.ts';
import { editorStrings } from '../editor-strings.ts';
import { ConsentDialog } from '../faces/consent-dialog.tsx';
import { keepMine, takeTheirs } from './autosave.ts';
import { useDraft } from './draft-store.ts';
import { errorPlaces } from './error-places.ts';
import { VersionList } from './version-list.tsx';

/** Save state, who else is editing, undo/redo, preview, publish and "try on a headset". */
export function DraftToolbar({ onPreview }: { onPreview: () => void }) {
  const { t, lang } = editorStrings.useT();
  const saveState = useDraft((s) => s.saveState);
  const editors = useDraft((s) => s.editors);
  const problems = useDraft((s) => s.problems);
  const conflict = useDraft((s) => s.conflict);
  const history = useDraft((s) => s.history);
  const draftId = useDraft((s) => s.draftId);
  const scenario = useDraft((s) => s.scenario); // undo/redo labels change with every edit too
  const [published, setPublished] = useState<string | null>(null);
  const [publishError, setPublishError] = useState<string | null>(null);
  const [code, setCode] = useState<TryCode | null>(null);
  const { errors, warnings } = countBySeverity(problems);

  const [asking, setAsking] = useState(false);

  const publish = async (consents: ConsentChoice[]) => {
    setPublishError(null);
    const s = useDraft.getState();
    if (!s.draftId) return;
    try {
      const answer = await publishDraft(s.draftId, s.revision, consents);
      setAsking(false);
      setPublished(answer.version);
    } catch (e) {
      setPublishError(e instanceof ApiRequestError ? (e.body?.message ?? e.message) : String(e));
    }
  };
  return (
    <div className="draft-toolbar" role="toolbar" aria-label={t('toolbar')}>
      <span className={`save-state ${saveState}`} role="status" aria-live="polite" data-save={saveState}>
        {t(`save_${saveState}`)}
      </span>
      {editors.length > 1 && (
        <span className="editors" role="status">
          {t('alsoEditing', { names: editors.map((e) => e.email).join(', ') })}
        </span>
      )}
      <button type="button" disabled={!history?.canUndo} onClick={() => useDraft.getState().undo()} title={history?.undoLabel?.[lang]}>
        {t('undo')}
        {history?.undoLabel && <span className="sr-only">: {history.undoLabel[lang]}</span>}
      </button>
      <button type="button" disabled={!history?.canRedo} onClick={() => useDraft.getState().redo()} title={history?.redoLabel?.[lang]}>
        {t('redo')}
      </button>
      <button type="button" onClick={onPreview}>
        {t('playFromHere')}
      </button>
      <button
        type="button"
        onClick={() => {
          const id = useDraft.getState().draftId;
          if (id) tryCode(id).then(setCode, () => setCode(null));
        }}
      >
        {t('tryOnHeadset')}
      </button>
      <span className="problem-count" data-errors={errors}>
        {errors === 0 ? t('noErrors') : t('errorsLeft', { count: errors })}
        {errors > 0 &&
          scenario &&
          // Say where: an error in the closed "Over deze situatie" part is otherwise hard to find.
          `: ${errorPlaces(problems, scenario)
            .map((p) =>
              p.kind === 'scenario'
                ? `${t('aboutScenario')} (${p.count})`
                : `${t('errorsInScene', { title: localize(scenario.nodes[p.index]!.title, lang) || p.id })} (${p.count})`,
            )
            .join(', ')}`}
        {warnings > 0 && ` · ${t('warnings', { count: warnings })}`}
      </span>
      <button type="button" className="primary" disabled={errors > 0 || saveState !== 'saved'} onClick={() => setAsking(true)}>
        {t('publish')}
      </button>
      {asking && <ConsentDialog onPublish={(c) => void publish(c)} onCancel={() => setAsking(false)} />}
      {errors > 0 && <span className="hint">{t('publishBlocked')}</span>}
      {published && (
        <p role="status" className="ok">
          {t('publishedAs', { version: published })}
        </p>
      )}
      {draftId && <VersionList draftId={draftId} published={published} />}
      {publishError && (
        <p role="alert" className="error">
          {publishError}
        </p>
      )}
      {code && (
        <p role="status" className="try-code">
          {t('tryCodeIs')} <strong data-try-code={code.code}>{code.code}</strong> · {code.url} ·{' '}
          {t('tryCodeExpires', {
            time: new Date(code.expiresAt).toLocaleTimeString(lang === 'en' ? 'en-GB' : 'nl-NL', { hour: '2-digit', minute: '2-digit' }),
          })}
        </p>
      )}
      {conflict && (
        <div role="alertdialog" aria-labelledby="conflict-title" className="conflict">
          <h2 id="conflict-title">{t('conflictTitle', { who: conflict.updatedBy })}</h2>
          <p>{t('conflictBody')}</p>
          <button type="button" onClick={takeTheirs}>
            {t('conflictTheirs')}
          </button>
          <button type="button" onClick={() => void keepMine()}>
            {t('conflictMine')}
          </button>
        </div>
      )}
    </div>
  );
}
