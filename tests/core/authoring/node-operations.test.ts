import { describe, expect, it } from 'vitest';
import { isEmptyEdit } from '../../../src/core/authoring/edit.ts';
import { newDraftScenario } from '../../../src/core/authoring/new-draft-scenario.ts';
import {
  addNodeFromPhoto,
  removeEnding,
  removeNarration,
  removeTimer,
  retitleNode,
  setEnding,
  setNarrationAudio,
  setNarrationText,
  setStartNode,
  setTimer,
} from '../../../src/core/authoring/node-operations.ts';
import { edited, nodeOf, refused, sample } from './round-trip.ts';

const photo = { src: 'media/keuken.jpg', preview: 'media/keuken-preview.jpg' };

describe('addNodeFromPhoto', () => {
  it('adds an image node at the end with an id from the Dutch title', () => {
    const s = sample();
    const outcome = addNodeFromPhoto(s, { title: { nl: 'De keuken van Cliënt’s huis', en: 'The kitchen' }, ...photo });
    expect(outcome.ok && outcome.nodeId).toBe('de-keuken-van-clients-huis');
    const after = edited(s, outcome);
    expect(after.nodes.at(-1)).toEqual({
      id: 'de-keuken-van-clients-huis',
      title: { nl: 'De keuken van Cliënt’s huis', en: 'The kitchen' },
      media: { type: 'image', src: 'media/keuken.jpg', preview: 'media/keuken-preview.jpg', stereo: 'mono' },
      hotspots: [],
    });
    expect(after.startNode).toBe('gang');
  });

  it('makes the id unique among the nodes', () => {
    const s = sample();
    const outcome = addNodeFromPhoto(s, { title: { nl: 'Gang' }, ...photo });
    expect(outcome.ok && outcome.nodeId).toBe('gang-2');
  });

  it('inserts at a given place, and refuses a place outside the list', () => {
    const s = sample();
    expect(edited(s, addNodeFromPhoto(s, { title: { nl: 'Hal' }, ...photo, index: 1 })).nodes.map((n) => n.id)).toEqual([
      'gang',
      'hal',
      'kamer',
      'afronding',
      'einde',
    ]);
    refused(addNodeFromPhoto(s, { title: { nl: 'Hal' }, ...photo, index: 9 }), 'invalid-place');
  });

  it('makes the first node of a new draft its start node; an empty title gives "scene"', () => {
    const draft = newDraftScenario({ title: { nl: 'Nachtdienst' }, zorgcategorie: 'ggz' });
    if (!draft.ok) throw new Error('no draft');
    expect(draft.scenario.id).toBe('nachtdienst');
    const after = edited(draft.scenario, addNodeFromPhoto(draft.scenario, { title: {}, ...photo }));
    expect(after.startNode).toBe('scene');
    expect(after.nodes[0]?.title).toEqual({ nl: '' });
  });
});

describe('retitleNode', () => {
  it('changes the title and keeps the id (ids are in the logs)', () => {
    const s = sample();
    const after = edited(s, retitleNode(s, { nodeId: 'gang', title: { nl: 'De lange gang' } }));
    expect(nodeOf(after, 'gang').title).toEqual({ nl: 'De lange gang', en: 'The corridor' });
  });

  it('takes the English away when it is emptied, and keeps spaces as typed', () => {
    const s = sample();
    const after = edited(s, retitleNode(s, { nodeId: 'gang', title: { nl: 'De ', en: '' } }));
    expect(nodeOf(after, 'gang').title).toEqual({ nl: 'De ' });
  });

  it('gives typing in Dutch and in English different merge keys', () => {
    const s = sample();
    const nl = retitleNode(s, { nodeId: 'gang', title: { nl: 'x' } });
    const en = retitleNode(s, { nodeId: 'gang', title: { en: 'x' } });
    expect(nl.ok && nl.edit.mergeKey).not.toBe(en.ok && en.edit.mergeKey);
  });

  it('refuses an unknown node', () => {
    const error = refused(retitleNode(sample(), { nodeId: 'zolder', title: { nl: 'x' } }), 'unknown-node');
    expect(error.message.nl).toContain('"zolder"');
  });
});

describe('setStartNode', () => {
  it('sets the start node', () => {
    const s = sample();
    expect(edited(s, setStartNode(s, { nodeId: 'kamer' })).startNode).toBe('kamer');
  });

  it('refuses an unknown node', () => {
    refused(setStartNode(sample(), { nodeId: 'zolder' }), 'unknown-node');
  });
});

