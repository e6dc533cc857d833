import { ZORGCATEGORIE_LABELS, ZORGCATEGORIEEN } from '../zorgcategorie.ts';
import type { InterestAnswer, InterestBar, ReflectionItem, ScenarioVisit } from './gesprekskaart-types.ts';
import { both, joinList } from './text-format.ts';

/**
 * Interest per zorgcategorie, for a bar chart.
 *
 * Source: the candidate's own answers on scale reflections ("Zou jij dit werk willen doen?"
 * 1–5), the latest answer per question. Each answer is placed on 0–1 (0 = the minLabel end,
 * 1 = the maxLabel end) so scales of different lengths can share one axis; a zorgcategorie's
 * `level` is the mean over its scenarios' scale answers. Option reflections ("Welk moment sprak
 * je aan?") are not used: they say what appealed, not how much. Scale answers whose question
 * is gone from the scenario are left out, since their range is unknown.
 *
 * This is what the candidate said about themselves, shown back; it is not a measurement.
 */
export function interestPerZorgcategorie(reflections: readonly ReflectionItem[], visits: readonly ScenarioVisit[]): InterestBar[] {
  const answers: (InterestAnswer & { zorgcategorie: string | null })[] = [];
  for (const r of reflections) {
    const a = r.answer;
    if (!r.latest || a.kind !== 'scale' || a.min === null || a.max === null || a.max <= a.min) continue;
    answers.push({
      zorgcategorie: r.zorgcategorie,
      scenario: r.scenario,
      scenarioTitle: r.scenarioTitle,
      questionId: r.questionId,
      question: r.question,
      value: a.value,
      min: a.min,
      max: a.max,
    });
  }

  return ZORGCATEGORIEEN.map((z) => {
    const mine = answers.filter((a) => a.zorgcategorie === z).map(({ zorgcategorie: _, ...a }) => a);
    const explored = visits.some((v) => v.zorgcategorie === z);
    const level = mine.length === 0 ? null : mine.reduce((sum, a) => sum + (a.value - a.min) / (a.max - a.min), 0) / mine.length;
    return { zorgcategorie: z, label: ZORGCATEGORIE_LABELS[z], explored, level, answers: mine, text: caption(mine, explored) };
  });
}

function caption(answers: readonly InterestAnswer[], explored: boolean) {
  if (answers.length > 0)
    return both((lang) =>
      joinList(
        answers.map((a) => `${a.value}/${a.max}`),
        lang,
      ),
    );
  return explored ? { nl: 'geen antwoord', en: 'no answer' } : { nl: 'niet bekeken', en: 'not explored' };
}
