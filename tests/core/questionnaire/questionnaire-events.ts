import type { StoredEvent } from '../../../src/core/api/stored-event.ts';
import { QUESTIONNAIRE_VERSION } from '../../../src/core/questionnaire/questionnaire.ts';

/** Stored questionnaire answers of one participant, from `seq` on, one second apart. */
export function storedAnswers(answers: [questionId: string, optionIds: string[]][], seq = 0, participantCode = 'P-TEST1'): StoredEvent[] {
  return answers.map(([questionId, optionIds], i) => ({
    id: crypto.randomUUID(),
    sessionId: '11111111-1111-4111-8111-111111111111',
    participantCode,
    participationId: 'participation-1',
    seq: seq + i,
    at: 1_790_000_000_000 + (seq + i) * 1000,
    serverAt: 1_790_000_000_250 + (seq + i) * 1000,
    scenario: null,
    body: { type: 'questionnaire-answered', questionnaireVersion: QUESTIONNAIRE_VERSION, questionId, optionIds, msToAnswer: 2500 },
    scenarioVersion: null,
  }));
}
