/**
 * Tags on options and scales come from the fixed list of work aspects: the gesprekskaart and
 * the matching aid count them, so an unknown tag is refused here rather than counted wrong.
 */
import { WORK_ASPECTS, type WorkAspectId } from '../work-aspects.ts';
import { fail, type Failure } from './outcome.ts';

/** The tags without repeats, in the order given; or an error naming the first unknown one. */
export function workAspectTags(tags: readonly string[]): WorkAspectId[] | Failure {
  const unknown = tags.find((t) => !Object.hasOwn(WORK_ASPECTS, t));
  if (unknown !== undefined) {
    return fail('unknown-work-aspect', `"${unknown}" is geen werkaspect uit de lijst.`, `"${unknown}" is not a work aspect from the list.`);
  }
  return [...new Set(tags as readonly WorkAspectId[])];
}
