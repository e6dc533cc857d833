import { WORK_ASPECTS, type WorkAspectId } from '../work-aspects.ts';
import type { AspectTally, ChoiceItem, Gesprekskaart, ReflectionItem } from './gesprekskaart-types.ts';
import { idText } from './text-format.ts';

/**
 * Which work aspects came up, and how.
 *
 * Content makers tag every option with work aspects and give it a stance: "for" means choosing
 * it signals attraction to those aspects, "against" reluctance, "neutral" neither (often the
 * less careful action: the aspect came up, but the choice says nothing about liking it).
 * Rule: every tag of every chosen option counts once under the option's stance. Only the latest
 * answer to each question counts, so a changed answer replaces the earlier one and playing a
 * scenario twice does not double it. Options of reflection questions count like choices. Scale
 * reflections do not count: a low "past dit bij mij?" is about the whole work, not about each
 * tagged aspect.
 *
 * An aspect is listed under `for` when chosen for more often than against, under `against` when
 * the reverse; ties are in neither (but in `all`).
 */
export function tallyAspects(choices: readonly ChoiceItem[], reflections: readonly ReflectionItem[]): Gesprekskaart['aspects'] {
  const counts = new Map<WorkAspectId, AspectTally>();
  const chosen = [...choices.filter((c) => c.latest), ...reflections.flatMap((r) => (r.latest && r.answer.kind === 'option' ? [r.answer] : []))];
  for (const { tags, stance } of chosen) {
    for (const aspect of tags) {
      // A tag outside the vocabulary can only come from an unparsed scenario; show its id.
      const label = (WORK_ASPECTS as Partial<typeof WORK_ASPECTS>)[aspect] ?? idText(aspect);
      const t = counts.get(aspect) ?? { aspect, label, for: 0, against: 0, neutral: 0, total: 0 };
      t[stance] += 1;
      t.total += 1;
      counts.set(aspect, t);
    }
  }
  // Ties keep the vocabulary's order, so the card is the same every time it is built.
  const order = Object.keys(WORK_ASPECTS);
  const byVocabulary = (a: AspectTally, b: AspectTally) => order.indexOf(a.aspect) - order.indexOf(b.aspect);
  const all = [...counts.values()].sort((a, b) => b.total - a.total || byVocabulary(a, b));
  return {
    all,
    for: all.filter((t) => t.for > t.against).sort((a, b) => b.for - a.for || b.total - a.total || byVocabulary(a, b)),
    against: all.filter((t) => t.against > t.for).sort((a, b) => b.against - a.against || b.total - a.total || byVocabulary(a, b)),
  };
}
