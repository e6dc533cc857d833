import { describe, expect, it } from 'vitest';
import { addHotspot, moveHotspot, removeHotspot, setHotspotKind, setHotspotTarget, setHotspotTexts } from '../../../src/core/authoring/hotspot-operations.ts';
import { edited, nodeOf, refused, sample } from './round-trip.ts';

const hotspot = (s: ReturnType<typeof sample>, nodeId: string, id: string) => nodeOf(s, nodeId).hotspots.find((h) => h.id === id);

describe('addHotspot', () => {
  it('adds an info hotspot with empty texts, its place wrapped, clamped and rounded', () => {
    const s = sample();
    const outcome = addHotspot(s, { nodeId: 'einde', kind: 'info', yaw: 200.04, pitch: 95 });
    expect(outcome.ok && outcome.hotspotId).toBe('info');
    expect(hotspot(edited(s, outcome), 'einde', 'info')).toEqual({ id: 'info', kind: 'info', yaw: -160, pitch: 90, label: { nl: '' }, text: { nl: '' } });
  });

  it('takes the id from the Dutch label, unique within the node', () => {
    const s = sample();
    const outcome = addHotspot(s, { nodeId: 'gang', kind: 'info', yaw: 0, pitch: 0, label: { nl: 'Rooster' } });
    expect(outcome.ok && outcome.hotspotId).toBe('rooster-2');
    const elsewhere = addHotspot(s, { nodeId: 'einde', kind: 'info', yaw: 0, pitch: 0, label: { nl: 'Rooster' } });
    expect(elsewhere.ok && elsewhere.hotspotId).toBe('rooster');
  });

  it('adds a goto hotspot, with or without its target', () => {
    const s = sample();
    const open = addHotspot(s, { nodeId: 'einde', kind: 'goto', yaw: 10, pitch: 0 });
    expect(hotspot(edited(s, open), 'einde', 'ga-naar')).toMatchObject({ kind: 'goto', target: '' });
    const to = addHotspot(s, { nodeId: 'einde', kind: 'goto', yaw: 10, pitch: 0, target: 'gang' });
    expect(hotspot(edited(s, to), 'einde', 'ga-naar')).toMatchObject({ kind: 'goto', target: 'gang' });
    refused(addHotspot(s, { nodeId: 'einde', kind: 'goto', yaw: 10, pitch: 0, target: 'zolder' }), 'unknown-node');
  });

  it('adds a question hotspot whose question id is unique in the whole scenario', () => {
    const s = sample();
    const first = edited(s, addHotspot(s, { nodeId: 'einde', kind: 'question', yaw: 0, pitch: 0 }));
    expect(hotspot(first, 'einde', 'vraag')).toMatchObject({
      kind: 'question',
      question: { id: 'einde-vraag', kind: 'choice', prompt: { nl: '' }, options: [] },
    });
    const second = edited(first, addHotspot(first, { nodeId: 'einde', kind: 'question', yaw: 90, pitch: 0 }));
    expect(hotspot(second, 'einde', 'vraag-2')).toMatchObject({ question: { id: 'einde-vraag-2' } });
  });

  it('refuses an unknown node, an unknown kind and a place that is not a number', () => {
    const s = sample();
    refused(addHotspot(s, { nodeId: 'zolder', kind: 'info', yaw: 0, pitch: 0 }), 'unknown-node');
    refused(addHotspot(s, { nodeId: 'gang', kind: 'video' as 'info', yaw: 0, pitch: 0 }), 'unknown-kind');
    refused(addHotspot(s, { nodeId: 'gang', kind: 'info', yaw: Number.NaN, pitch: 0 }), 'invalid-number');
  });
});

describe('moveHotspot', () => {
  it('moves a hotspot, with a merge key for the drag', () => {
    const s = sample();
    const outcome = moveHotspot(s, { nodeId: 'gang', hotspotId: 'deur', yaw: -190.26, pitch: -91 });
    expect(hotspot(edited(s, outcome), 'gang', 'deur')).toMatchObject({ yaw: 169.7, pitch: -90 });
    expect(outcome.ok && outcome.edit.label).toEqual({ nl: 'Hotspot verplaatst', en: 'Hotspot moved' });
    expect(outcome.ok && outcome.edit.mergeKey).toBe('move-hotspot/gang/deur');
  });

  it('refuses an unknown hotspot and a place that is not a number', () => {
    refused(moveHotspot(sample(), { nodeId: 'gang', hotspotId: 'raam', yaw: 0, pitch: 0 }), 'unknown-hotspot');
    refused(moveHotspot(sample(), { nodeId: 'gang', hotspotId: 'deur', yaw: 0, pitch: Infinity }), 'invalid-number');
  });
});

