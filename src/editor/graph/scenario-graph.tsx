import { Handle, Position, ReactFlow, type Edge, type Node, type NodeProps } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import { localize } from '../../core/localized-text.ts';
import { nodeLinks } from '../../core/node-links.ts';
import type { Scenario } from '../../core/scenario-schema.ts';
import { useReading } from '../../i18n/language-store.ts';
import { problemsAt } from '../draft/problems-at.ts';
import { useDraft } from '../draft/draft-store.ts';
import { editorStrings } from '../editor-strings.ts';
import { layoutGraph } from './graph-layout.ts';

type SceneNodeData = { title: string; start: boolean; ending: boolean; errors: number; selected: boolean };
type SceneNode = Node<SceneNodeData, 'scene'>;

function SceneNodeView({ data }: NodeProps<SceneNode>) {
  const { t } = editorStrings.useT();
  return (
    <div className={`graph-node${data.selected ? ' selected' : ''}${data.errors ? ' has-errors' : ''}`}>
      <Handle type="target" position={Position.Left} />
      <span className="graph-title">{data.title || t('untitled')}</span>
      <span className="graph-badges">
        {data.start && <span className="badge start">{t('startBadge')}</span>}
        {data.ending && <span className="badge ending">{t('endingBadge')}</span>}
        {data.errors > 0 && <span className="badge errors">{t('problemsCount', { count: data.errors })}</span>}
      </span>
      <Handle type="source" position={Position.Right} />
    </div>
  );
}

const nodeTypes = { scene: SceneNodeView };

/**
 * The scenario as a graph: its scenes and where each leads (doors, answers, timers), start and
 * endings marked. A click opens a scene. The scene list beside it does the same by keyboard.
 */
export function ScenarioGraph({ scenario }: { scenario: Scenario }) {
  const lang = useReading((s) => s.lang);
  const selected = useDraft((s) => s.selection.nodeId);
  const problems = useDraft((s) => s.problems);
  const { nodes, edges } = useMemo(() => {
    const links = scenario.nodes.flatMap((n) =>
      nodeLinks(n).map((l, i) => ({ id: `${n.id}:${i}`, from: n.id, to: l.target, label: l.label ? localize(l.label, lang) : '⏱', kind: l.kind })),
    );
    const positions = layoutGraph(
      scenario.nodes.map((n) => n.id),
      links,
    );
    const known = new Set(scenario.nodes.map((n) => n.id));
    const nodes: SceneNode[] = scenario.nodes.map((n, i) => ({
      id: n.id,
      type: 'scene',
      position: positions.get(n.id)!,
      data: {
        title: localize(n.title, lang),
        start: scenario.startNode === n.id,
        ending: n.ending !== undefined,
        errors: problemsAt(problems, ['nodes', i]).filter((p) => p.severity === 'error').length,
        selected: n.id === selected,
      },
    }));
    const edges: Edge[] = links
      .filter((l) => known.has(l.to))
      .map((l) => ({ id: l.id, source: l.from, target: l.to, label: l.label, animated: l.kind === 'timer', className: `edge-${l.kind}` }));
    return { nodes, edges };
  }, [scenario, lang, selected, problems]);
  return (
    <div className="scenario-graph" data-testid="scenario-graph">
      <ReactFlow
        // A new set of scenes mounts a new flow, whose fitView on init frames all of them: a
        // fitView call after a change races React Flow's measuring of the new node.
        key={scenario.nodes.map((n) => n.id).join('\n')}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        fitView
        fitViewOptions={{ padding: 0.15, maxZoom: 1 }}
        minZoom={0.2}
        onNodeClick={(_, node) => useDraft.getState().select({ nodeId: node.id, hotspotId: null })}
      />
    </div>
  );
}
