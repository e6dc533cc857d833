import type { StoredEvent } from './api/stored-event.ts';
import type { LocalizedText } from './localized-text.ts';
import type { Question, Scenario } from './scenario-schema.ts';

export interface PollBar {
  /** Option id, or the scale value as a string. */
  id: string;
  label: LocalizedText;
  count: number;
}

export interface Poll {
  scenario: string;
  nodeId: string;
  questionId: string;
  question: LocalizedText;
  kind: Question['kind'];
  bars: PollBar[];
  /** Number of participants who answered (each counted once, with their latest answer). */
  answered: number;
  /** The scenario's talking points for this question, as prompts for the class discussion. */
  discussion: LocalizedText[];
}

/**
 * Anonymous results of every question in a scenario for a class: per option, how many
 * participants chose it as their latest answer. No participant codes leave this function.
 */
export function classPolls(events: StoredEvent[], scenarioPath: string, scenario: Scenario): Poll[] {
  const latest = new Map<string, Map<string, string>>(); // question → participant → answer id
  for (const e of events) {
    if (e.scenario !== scenarioPath) continue;
    const b = e.body;
    if (b.type !== 'question-answered' && b.type !== 'reflection-answered') continue;
    const answer = b.type === 'question-answered' ? b.optionId : (b.optionId ?? (b.value === null ? null : String(b.value)));
    if (answer === null) continue;
    let perQuestion = latest.get(b.questionId);
    if (!perQuestion) latest.set(b.questionId, (perQuestion = new Map()));
    perQuestion.set(e.participantCode, answer);
  }
  const polls: Poll[] = [];
  for (const node of scenario.nodes) {
    const questions = [node.question, ...node.hotspots.map((h) => (h.kind === 'question' ? h.question : undefined))].filter(
      (q): q is Question => q !== undefined,
    );
    for (const q of questions) {
      const answers = [...(latest.get(q.id)?.values() ?? [])];
      const count = (id: string) => answers.filter((a) => a === id).length;
      const bars: PollBar[] =
        q.kind === 'scale'
          ? Array.from({ length: q.max - q.min + 1 }, (_, i) => {
              const v = String(q.min + i);
              return { id: v, label: { nl: v, en: v }, count: count(v) };
            })
          : q.options.map((o) => ({ id: o.id, label: o.label, count: count(o.id) }));
      // Every option (and a scale) carries a talking point: the discussion prompts for the class.
      const discussion = q.kind === 'scale' ? [q.talkingPoint] : q.options.map((o) => o.talkingPoint);
      polls.push({ scenario: scenarioPath, nodeId: node.id, questionId: q.id, question: q.prompt, kind: q.kind, bars, answered: answers.length, discussion });
    }
  }
  return polls;
}
