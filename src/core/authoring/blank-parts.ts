/**
 * New parts with empty texts for the content maker to fill in. They are drafts: an empty
 * Dutch text or a question without options does not match the format yet, and the checker
 * says so next to the field, which is where the content maker looks.
 */
import type { LocalizedText } from '../localized-text.ts';
import type { Hotspot, Option, Question, ScaleQuestion } from '../scenario-schema.ts';
import type { HotspotPlace } from './hotspot-place.ts';

export const HOTSPOT_KINDS = ['info', 'goto', 'question'] as const satisfies readonly Hotspot['kind'][];
export const QUESTION_KINDS = ['choice', 'reflection', 'scale'] as const satisfies readonly Question['kind'][];

const empty = (): LocalizedText => ({ nl: '' });

export function blankOption(id: string, label: LocalizedText = empty()): Option {
  return { id, label, tags: [], stance: 'neutral', talkingPoint: empty() };
}

function blankScale(id: string, prompt: LocalizedText): ScaleQuestion {
  return {
    id,
    kind: 'scale',
    prompt,
    min: 1,
    max: 5,
    // Nearly every scale asks "how much does this suit you?", so the ends come filled in.
    minLabel: { nl: 'Helemaal niet', en: 'Not at all' },
    maxLabel: { nl: 'Helemaal wel', en: 'Very much' },
    tags: [],
    talkingPoint: empty(),
  };
}

export function blankQuestion(kind: Question['kind'], id: string): Question {
  return kind === 'scale' ? blankScale(id, empty()) : { id, kind, prompt: empty(), options: [] };
}

/** Keeps the id and the prompt; choice ↔ reflection also keeps the options. */
export function withQuestionKind(question: Question, kind: Question['kind']): Question {
  if (question.kind === kind) return question;
  if (kind === 'scale') return blankScale(question.id, question.prompt);
  const options = question.kind === 'scale' ? [] : question.options;
  return { id: question.id, kind, prompt: question.prompt, options };
}

export function blankHotspot(kind: Hotspot['kind'], id: string, place: HotspotPlace, label: LocalizedText, questionId: string): Hotspot {
  const base = { id, yaw: place.yaw, pitch: place.pitch, label };
  if (kind === 'info') return { ...base, kind, text: empty() };
  // No target yet: the content maker picks one; until then the checker reports it.
  if (kind === 'goto') return { ...base, kind, target: '' };
  return { ...base, kind, question: blankQuestion('choice', questionId) };
}

/** Keeps id, label, place and condition; what belongs to the old kind goes (undo brings it back). */
export function withHotspotKind(hotspot: Hotspot, kind: Hotspot['kind'], questionId: string): Hotspot {
  if (hotspot.kind === kind) return hotspot;
  const fresh = blankHotspot(kind, hotspot.id, hotspot, hotspot.label, questionId);
  return hotspot.condition ? { ...fresh, condition: hotspot.condition } : fresh;
}