describe('setEnding and removeEnding', () => {
  it('marks a node as ending with an empty takeaway', () => {
    const s = sample();
    const outcome = setEnding(s, { nodeId: 'afronding' });
    expect(outcome.ok && outcome.edit.label.en).toBe('Marked as ending');
    expect(nodeOf(edited(s, outcome), 'afronding').ending).toEqual({ takeaway: { nl: '' } });
  });

  it('changes the takeaway of an ending', () => {
    const s = sample();
    const outcome = setEnding(s, { nodeId: 'einde', takeaway: { nl: 'Zorg is samenwerken.' } });
    expect(outcome.ok && outcome.edit.label.en).toBe('Takeaway changed');
    expect(nodeOf(edited(s, outcome), 'einde').ending?.takeaway).toEqual({ nl: 'Zorg is samenwerken.', en: 'Care is deciding together.' });
  });

  it('unmarks an ending', () => {
    const s = sample();
    expect(nodeOf(edited(s, removeEnding(s, { nodeId: 'einde' })), 'einde')).not.toHaveProperty('ending');
  });
});

describe('narration', () => {
  it('sets the narration text, creating the narration when there is none', () => {
    const s = sample();
    const after = edited(s, setNarrationText(s, { nodeId: 'kamer', text: { nl: 'Je klopt aan.', en: 'You knock.' } }));
    expect(nodeOf(after, 'kamer').narration).toEqual({ text: { nl: 'Je klopt aan.', en: 'You knock.' } });
  });

  it('changes the text and keeps the audio', () => {
    const s = sample();
    const after = edited(s, setNarrationText(s, { nodeId: 'gang', text: { nl: 'Het is acht uur.' } }));
    expect(nodeOf(after, 'gang').narration).toEqual({ text: { nl: 'Het is acht uur.', en: 'It is seven o’clock.' }, audio: { nl: 'audio/gang-nl.mp3' } });
  });

  it('sets and takes away the audio per language', () => {
    const s = sample();
    const withEn = edited(s, setNarrationAudio(s, { nodeId: 'gang', language: 'en', path: 'audio/gang-en.mp3' }));
    expect(nodeOf(withEn, 'gang').narration?.audio).toEqual({ nl: 'audio/gang-nl.mp3', en: 'audio/gang-en.mp3' });
    const none = edited(s, setNarrationAudio(s, { nodeId: 'gang', language: 'nl', path: null }));
    expect(nodeOf(none, 'gang').narration).toEqual({ text: { nl: 'Het is zeven uur.', en: 'It is seven o’clock.' } });
  });

  it('adds audio to a node without narration (the text is still to be written)', () => {
    const s = sample();
    const after = edited(s, setNarrationAudio(s, { nodeId: 'kamer', language: 'nl', path: 'audio/kamer.mp3' }));
    expect(nodeOf(after, 'kamer').narration).toEqual({ text: { nl: '' }, audio: { nl: 'audio/kamer.mp3' } });
  });

  it('removes the narration', () => {
    const s = sample();
    expect(nodeOf(edited(s, removeNarration(s, { nodeId: 'gang' })), 'gang')).not.toHaveProperty('narration');
  });
});

describe('timers', () => {
  it('sets and removes a timer', () => {
    const s = sample();
    const after = edited(s, setTimer(s, { nodeId: 'gang', seconds: 30, next: 'kamer' }));
    expect(nodeOf(after, 'gang').timer).toEqual({ seconds: 30, next: 'kamer' });
    expect(nodeOf(edited(s, removeTimer(s, { nodeId: 'kamer' })), 'kamer')).not.toHaveProperty('timer');
  });

  it('refuses a timer to an unknown node or without a number', () => {
    refused(setTimer(sample(), { nodeId: 'gang', seconds: 30, next: 'zolder' }), 'unknown-node');
    refused(setTimer(sample(), { nodeId: 'gang', seconds: Number.NaN, next: 'kamer' }), 'invalid-number');
  });
});

describe('every operation', () => {
  it('gives an empty edit when nothing changes', () => {
    const s = sample();
    const outcome = retitleNode(s, { nodeId: 'gang', title: { nl: 'De gang' } });
    expect(outcome.ok && isEmptyEdit(outcome.edit)).toBe(true);
  });

  it('refuses a scenario with two nodes of one id, which edits cannot tell apart', () => {
    const s = sample();
    const doubled = { ...s, nodes: [...s.nodes, s.nodes[0]!] };
    refused(retitleNode(doubled, { nodeId: 'kamer', title: { nl: 'x' } }), 'duplicate-node-id');
  });
});

describe('newDraftScenario', () => {
  it('refuses a zorgcategorie that is not on the list', () => {
    refused(newDraftScenario({ title: { nl: 'x' }, zorgcategorie: 'tandarts' }), 'unknown-zorgcategorie');
  });
});
