import { useRef, useState } from 'react';
import type { PackImportAnswer, PackRefused } from '../../core/api/scene-packs.ts';
import { useReading } from '../../i18n/language-store.ts';
import { importScenePack } from '../editor-api.ts';
import { editorStrings } from '../editor-strings.ts';

type State =
  | { phase: 'idle' }
  | { phase: 'sending'; name: string; progress: number }
  | { phase: 'done'; answer: PackImportAnswer }
  | { phase: 'refused'; refused: PackRefused }
  | { phase: 'failed'; message: string };

/**
 * Adding a scene pack another organisation shared: the .zip goes up with a progress bar, the
 * server checks every file and the scenarios, and either everything is added (with what changed
 * for a scenario the organisation had) or nothing is, with each problem and how to fix it.
 */
export function PackImportPanel({ onInstalled }: { onInstalled: () => void }) {
  const { t } = editorStrings.useT();
  const lang = useReading((s) => s.lang);
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ phase: 'idle' });
  const send = (file: File) => {
    setState({ phase: 'sending', name: file.name, progress: 0 });
    void importScenePack(file, (progress) => setState({ phase: 'sending', name: file.name, progress })).then((outcome) => {
      if (outcome.ok) {
        setState({ phase: 'done', answer: outcome.answer });
        onInstalled();
      } else if (outcome.refused) setState({ phase: 'refused', refused: outcome.refused });
      else setState({ phase: 'failed', message: outcome.message === 'network' ? t('importNetwork') : outcome.message });
    });
  };
  return (
    <section className="pack-import" aria-labelledby="import-title">
      <h2 id="import-title">{t('importTitle')}</h2>
      <p>{t('importIntro')}</p>
      <button type="button" className="big" disabled={state.phase === 'sending'} onClick={() => input.current?.click()}>
        {t('importChoose')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".zip,application/zip"
        hidden
        aria-label={t('importChoose')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) send(file);
          e.target.value = '';
        }}
      />
      <div aria-live="polite">
        {state.phase === 'sending' && (
          <p>
            <span className="name">{state.name}</span> <progress value={state.progress} max={1} aria-label={`${state.name}: ${t('importSending')}`} />{' '}
            {t('importSending')}
          </p>
        )}
        {state.phase === 'done' && (
          <>
            <p className="ok">{t('importDone')}</p>
            <ul className="draft-list">
              {state.answer.installed.map((i) => (
                <li key={i.path}>
                  {i.previousVersion
                    ? t('importUpdated', { path: i.path, version: i.version, previous: i.previousVersion })
                    : t('importNew', { path: i.path, version: i.version })}
                  {i.changes && <ChangeList changes={i.changes} />}
                </li>
              ))}
            </ul>
          </>
        )}
        {state.phase === 'failed' && (
          <p className="error" role="alert">
            {state.message}
          </p>
        )}
      </div>
      {state.phase === 'refused' && (
        <div role="alert">
          <p className="error">{t('importRefused')}</p>
          <ul className="pack-problems">
            {state.refused.problems.map((p, i) => (
              <li key={i}>
                <code>{p.file}</code>
                <p>{p.message[lang]}</p>
                <p>
                  {t('importHowToFix')} {p.fix[lang]}
                </p>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function ChangeList({ changes }: { changes: NonNullable<PackImportAnswer['installed'][number]['changes']> }) {
  const { t } = editorStrings.useT();
  const lines = [
    ['changesNodesAdded', changes.nodes.added],
    ['changesNodesRemoved', changes.nodes.removed],
    ['changesNodesChanged', changes.nodes.changed],
    ['changesOptionsAdded', changes.options.added],
    ['changesOptionsRemoved', changes.options.removed],
    ['changesOptionsChanged', changes.options.changed],
    ['changesFields', changes.fields],
  ] as const;
  const shown = lines.filter(([, ids]) => ids.length > 0);
  return (
    <ul>
      {shown.map(([key, ids]) => (
        <li key={key}>{t(key, { list: ids.join(', ') })}</li>
      ))}
      {shown.length === 0 && <li>{t('changesNone')}</li>}
    </ul>
  );
}
