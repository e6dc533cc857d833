import { describe, expect, it } from 'vitest';
import {
  addOption,
  moveOption,
  removeOption,
  setOptionFeedback,
  setOptionLabel,
  setOptionNext,
  setOptionStance,
  setOptionTags,
  setOptionTalkingPoint,
} from '../../../src/core/authoring/option-operations.ts';
import type { Option, Scenario } from '../../../src/core/scenario-schema.ts';
import { edited, nodeOf, refused, sample } from './round-trip.ts';

const kamer = { nodeId: 'kamer' };
const collega = { nodeId: 'kamer', hotspotId: 'collega' };

function options(s: Scenario, hotspotId?: string): Option[] {
  const node = nodeOf(s, 'kamer');
  const h = node.hotspots.find((x) => x.id === hotspotId);
  const q = h?.kind === 'question' ? h.question : node.question;
  return q && q.kind !== 'scale' ? q.options : [];
}
const option = (s: Scenario, id: string, hotspotId?: string) => options(s, hotspotId).find((o) => o.id === id);

describe('addOption', () => {
  it('adds an option with empty texts and no tags yet, at the end', () => {
    const s = sample();
    const outcome = addOption(s, kamer);
    expect(outcome.ok && outcome.optionId).toBe('optie');
    expect(options(edited(s, outcome)).at(-1)).toEqual({ id: 'optie', label: { nl: '' }, tags: [], stance: 'neutral', talkingPoint: { nl: '' } });
  });

  it('takes the id from the Dutch label, unique within the question, and inserts at a place', () => {
    const s = sample();
    const outcome = addOption(s, { ...collega, label: { nl: 'Ja!' }, index: 0 });
    expect(outcome.ok && outcome.optionId).toBe('ja-2');
    expect(options(edited(s, outcome), 'collega').map((o) => o.id)).toEqual(['ja-2', 'ja', 'nee']);
  });

  it('refuses a scale question and a place outside the list', () => {
    refused(addOption(sample(), { nodeId: 'afronding' }), 'wrong-question-kind');
    refused(addOption(sample(), { ...kamer, index: 3 }), 'invalid-place');
  });
});

describe('removeOption and moveOption', () => {
  it('removes an option', () => {
    const s = sample();
    expect(options(edited(s, removeOption(s, { ...kamer, optionId: 'wassen' }))).map((o) => o.id)).toEqual(['vragen']);
  });

  it('moves an option to another place', () => {
    const s = sample();
    const three = edited(s, addOption(s, { ...kamer, label: { nl: 'Wachten' } }));
    expect(options(edited(three, moveOption(three, { ...kamer, optionId: 'wachten', index: 0 }))).map((o) => o.id)).toEqual(['wachten', 'wassen', 'vragen']);
    expect(options(edited(three, moveOption(three, { ...kamer, optionId: 'wassen', index: 2 }))).map((o) => o.id)).toEqual(['vragen', 'wachten', 'wassen']);
  });

  it('refuses an unknown option and a place outside the list', () => {
    refused(removeOption(sample(), { ...kamer, optionId: 'dansen' }), 'unknown-option');
    refused(moveOption(sample(), { ...kamer, optionId: 'wassen', index: 2 }), 'invalid-place');
  });
});

describe('option fields', () => {
  it('sets the label', () => {
    const s = sample();
    expect(option(edited(s, setOptionLabel(s, { ...kamer, optionId: 'wassen', text: { nl: 'Wassen' } })), 'wassen')?.label).toEqual({
      nl: 'Wassen',
      en: 'I help her wash',
    });
  });

  it('sets and clears the next node', () => {
    const s = sample();
    expect(option(edited(s, setOptionNext(s, { ...collega, optionId: 'ja', next: 'einde' })), 'ja', 'collega')?.next).toBe('einde');
    expect(option(edited(s, setOptionNext(s, { ...kamer, optionId: 'wassen', next: null })), 'wassen')).not.toHaveProperty('next');
    refused(setOptionNext(s, { ...kamer, optionId: 'wassen', next: 'zolder' }), 'unknown-node');
  });

  it('sets the work aspect tags, without repeats, and refuses unknown ones', () => {
    const s = sample();
    const tags = ['tijdsdruk', 'directe-zorg', 'tijdsdruk'];
    expect(option(edited(s, setOptionTags(s, { ...kamer, optionId: 'wassen', tags })), 'wassen')?.tags).toEqual(['tijdsdruk', 'directe-zorg']);
    refused(setOptionTags(s, { ...kamer, optionId: 'wassen', tags: ['koffie'] }), 'unknown-work-aspect');
  });

  it('sets the stance and refuses an unknown one', () => {
    const s = sample();
    expect(option(edited(s, setOptionStance(s, { ...kamer, optionId: 'wassen', stance: 'against' })), 'wassen')?.stance).toBe('against');
    refused(setOptionStance(s, { ...kamer, optionId: 'wassen', stance: 'maybe' as 'for' }), 'unknown-stance');
  });

  it('sets the talking point', () => {
    const s = sample();
    expect(option(edited(s, setOptionTalkingPoint(s, { ...kamer, optionId: 'vragen', text: { en: 'Why?' } })), 'vragen')?.talkingPoint).toEqual({
      nl: 'Waarom vraag je het eerst?',
      en: 'Why?',
    });
  });

  it('sets and removes the feedback', () => {
    const s = sample();
    expect(option(edited(s, setOptionFeedback(s, { ...kamer, optionId: 'wassen', text: { nl: 'Goed zo.' } })), 'wassen')?.feedback).toEqual({ nl: 'Goed zo.' });
    expect(option(edited(s, setOptionFeedback(s, { ...kamer, optionId: 'vragen', text: null })), 'vragen')).not.toHaveProperty('feedback');
  });

  it('gives typing in one field of one option its own merge key', () => {
    const s = sample();
    const a = setOptionLabel(s, { ...kamer, optionId: 'wassen', text: { nl: 'a' } });
    const b = setOptionLabel(s, { ...kamer, optionId: 'vragen', text: { nl: 'a' } });
    const c = setOptionTalkingPoint(s, { ...kamer, optionId: 'wassen', text: { nl: 'a' } });
    const keys = [a, b, c].map((o) => o.ok && o.edit.mergeKey);
    expect(new Set(keys).size).toBe(3);
  });
});
