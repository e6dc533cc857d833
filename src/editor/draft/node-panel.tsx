import { addHotspot } from '../../core/authoring/hotspot-operations.ts';
import { removeEnding, removeNarration, retitleNode, setEnding, setNarrationText, setStartNode } from '../../core/authoring/node-operations.ts';
import { setQuestion } from '../../core/authoring/question-operations.ts';
import { removeNode } from '../../core/authoring/remove-node.ts';
import type { Scenario, ScenarioNode } from '../../core/scenario-schema.ts';
import { editorStrings } from '../editor-strings.ts';
import { BilingualField } from './bilingual-field.tsx';
import { useDraft } from './draft-store.ts';
import { HotspotForm } from './hotspot-form.tsx';
import { HotspotList } from './hotspot-list.tsx';
import { NarrationRecorder } from './narration-recorder.tsx';
import { problemsAt } from './problems-at.ts';
import { ProblemNotes } from './problem-notes.tsx';
import { QuestionForm } from './question-form.tsx';

const scenarioNow = (): Scenario => useDraft.getState().scenario!;

/**
 * Everything about the selected scene: title, narration, whether it starts or ends the
 * scenario, its hotspots (list and form), and a question asked on entering.
 */
export function NodePanel({ node, index, look }: { node: ScenarioNode; index: number; look: () => { yaw: number; pitch: number } }) {
  const { t } = editorStrings.useT();
  const problems = useDraft((s) => s.problems);
  const startNode = useDraft((s) => s.scenario?.startNode);
  const hotspotId = useDraft((s) => s.selection.hotspotId);
  const apply = useDraft.getState().apply;
  const path = ['nodes', index];
  const hotspotIndex = node.hotspots.findIndex((h) => h.id === hotspotId);
  const addAhead = (kind: 'info' | 'goto' | 'question') => {
    const { yaw, pitch } = look();
    const done = apply(addHotspot(scenarioNow(), { nodeId: node.id, kind, yaw, pitch }));
    if (done) useDraft.getState().select({ hotspotId: done.hotspotId });
  };
  return (
    <section className="node-panel" aria-labelledby="node-panel-title">
      <h2 id="node-panel-title">{t('sceneTitle')}</h2>
      <BilingualField
        label={t('nodeTitle')}
        value={node.title}
        onChange={(title) => apply(retitleNode(scenarioNow(), { nodeId: node.id, title }))}
        problems={problemsAt(problems, [...path, 'title'])}
      />
      <BilingualField
        label={t('narration')}
        value={node.narration?.text}
        multiline
        onChange={(text) => apply(setNarrationText(scenarioNow(), { nodeId: node.id, text }))}
        problems={problemsAt(problems, [...path, 'narration'])}
      />
      {node.narration && (
        <>
          <NarrationRecorder node={node} />
          <button type="button" onClick={() => apply(removeNarration(scenarioNow(), { nodeId: node.id }))}>
            {t('removeNarration')}
          </button>
        </>
      )}
      <div className="row">
        <label>
          <input type="radio" checked={startNode === node.id} onChange={() => apply(setStartNode(scenarioNow(), { nodeId: node.id }))} name="start-node" />
          {t('isStart')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={node.ending !== undefined}
            onChange={(e) => apply(e.target.checked ? setEnding(scenarioNow(), { nodeId: node.id }) : removeEnding(scenarioNow(), { nodeId: node.id }))}
          />
          {t('isEnding')}
        </label>
      </div>
      {node.ending && (
        <BilingualField
          label={t('takeaway')}
          value={node.ending.takeaway}
          multiline
          onChange={(takeaway) => apply(setEnding(scenarioNow(), { nodeId: node.id, takeaway }))}
          problems={problemsAt(problems, [...path, 'ending'])}
        />
      )}
      <h3>{t('hotspotsTitle')}</h3>
      <p className="hint">{t('placeHint')}</p>
      <div className="row">
        <button type="button" onClick={() => addAhead('info')}>
          {t('addInfoAhead')}
        </button>
        <button type="button" onClick={() => addAhead('goto')}>
          {t('addGotoAhead')}
        </button>
        <button type="button" onClick={() => addAhead('question')}>
          {t('addQuestionAhead')}
        </button>
      </div>
      <HotspotList node={node} />
      {hotspotIndex >= 0 && <HotspotForm key={hotspotId} nodeId={node.id} hotspot={node.hotspots[hotspotIndex]!} path={[...path, 'hotspots', hotspotIndex]} />}
      <h3>{t('nodeQuestionTitle')}</h3>
      {node.question ? (
        <QuestionForm at={{ nodeId: node.id }} question={node.question} path={[...path, 'question']} />
      ) : (
        <button type="button" onClick={() => apply(setQuestion(scenarioNow(), { nodeId: node.id, kind: 'choice' }))}>
          {t('addNodeQuestion')}
        </button>
      )}
      <ProblemNotes problems={problemsAt(problems, path).filter((p) => p.pointer === `/nodes/${index}`)} />
      <button
        type="button"
        className="danger"
        onClick={() => {
          if (window.confirm(t('removeSceneConfirm'))) {
            const done = apply(removeNode(scenarioNow(), { nodeId: node.id }));
            if (done) useDraft.getState().select({ nodeId: scenarioNow().nodes[0]?.id ?? null, hotspotId: null });
          }
        }}
      >
        {t('removeScene')}
      </button>
    </section>
  );
}
