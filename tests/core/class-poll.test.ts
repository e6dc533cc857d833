import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../src/core/api/stored-event.ts';
import { classPolls } from '../../src/core/class-poll.ts';
import { build, choice, node, option, scale } from './fixtures.ts';

const PATH = 'ouderenzorg/test';

function answer(participantCode: string, seq: number, questionId: string, optionId: string | null, value: number | null = null): StoredEvent {
  const body =
    optionId !== null && value === null && !questionId.startsWith('r')
      ? { type: 'question-answered' as const, nodeId: 'a', questionId, optionId, msToAnswer: 100, changedFrom: null }
      : { type: 'reflection-answered' as const, nodeId: 'a', questionId, optionId, value, msToAnswer: 100, changedFrom: null };
  return {
    id: crypto.randomUUID(),
    sessionId: 's',
    participantCode,
    participationId: `participation-${participantCode}`,
    seq,
    at: seq,
    serverAt: seq,
    scenario: PATH,
    body,
    scenarioVersion: '1.0.0',
  };
}

describe('class polls', () => {
  const index = build([
    node('a', { question: choice('q1', [option('ja', { next: 'b', talkingPoint: { nl: 'Waarom ja?', en: 'Why yes?' } }), option('nee', { next: 'b' })]) }),
    node('b', { question: scale('r1', { min: 1, max: 5 }) }),
  ]);
  const scenario = index.scenario;

  it('counts each participant once, with their latest answer, and names nobody', () => {
    const events = [
      answer('P-AAAA', 0, 'q1', 'ja'),
      answer('P-CCCC', 0, 'q1', 'ja'),
      answer('P-AAAA', 1, 'q1', 'nee'), // changed their mind
      answer('P-DDDD', 0, 'q1', 'nee'),
      answer('P-AAAA', 2, 'r1', null, 4),
      answer('P-CCCC', 1, 'r1', null, 4),
      { ...answer('P-EEEE', 0, 'q1', 'ja'), scenario: 'thuiszorg/other' }, // another scenario: not counted
    ];
    const polls = classPolls(events, PATH, scenario);
    const q1 = polls.find((p) => p.questionId === 'q1')!;
    expect(q1.bars.map((b) => [b.id, b.count])).toEqual([
      ['ja', 1],
      ['nee', 2],
    ]);
    expect(q1.answered).toBe(3);
    expect(q1.discussion.map((d) => d.nl)).toEqual(['Waarom ja?', 'Waarom koos je dit?']);
    const r1 = polls.find((p) => p.questionId === 'r1')!;
    expect(r1.bars.map((b) => b.count)).toEqual([0, 0, 0, 2, 0]);
    expect(r1.discussion.map((d) => d.nl)).toEqual(['Wat maakt dat je dit koos?']);
    expect(JSON.stringify(polls)).not.toContain('P-');
  });

  it('lists every question with zero counts before anyone answers', () => {
    const polls = classPolls([], PATH, scenario);
    expect(polls.map((p) => [p.questionId, p.answered])).toEqual([
      ['q1', 0],
      ['r1', 0],
    ]);
  });
});