describe('setHotspotKind', () => {
  it('turns an info hotspot into a question, keeping id, label and place', () => {
    const s = sample();
    const after = edited(s, setHotspotKind(s, { nodeId: 'gang', hotspotId: 'rooster', kind: 'question' }));
    expect(hotspot(after, 'gang', 'rooster')).toEqual({
      id: 'rooster',
      kind: 'question',
      yaw: -40,
      pitch: 5,
      label: { nl: 'Rooster', en: 'Roster' },
      question: { id: 'gang-vraag', kind: 'choice', prompt: { nl: '' }, options: [] },
    });
  });

  it('turns a question hotspot into a goto hotspot, keeping its condition', () => {
    const s = sample();
    const after = edited(s, setHotspotKind(s, { nodeId: 'kamer', hotspotId: 'collega', kind: 'goto' }));
    expect(hotspot(after, 'kamer', 'collega')).toEqual({
      id: 'collega',
      kind: 'goto',
      yaw: 150,
      pitch: -10,
      label: { nl: 'Collega', en: 'Colleague' },
      condition: { variables: [{ name: 'geduld', op: 'gte', value: 0 }] },
      target: '',
    });
  });

  it('refuses an unknown kind', () => {
    refused(setHotspotKind(sample(), { nodeId: 'gang', hotspotId: 'deur', kind: 'door' as 'goto' }), 'unknown-kind');
  });
});

describe('setHotspotTexts', () => {
  it('changes the label and the info text', () => {
    const s = sample();
    const after = edited(s, setHotspotTexts(s, { nodeId: 'gang', hotspotId: 'rooster', label: { nl: 'Dienstrooster' }, text: { en: 'From 7 to 3.' } }));
    expect(hotspot(after, 'gang', 'rooster')).toMatchObject({
      label: { nl: 'Dienstrooster', en: 'Roster' },
      text: { nl: 'Je werkt vandaag van 7 tot 15 uur.', en: 'From 7 to 3.' },
    });
  });

  it('changes the label of any kind, but an explanation only on info hotspots', () => {
    const s = sample();
    expect(hotspot(edited(s, setHotspotTexts(s, { nodeId: 'gang', hotspotId: 'deur', label: { nl: 'Deur' } })), 'gang', 'deur')?.label.nl).toBe('Deur');
    refused(setHotspotTexts(s, { nodeId: 'gang', hotspotId: 'deur', text: { nl: 'Uitleg' } }), 'wrong-hotspot-kind');
  });
});

describe('setHotspotTarget', () => {
  it('sets where a goto hotspot leads', () => {
    const s = sample();
    expect(hotspot(edited(s, setHotspotTarget(s, { nodeId: 'gang', hotspotId: 'deur', target: 'einde' })), 'gang', 'deur')).toMatchObject({ target: 'einde' });
  });

  it('refuses an unknown node and a hotspot that is not a goto', () => {
    refused(setHotspotTarget(sample(), { nodeId: 'gang', hotspotId: 'deur', target: 'zolder' }), 'unknown-node');
    refused(setHotspotTarget(sample(), { nodeId: 'gang', hotspotId: 'rooster', target: 'einde' }), 'wrong-hotspot-kind');
  });
});

describe('removeHotspot', () => {
  it('removes the hotspot', () => {
    const s = sample();
    expect(nodeOf(edited(s, removeHotspot(s, { nodeId: 'gang', hotspotId: 'rooster' })), 'gang').hotspots.map((h) => h.id)).toEqual(['deur']);
  });

  it('refuses an unknown hotspot', () => {
    refused(removeHotspot(sample(), { nodeId: 'gang', hotspotId: 'raam' }), 'unknown-hotspot');
  });
});
