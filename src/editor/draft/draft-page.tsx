import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { addHotspot } from '../../core/authoring/hotspot-operations.ts';
import { addNodeFromPhoto } from '../../core/authoring/node-operations.ts';
import type { UploadView } from '../../core/api/authoring.ts';
import { localize } from '../../core/localized-text.ts';
import type { CatalogEntry } from '../../core/scenario-catalog.ts';
import type { Scenario } from '../../core/scenario-schema.ts';
import { useReading } from '../../i18n/language-store.ts';
import { Loading, LoadError } from '../../ui/status-message.tsx';
import { lookedAt } from '../../viewer/view-angles.ts';
import { useNewViewerStore, ViewerProvider } from '../../viewer/viewer-context.tsx';
import { draftMediaUrl, getDraft, listUploads } from '../editor-api.ts';
import { editorStrings } from '../editor-strings.ts';
import { ScenarioGraph } from '../graph/scenario-graph.tsx';
import { SceneStage } from '../scene/scene-stage.tsx';
import { UploadZone } from '../upload/upload-zone.tsx';
import { startAutosave } from './autosave.ts';
import { DraftToolbar } from './draft-toolbar.tsx';
import { useDraft } from './draft-store.ts';
import { NodePanel } from './node-panel.tsx';
import { ScenarioFields } from './scenario-fields.tsx';

// The preview is the real player, loaded only when asked for.
const PlayerView = lazy(() => import('../../player/player-view.tsx'));

/** What the player needs to know about a draft to play it as if it were in the catalog. */
function previewEntry(scenario: Scenario, path: string): CatalogEntry {
  const start = scenario.nodes.find((n) => n.id === scenario.startNode) ?? scenario.nodes[0];
  return {
    id: scenario.id,
    version: scenario.version,
    zorgcategorie: scenario.zorgcategorie,
    title: scenario.title,
    description: scenario.description,
    beroepen: scenario.beroepen,
    niveaus: scenario.niveaus,
    path,
    thumbnail: start?.media.preview ?? '',
  };
}

/** The editor for one draft: graph and scene list, the selected scene on the 360° stage, its details. */
export function DraftPage({ draftId }: { draftId: string }) {
  const { t } = editorStrings.useT();
  const lang = useReading((s) => s.lang);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [preview, setPreview] = useState<{ scenario: Scenario; startAt: string } | null>(null);
  const scenario = useDraft((s) => (s.draftId === draftId ? s.scenario : null));
  const path = useDraft((s) => s.path);
  const selectedId = useDraft((s) => s.selection.nodeId);
  const refusal = useDraft((s) => s.refusal);
  const viewer = useNewViewerStore();

  useEffect(() => {
    let stop: (() => void) | null = null;
    let cancelled = false;
    setError(null);
    Promise.all([getDraft(draftId), listUploads()]).then(
      ([view, { uploads }]) => {
        if (cancelled) return;
        useDraft.getState().open(view, uploads);
        stop = startAutosave();
      },
      (e: Error) => !cancelled && setError(e.message),
    );
    return () => {
      cancelled = true;
      stop?.();
      useDraft.getState().close();
    };
  }, [draftId, attempt]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || (e.target as HTMLElement | null)?.closest('input, textarea')) return;
      if (e.key.toLowerCase() === 'z') {
        e.preventDefault();
        if (e.shiftKey) useDraft.getState().redo();
        else useDraft.getState().undo();
      } else if (e.key.toLowerCase() === 'y') {
        e.preventDefault();
        useDraft.getState().redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const nodeIndex = scenario ? scenario.nodes.findIndex((n) => n.id === selectedId) : -1;
  const node = nodeIndex >= 0 ? scenario!.nodes[nodeIndex]! : null;
  const look = useMemo(
    () => () => {
      const { yaw, pitch } = lookedAt(viewer.view.getState());
      return { yaw, pitch: Math.max(-80, Math.min(80, pitch)) };
    },
    [viewer],
  );

  if (error) return <LoadError detail={error} onRetry={() => setAttempt((a) => a + 1)} />;
  if (!scenario) return <Loading />;
  if (preview && path) {
    return (
      <Suspense fallback={<Loading />}>
        <PlayerView
          entry={previewEntry(preview.scenario, path)}
          scenario={preview.scenario}
          mediaUrl={draftMediaUrl}
          startAt={preview.startAt}
          onExit={() => setPreview(null)}
        />
      </Suspense>
    );
  }
  const addScene = (u: UploadView) => {
    if (!u.media || u.kind !== 'image') return;
    const draft = useDraft.getState();
    const done = draft.apply(
      addNodeFromPhoto(draft.scenario!, { title: { nl: u.fileName.replace(/\.[^.]+$/, '') }, src: u.media.src, preview: u.media.preview }),
    );
    if (done) draft.select({ nodeId: done.nodeId, hotspotId: null });
    draft.setUploads([...draft.uploads.filter((x) => x.id !== u.id), u]);
  };
  const place = (yaw: number, pitch: number) => {
    if (!node) return;
    const draft = useDraft.getState();
    const done = draft.apply(addHotspot(draft.scenario!, { nodeId: node.id, kind: 'info', yaw, pitch }));
    if (done) draft.select({ hotspotId: done.hotspotId });
  };
  return (
    <ViewerProvider store={viewer}>
      <main className="editor draft" aria-labelledby="draft-title">
        <header className="draft-header">
          <h1 id="draft-title">{localize(scenario.title, lang) || t('untitled')}</h1>
          <DraftToolbar onPreview={() => setPreview({ scenario: useDraft.getState().scenario!, startAt: node?.id ?? scenario.startNode })} />
          {refusal && (
            <p role="alert" className="error">
              {refusal[lang]}
            </p>
          )}
        </header>
        <div className="draft-columns">
          <aside className="draft-overview" aria-label={t('overview')}>
            <ScenarioGraph scenario={scenario} />
            <h2>{t('scenesTitle')}</h2>
            <ul className="scene-list">
              {scenario.nodes.map((n) => (
                <li key={n.id}>
                  <button type="button" aria-pressed={n.id === selectedId} onClick={() => useDraft.getState().select({ nodeId: n.id, hotspotId: null })}>
                    {localize(n.title, lang) || n.id}
                    {scenario.startNode === n.id && ` · ${t('startBadge')}`}
                    {n.ending && ` · ${t('endingBadge')}`}
                  </button>
                </li>
              ))}
            </ul>
            <UploadZone onReady={addScene} />
            <ScenarioFields />
          </aside>
          <section className="draft-stage" aria-label={t('stage')}>
            {node ? <SceneStage node={node} onPlace={place} /> : <p>{t('noScene')}</p>}
          </section>
          <div className="draft-details">{node && <NodePanel key={node.id} node={node} index={nodeIndex} look={look} />}</div>
        </div>
      </main>
    </ViewerProvider>
  );
}
