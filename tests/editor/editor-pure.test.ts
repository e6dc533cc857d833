import { describe, expect, it } from 'vitest';
import { addHotspot } from '../../src/core/authoring/hotspot-operations.ts';
import { addNodeFromPhoto, retitleNode } from '../../src/core/authoring/node-operations.ts';
import { newDraftScenario } from '../../src/core/authoring/new-draft-scenario.ts';
import type { DraftView } from '../../src/core/api/authoring.ts';
import { useDraft } from '../../src/editor/draft/draft-store.ts';
import { problemsAt } from '../../src/editor/draft/problems-at.ts';
import { editorRouteHash, parseEditorHash } from '../../src/editor/editor-route.ts';
import { layoutGraph } from '../../src/editor/graph/graph-layout.ts';

const flush = () => new Promise((r) => setTimeout(r, 10));

function draftView(): DraftView {
  const made = newDraftScenario({ title: { nl: 'Een ochtend op De Linde' }, zorgcategorie: 'ouderenzorg' });
  if (!made.ok) throw new Error('draft');
  return {
    id: 'draft00001',
    path: 'ouderenzorg/een-ochtend-op-de-linde',
    title: made.scenario.title,
    revision: 3,
    updatedAt: 0,
    updatedBy: 'maker@org.nl',
    published: null,
    scenario: made.scenario,
    editors: [],
    versions: [],
  };
}

describe('editor routes', () => {
  it('round-trips the drafts page and a draft, and refuses anything else', () => {
    expect(parseEditorHash(editorRouteHash({ page: 'drafts' }))).toEqual({ page: 'drafts' });
    expect(parseEditorHash(editorRouteHash({ page: 'draft', draftId: 'abc12345' }))).toEqual({ page: 'draft', draftId: 'abc12345' });
    expect(parseEditorHash('#/maken/../x')).toEqual({ page: 'not-found' });
  });
});

describe('problemsAt', () => {
  it('finds the problems of a field and of everything inside an element, not of its neighbours', () => {
    const p = (pointer: string) => ({
      file: 'x',
      pointer,
      rule: 'schema' as const,
      severity: 'error' as const,
      message: { nl: pointer, en: pointer },
      fix: { nl: '', en: '' },
    });
    const all = [p('/nodes/1/title/nl'), p('/nodes/1/hotspots/0/label'), p('/nodes/10/title'), p('/nodes/1')];
    expect(problemsAt(all, ['nodes', 1]).map((x) => x.pointer)).toEqual(['/nodes/1/title/nl', '/nodes/1/hotspots/0/label', '/nodes/1']);
    expect(problemsAt(all, ['nodes', 1, 'title']).map((x) => x.pointer)).toEqual(['/nodes/1/title/nl']);
  });
});

describe('graph layout', () => {
  it('reads left to right: a scene is placed right of the scenes that lead to it', () => {
    const pos = layoutGraph(
      ['start', 'a', 'b', 'end'],
      [
        { from: 'start', to: 'a' },
        { from: 'start', to: 'b' },
        { from: 'a', to: 'end' },
        { from: 'b', to: 'end' },
      ],
    );
    expect(pos.get('a')!.x).toBeGreaterThan(pos.get('start')!.x);
    expect(pos.get('end')!.x).toBeGreaterThan(pos.get('a')!.x);
    expect(pos.get('a')!.y).not.toBe(pos.get('b')!.y);
  });
});

describe('the draft store binds the authoring history', () => {
  it('applies operations as undo steps, re-runs the checker after each, and shows a refusal in words', async () => {
    const draft = useDraft.getState();
    draft.open(draftView(), [
      {
        id: 'up1',
        fileName: 'gang.jpg',
        kind: 'image',
        status: 'ready',
        faces: null,
        progress: 1,
        media: { src: 'media/up1.jpg', preview: 'media/up1-preview.jpg', width: 4096, height: 2048 },
        problem: null,
        createdAt: 0,
      },
    ]);
    const node = useDraft
      .getState()
      .apply(addNodeFromPhoto(useDraft.getState().scenario!, { title: { nl: 'Gang' }, src: 'media/up1.jpg', preview: 'media/up1-preview.jpg' }));
    expect(node?.nodeId).toBe('gang');
    expect(useDraft.getState().scenario!.startNode).toBe('gang');
    expect(useDraft.getState().saveState).toBe('unsaved');
    await flush();
    // A new draft lacks a description: the checker (the same rules as scenes:check) says so, at that field.
    expect(problemsAt(useDraft.getState().problems, ['description']).map((p) => p.severity)).toContain('error');

    useDraft.getState().apply(addHotspot(useDraft.getState().scenario!, { nodeId: 'gang', kind: 'info', yaw: 30, pitch: 5 }));
    expect(useDraft.getState().scenario!.nodes[0]!.hotspots).toHaveLength(1);
    useDraft.getState().undo();
    expect(useDraft.getState().scenario!.nodes[0]!.hotspots).toHaveLength(0);
    useDraft.getState().redo();
    expect(useDraft.getState().scenario!.nodes[0]!.hotspots).toHaveLength(1);

    expect(useDraft.getState().apply(retitleNode(useDraft.getState().scenario!, { nodeId: 'bestaat-niet', title: { nl: 'x' } }))).toBeNull();
    expect(useDraft.getState().refusal?.nl).toContain('bestaat-niet');
    useDraft.getState().close();
  });
});
