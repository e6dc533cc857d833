import type { StoredEvent } from '../api/stored-event.ts';
import type { LocalizedText } from '../localized-text.ts';
import type { ChoiceItem, Hesitation, HesitationKind, ReflectionItem } from './gesprekskaart-types.ts';
import type { ResolveLogged } from '../logged-content.ts';
import { both, nodeTitle, scenarioTitle, seconds } from './text-format.ts';

export const DEFAULT_LONG_ANSWER_MS = 20_000;
/** An answer faster than this is never called slow, however quick the candidate's other answers were. */
export const MIN_SLOW_ANSWER_MS = 5_000;
/** The "twice the candidate's own median" rule needs a few answers to say anything. */
const MIN_ANSWERS_FOR_MEDIAN = 3;

/**
 * Moments of hesitation, in the order they happened:
 * - slow answer: longer than `longAnswerMs` (default 20 s), or longer than twice the
 *   candidate's own median time to answer (when there are at least 3 answers) and at least 5 s
 *   — people read at different speeds, so "slow" is also measured against themselves;
 * - changed answer: an answer given again with a different option or value (`changedFrom`);
 * - back: the candidate went back to the previous scene;
 * - restart: a scene or the whole scenario started again;
 * - timer expired: the scene moved on before the candidate chose.
 */
export function findHesitations(
  events: readonly StoredEvent[],
  answers: { choices: readonly ChoiceItem[]; reflections: readonly ReflectionItem[] },
  resolve: ResolveLogged,
  longAnswerMs = DEFAULT_LONG_ANSWER_MS,
): Hesitation[] {
  const all = [...answers.choices, ...answers.reflections].sort((a, b) => a.at - b.at);
  // Per scenario the version its events recorded (a session plays one version of each).
  const versionOf = new Map(events.flatMap((e) => (e.scenario !== null && e.scenarioVersion ? [[e.scenario, e.scenarioVersion] as const] : [])));
  const median = all.length >= MIN_ANSWERS_FOR_MEDIAN ? medianOf(all.map((a) => a.msToAnswer)) : null;
  const isSlow = (ms: number) => ms > longAnswerMs || (median !== null && ms > 2 * median && ms >= MIN_SLOW_ANSWER_MS);

  const out: Hesitation[] = [];
  for (const a of all) {
    const base = {
      scenario: a.scenario,
      scenarioTitle: a.scenarioTitle,
      zorgcategorie: a.zorgcategorie,
      nodeId: a.nodeId,
      nodeTitle: nodeTitle(resolve(a.scenario, versionOf.get(a.scenario)), a.nodeId),
      questionId: a.questionId,
      question: a.question,
      at: a.at,
    };
    if (isSlow(a.msToAnswer)) {
      out.push({
        ...base,
        kind: 'slow-answer',
        ms: a.msToAnswer,
        description: both((lang, pick) => {
          const usual = median === null ? '' : lang === 'nl' ? `; meestal ${seconds(median)}` : `; usually ${seconds(median)}`;
          return lang === 'nl'
            ? `Lang nagedacht (${seconds(a.msToAnswer)}${usual}) bij "${pick(a.question)}"`
            : `Took a long time (${seconds(a.msToAnswer)}${usual}) on "${pick(a.question)}"`;
        }),
      });
    }
    const changed = changedDescription(a);
    if (changed) out.push({ ...base, kind: 'changed-answer', ms: null, description: changed });
  }

  for (const e of events) {
    if (e.scenario === null) continue;
    const s = resolve(e.scenario, e.scenarioVersion);
    const at = (kind: HesitationKind, nodeId: string, description: LocalizedText): Hesitation => ({
      kind,
      scenario: s.path,
      scenarioTitle: scenarioTitle(s),
      zorgcategorie: s.zorgcategorie,
      nodeId,
      nodeTitle: nodeTitle(s, nodeId),
      questionId: null,
      question: null,
      ms: null,
      at: e.at,
      description,
    });
    const b = e.body;
    if (b.type === 'back') {
      const from = nodeTitle(s, b.fromNodeId);
      const to = nodeTitle(s, b.toNodeId);
      out.push(
        at(
          'back',
          b.fromNodeId,
          both((lang, pick) => (lang === 'nl' ? `Teruggegaan van "${pick(from)}" naar "${pick(to)}"` : `Went back from "${pick(from)}" to "${pick(to)}"`)),
        ),
      );
    } else if (b.type === 'restart') {
      out.push(
        b.scope === 'scenario'
          ? at(
              'restart-scenario',
              b.nodeId,
              both((lang, pick) => (lang === 'nl' ? `"${pick(scenarioTitle(s))}" opnieuw begonnen` : `Started "${pick(scenarioTitle(s))}" again`)),
            )
          : at(
              'restart-scene',
              b.nodeId,
              both((lang, pick) =>
                lang === 'nl' ? `Scène "${pick(nodeTitle(s, b.nodeId))}" opnieuw bekeken` : `Looked at scene "${pick(nodeTitle(s, b.nodeId))}" again`,
              ),
            ),
      );
    } else if (b.type === 'timer-expired') {
      out.push(
        at(
          'timer-expired',
          b.nodeId,
          both((lang, pick) =>
            lang === 'nl'
              ? `Geen keuze gemaakt voordat de tijd om was bij "${pick(nodeTitle(s, b.nodeId))}"`
              : `Did not choose before time ran out at "${pick(nodeTitle(s, b.nodeId))}"`,
          ),
        ),
      );
    }
  }
  // Stable sort: answers and navigation interleave by time; ties keep answers first.
  return out.sort((x, y) => x.at - y.at);
}

type Shown = { label: LocalizedText } | { value: number };

function changedDescription(a: ChoiceItem | ReflectionItem): LocalizedText | null {
  if (!a.changedFrom) return null;
  const before: Shown = a.changedFrom;
  const now: Shown = 'answer' in a ? (a.answer.kind === 'option' ? { label: a.answer.label } : { value: a.answer.value }) : { label: a.label };
  const show = (v: Shown, pick: (t: LocalizedText) => string) => ('label' in v ? `"${pick(v.label)}"` : `${v.value}`);
  return both((lang, pick) =>
    lang === 'nl'
      ? `Antwoord veranderd bij "${pick(a.question)}": eerst ${show(before, pick)}, daarna ${show(now, pick)}`
      : `Changed the answer to "${pick(a.question)}": first ${show(before, pick)}, then ${show(now, pick)}`,
  );
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
