import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../src/core/authoring/apply-edit.ts';
import { invertEdit } from '../../../src/core/authoring/invert-edit.ts';
import { removeNode } from '../../../src/core/authoring/remove-node.ts';
import { nodeRefs } from '../../../src/core/checker/structure.ts';
import { edited, nodeOf, refused, sample } from './round-trip.ts';

describe('removeNode', () => {
  it('removes the node and clears every link to it, listing what held them', () => {
    const s = sample();
    const outcome = removeNode(s, { nodeId: 'afronding' });
    const after = edited(s, outcome);
    expect(after.nodes.map((n) => n.id)).toEqual(['gang', 'kamer', 'einde']);
    expect(nodeRefs(after).filter((r) => r.target === 'afronding')).toEqual([]);
    const kamer = nodeOf(after, 'kamer');
    expect(kamer.question?.kind === 'choice' && kamer.question.options.map((o) => o.next)).toEqual([undefined, undefined]);
    expect(kamer.question?.kind === 'choice' && 'next' in kamer.question.options[0]!).toBe(false);
    expect(kamer.timer).toEqual({ seconds: 60, next: '' });
    expect(outcome.ok && outcome.clearedLinks).toEqual([
      { link: 'option-next', nodeId: 'kamer', questionId: 'eerst-doen', optionId: 'wassen' },
      { link: 'option-next', nodeId: 'kamer', questionId: 'eerst-doen', optionId: 'vragen' },
      { link: 'timer', nodeId: 'kamer' },
    ]);
  });

  it('clears the start node, goto targets and conditions that name it, and a single undo brings them back', () => {
    const s = sample();
    const outcome = removeNode(s, { nodeId: 'gang' });
    const after = edited(s, outcome);
    expect(after.startNode).toBe('');
    const wassen = nodeOf(after, 'kamer').question;
    expect(wassen?.kind === 'choice' && wassen.options[1]).not.toHaveProperty('condition');
    expect(outcome.ok && outcome.clearedLinks).toEqual([
      { link: 'start' },
      { link: 'condition', nodeId: 'kamer', questionId: 'eerst-doen', optionId: 'vragen' },
    ]);
    if (!outcome.ok) return;
    const undone = applyEdit(after, invertEdit(outcome.edit));
    expect(undone.ok && undone.scenario).toEqual(s);
  });

  it('sets a goto hotspot that led there to "not chosen yet", keeping the hotspot', () => {
    const s = sample();
    const outcome = removeNode(s, { nodeId: 'kamer' });
    const deur = nodeOf(edited(s, outcome), 'gang').hotspots.find((h) => h.id === 'deur');
    expect(deur).toMatchObject({ kind: 'goto', target: '', yaw: 90, label: { nl: 'Naar de kamer' } });
    expect(outcome.ok && outcome.clearedLinks).toEqual([{ link: 'goto', nodeId: 'gang', hotspotId: 'deur' }]);
  });

  it('keeps the rest of a condition that also names other nodes', () => {
    const s = sample();
    const kamer = nodeOf(s, 'kamer');
    const q = kamer.question!;
    if (q.kind === 'scale') throw new Error('fixture changed');
    const options = q.options.with(1, { ...q.options[1]!, condition: { visited: ['gang', 'einde'], notVisited: ['gang'] } });
    const withTwo = { ...s, nodes: s.nodes.with(1, { ...kamer, question: { ...q, options } }) };
    const after = nodeOf(edited(withTwo, removeNode(withTwo, { nodeId: 'gang' })), 'kamer').question;
    expect(after?.kind === 'choice' && after.options[1]?.condition).toEqual({ visited: ['einde'] });
  });

  it('leaves the scale question next out when its node goes', () => {
    const s = sample();
    const after = edited(s, removeNode(s, { nodeId: 'einde' }));
    expect(nodeOf(after, 'afronding').question).not.toHaveProperty('next');
  });

  it('shares the nodes that did not link to it', () => {
    const s = sample();
    const outcome = removeNode(s, { nodeId: 'einde' });
    if (!outcome.ok) throw new Error('refused');
    expect(Object.keys(outcome.edit.nodes.updated)).toEqual(['afronding']);
  });

  it('refuses an unknown node', () => {
    refused(removeNode(sample(), { nodeId: 'zolder' }), 'unknown-node');
  });
});
