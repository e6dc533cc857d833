import { describe, expect, it } from 'vitest';
import { nodeLinks } from '../../src/core/node-links.ts';
import { nextNodeIds } from '../../src/core/scenario-index.ts';
import { build, choice, node, option, scale } from './fixtures.ts';

describe('nodeLinks', () => {
  it('lists every way out of a node with where it is written: doors, answers, a scale, a timer', () => {
    const index = build([
      node('a', {
        hotspots: [
          { id: 'deur', kind: 'goto', yaw: 0, pitch: 0, label: { nl: 'Deur' }, target: 'b' },
          { id: 'vraag', kind: 'question', yaw: 90, pitch: 0, label: { nl: 'Vraag' }, question: choice('q1', [option('ja', { next: 'c' }), option('nee')]) },
        ],
        question: scale('s', { next: 'd' }),
        timer: { seconds: 10, next: 'b' },
      }),
      node('b', { ending: { takeaway: { nl: 'x' } } }),
      node('c', { ending: { takeaway: { nl: 'x' } } }),
      node('d', { ending: { takeaway: { nl: 'x' } } }),
    ]);
    const links = nodeLinks(index.nodes.get('a')!);
    expect(links.map((l) => [l.kind, l.target, l.path.join('/')])).toEqual([
      ['goto', 'b', 'hotspots/0/target'],
      ['option', 'c', 'hotspots/1/question/options/0/next'],
      ['scale', 'd', 'question/next'],
      ['timer', 'b', 'timer/next'],
    ]);
    expect(links[0]!.label).toEqual({ nl: 'Deur' });
    expect(nextNodeIds(index.nodes.get('a')!)).toEqual(['b', 'c', 'd']);
  });
});
