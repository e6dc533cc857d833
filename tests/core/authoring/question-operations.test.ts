import { describe, expect, it } from 'vitest';
import { removeQuestion, setQuestion, setQuestionPrompt, setScale } from '../../../src/core/authoring/question-operations.ts';
import { edited, nodeOf, refused, sample } from './round-trip.ts';

describe('setQuestion', () => {
  it('gives a node without a question an empty one, with an id unique in the scenario', () => {
    const s = sample();
    const outcome = setQuestion(s, { nodeId: 'gang', kind: 'reflection' });
    expect(outcome.ok && outcome.questionId).toBe('gang-vraag');
    expect(outcome.ok && outcome.edit.label.en).toBe('Question added');
    expect(nodeOf(edited(s, outcome), 'gang').question).toEqual({ id: 'gang-vraag', kind: 'reflection', prompt: { nl: '' }, options: [] });
  });

  it('gives a new scale question the usual ends already filled in', () => {
    const s = sample();
    expect(nodeOf(edited(s, setQuestion(s, { nodeId: 'einde', kind: 'scale' })), 'einde').question).toEqual({
      id: 'einde-vraag',
      kind: 'scale',
      prompt: { nl: '' },
      min: 1,
      max: 5,
      minLabel: { nl: 'Helemaal niet', en: 'Not at all' },
      maxLabel: { nl: 'Helemaal wel', en: 'Very much' },
      tags: [],
      talkingPoint: { nl: '' },
    });
  });

  it('changes choice to reflection keeping id, prompt and options', () => {
    const s = sample();
    const outcome = setQuestion(s, { nodeId: 'kamer', kind: 'reflection' });
    expect(outcome.ok && outcome.questionId).toBe('eerst-doen');
    const before = nodeOf(s, 'kamer').question;
    expect(nodeOf(edited(s, outcome), 'kamer').question).toEqual({ ...before, kind: 'reflection' });
  });

  it('changes a choice question to a scale, keeping id and prompt (undo brings the options back)', () => {
    const s = sample();
    const q = nodeOf(edited(s, setQuestion(s, { nodeId: 'kamer', kind: 'scale' })), 'kamer').question;
    expect(q).toMatchObject({ id: 'eerst-doen', kind: 'scale', prompt: { nl: 'Wat doe je eerst?' } });
    expect(q).not.toHaveProperty('options');
  });

  it('changes a scale to a choice question with no options yet', () => {
    const s = sample();
    const q = nodeOf(edited(s, setQuestion(s, { nodeId: 'afronding', kind: 'choice' })), 'afronding').question;
    expect(q).toEqual({ id: 'past-bij-mij', kind: 'choice', prompt: { nl: 'Past dit werk bij mij?', en: 'Does this work suit me?' }, options: [] });
  });

  it('changes the kind of a question hotspot’s question', () => {
    const s = sample();
    const outcome = setQuestion(s, { nodeId: 'kamer', hotspotId: 'collega', kind: 'choice' });
    expect(outcome.ok && outcome.questionId).toBe('samen');
    const h = nodeOf(edited(s, outcome), 'kamer').hotspots[0];
    expect(h?.kind === 'question' && h.question.kind).toBe('choice');
  });

  it('refuses an unknown kind, node or hotspot, and a hotspot that has no question', () => {
    const s = sample();
    refused(setQuestion(s, { nodeId: 'gang', kind: 'quiz' as 'choice' }), 'unknown-kind');
    refused(setQuestion(s, { nodeId: 'zolder', kind: 'choice' }), 'unknown-node');
    refused(setQuestion(s, { nodeId: 'kamer', hotspotId: 'raam', kind: 'choice' }), 'unknown-hotspot');
    refused(setQuestion(s, { nodeId: 'gang', hotspotId: 'rooster', kind: 'choice' }), 'wrong-hotspot-kind');
  });
});

describe('removeQuestion', () => {
  it('removes a node’s question', () => {
    const s = sample();
    expect(nodeOf(edited(s, removeQuestion(s, { nodeId: 'kamer' })), 'kamer')).not.toHaveProperty('question');
  });
});

describe('setQuestionPrompt', () => {
  it('changes the prompt of a node question and of a hotspot question', () => {
    const s = sample();
    expect(nodeOf(edited(s, setQuestionPrompt(s, { nodeId: 'kamer', text: { nl: 'Wat eerst?' } })), 'kamer').question?.prompt).toEqual({
      nl: 'Wat eerst?',
      en: 'What do you do first?',
    });
    const h = nodeOf(edited(s, setQuestionPrompt(s, { nodeId: 'kamer', hotspotId: 'collega', text: { en: 'Together?' } })), 'kamer').hotspots[0];
    expect(h?.kind === 'question' && h.question.prompt).toEqual({ nl: 'Werk je liever samen?', en: 'Together?' });
  });

  it('refuses a node without a question', () => {
    refused(setQuestionPrompt(sample(), { nodeId: 'gang', text: { nl: 'x' } }), 'no-question');
  });
});

describe('setScale', () => {
  it('changes the given fields and leaves the others', () => {
    const s = sample();
    const before = nodeOf(s, 'afronding').question;
    const after = nodeOf(
      edited(s, setScale(s, { nodeId: 'afronding', max: 7, minLabel: { nl: 'Nee' }, tags: ['samenwerken', 'samenwerken'], next: 'gang', variable: null })),
      'afronding',
    ).question;
    const { variable: _v, ...rest } = before as Extract<typeof before, { kind: 'scale' }>;
    expect(after).toEqual({ ...rest, max: 7, minLabel: { nl: 'Nee', en: 'Not at all' }, tags: ['samenwerken'], next: 'gang' });
  });

  it('takes the next node away with null', () => {
    const s = sample();
    expect(nodeOf(edited(s, setScale(s, { nodeId: 'afronding', next: null })), 'afronding').question).not.toHaveProperty('next');
  });

  it('refuses a question that is not a scale, an unknown tag or node, and a bound that is not a number', () => {
    const s = sample();
    refused(setScale(s, { nodeId: 'kamer', max: 3 }), 'wrong-question-kind');
    refused(setScale(s, { nodeId: 'afronding', tags: ['koffie'] }), 'unknown-work-aspect');
    refused(setScale(s, { nodeId: 'afronding', next: 'zolder' }), 'unknown-node');
    refused(setScale(s, { nodeId: 'afronding', min: Number.NaN }), 'invalid-number');
  });
});
