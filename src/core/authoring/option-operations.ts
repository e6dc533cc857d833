/** Operations on the options of a choice or reflection question. */
import type { Option, Scenario } from '../scenario-schema.ts';
import { Stance } from '../scenario-schema.ts';
import { bilingual } from './bilingual-text.ts';
import { blankOption } from './blank-parts.ts';
import { findNode } from './change-scenario.ts';
import { uniqueId } from './new-id.ts';
import { fail, isFailure, type Failure, type Outcome } from './outcome.ts';
import { changeChoiceQuestion, changeOption, questionKey, unknownOption, type OptionRef, type QuestionRef } from './question-ref.ts';
import { patchText, textMergeKey, type TextPatch } from './text-patch.ts';
import { workAspectTags } from './work-aspect-tags.ts';

function badPlace(index: number): Failure {
  return fail('invalid-place', `Plek ${index} bestaat niet in de lijst met antwoorden.`, `There is no place ${index} in the list of options.`);
}

/** Adds an option with empty texts (at the end unless `index` is given); its id comes from the Dutch label. */
export function addOption(scenario: Scenario, args: QuestionRef & { label?: TextPatch; index?: number }): Outcome<{ optionId: string }> {
  let optionId = '';
  const outcome = changeChoiceQuestion(scenario, args, bilingual('Antwoord toegevoegd', 'Option added'), undefined, (q) => {
    const index = args.index ?? q.options.length;
    if (!Number.isInteger(index) || index < 0 || index > q.options.length) return badPlace(index);
    const label = patchText(undefined, args.label ?? {});
    optionId = uniqueId(label.nl, 'optie', new Set(q.options.map((o) => o.id)));
    return { ...q, options: q.options.toSpliced(index, 0, blankOption(optionId, label)) };
  });
  return outcome.ok ? { ...outcome, optionId } : outcome;
}

export function removeOption(scenario: Scenario, args: OptionRef): Outcome {
  return changeChoiceQuestion(scenario, args, bilingual('Antwoord verwijderd', 'Option removed'), undefined, (q) => {
    const index = q.options.findIndex((o) => o.id === args.optionId);
    return index < 0 ? unknownOption(q, args.optionId) : { ...q, options: q.options.toSpliced(index, 1) };
  });
}

/** Moves an option to place `index` (0 = first) in the order candidates see. */
export function moveOption(scenario: Scenario, args: OptionRef & { index: number }): Outcome {
  return changeChoiceQuestion(scenario, args, bilingual('Antwoord verplaatst', 'Option moved'), undefined, (q) => {
    const from = q.options.findIndex((o) => o.id === args.optionId);
    if (from < 0) return unknownOption(q, args.optionId);
    if (!Number.isInteger(args.index) || args.index < 0 || args.index >= q.options.length) return badPlace(args.index);
    return { ...q, options: q.options.toSpliced(from, 1).toSpliced(args.index, 0, q.options[from]!) };
  });
}

const optionKey = (args: OptionRef, field: string) => `option/${questionKey(args)}/${args.optionId}/${field}`;

export function setOptionLabel(scenario: Scenario, args: OptionRef & { text: TextPatch }): Outcome {
  return changeOption(
    scenario,
    args,
    bilingual('Tekst van antwoord aangepast', 'Option text changed'),
    textMergeKey(optionKey(args, 'label'), args.text),
    (o) => ({
      ...o,
      label: patchText(o.label, args.text),
    }),
  );
}

/** The node this option leads to; null to stay on the same node. */
export function setOptionNext(scenario: Scenario, args: OptionRef & { next: string | null }): Outcome {
  return changeOption(scenario, args, bilingual('Vervolg van antwoord gekozen', 'Option next node set'), undefined, (o, s): Option | Failure => {
    if (args.next === null) {
      const { next: _next, ...rest } = o;
      return rest;
    }
    const next = findNode(s, args.next);
    return isFailure(next) ? next : { ...o, next: next.id };
  });
}

export function setOptionTags(scenario: Scenario, args: OptionRef & { tags: readonly string[] }): Outcome {
  return changeOption(scenario, args, bilingual('Werkaspecten van antwoord aangepast', 'Option work aspects changed'), undefined, (o) => {
    const tags = workAspectTags(args.tags);
    return isFailure(tags) ? tags : { ...o, tags };
  });
}

export function setOptionStance(scenario: Scenario, args: OptionRef & { stance: Option['stance'] }): Outcome {
  return changeOption(scenario, args, bilingual('Houding bij antwoord aangepast', 'Option stance changed'), undefined, (o) => {
    if (!Stance.safeParse(args.stance).success) {
      return fail(
        'unknown-stance',
        `"${args.stance}" is geen houding. Kies for, against of neutral.`,
        `"${args.stance}" is not a stance. Choose for, against or neutral.`,
      );
    }
    return { ...o, stance: args.stance };
  });
}

export function setOptionTalkingPoint(scenario: Scenario, args: OptionRef & { text: TextPatch }): Outcome {
  const mergeKey = textMergeKey(optionKey(args, 'talking-point'), args.text);
  return changeOption(scenario, args, bilingual('Gespreksvraag aangepast', 'Talking point changed'), mergeKey, (o) => ({
    ...o,
    talkingPoint: patchText(o.talkingPoint, args.text),
  }));
}

/** What the candidate sees after choosing; null takes it away. */
export function setOptionFeedback(scenario: Scenario, args: OptionRef & { text: TextPatch | null }): Outcome {
  const mergeKey = args.text ? textMergeKey(optionKey(args, 'feedback'), args.text) : undefined;
  return changeOption(scenario, args, bilingual('Reactie op antwoord aangepast', 'Option feedback changed'), mergeKey, (o): Option => {
    if (args.text) return { ...o, feedback: patchText(o.feedback, args.text) };
    const { feedback: _feedback, ...rest } = o;
    return rest;
  });
}
