import type { LocalizedText } from '../localized-text.ts';
import { both, stop } from './text-format.ts';

/**
 * Turns a choice and its talking point into a question the facilitator can read out.
 *
 * The card is read away from the headset, so the question first recalls what was chosen:
 * `Je koos "<label>". <talking point>`. Many talking points already recall the choice
 * themselves ("Je liet Dennis zelf koken…", "You chose…"); those are used as they are, so the
 * card does not say the same thing twice. Without a talking point (the option is no longer in
 * the scenario) a general question is asked.
 */
export function choiceQuestion(label: LocalizedText, talkingPoint: LocalizedText | null): LocalizedText {
  if (talkingPoint && recallsChoice(talkingPoint.nl)) return { nl: talkingPoint.nl, en: talkingPoint.en ?? talkingPoint.nl };
  return both((lang, pick) => {
    const recall = lang === 'nl' ? `Je koos "${pick(label)}"` : `You chose "${pick(label)}"`;
    if (!talkingPoint) return lang === 'nl' ? `${recall} — wat maakte dat je dat deed?` : `${recall} — what made you do that?`;
    // Labels are often whole sentences: `Je koos "Ik doe het alleen." Waarom…`, not `…alleen.". Waarom…`.
    return `${recall}${stop(recall)} ${pick(talkingPoint)}`;
  });
}

/** The same for a value on a scale: `Je gaf 2 van 5 bij "<prompt>". <talking point>`. */
export function scaleQuestion(value: number, max: number | null, prompt: LocalizedText, talkingPoint: LocalizedText | null): LocalizedText {
  return both((lang, pick) => {
    const amount = max === null ? `${value}` : lang === 'nl' ? `${value} van ${max}` : `${value} out of ${max}`;
    const recall = lang === 'nl' ? `Je gaf ${amount} bij "${pick(prompt)}"` : `You gave ${amount} for "${pick(prompt)}"`;
    if (!talkingPoint) return lang === 'nl' ? `${recall} — wat maakte dat je dat koos?` : `${recall} — what made you choose that?`;
    return `${recall}${stop(recall)} ${pick(talkingPoint)}`;
  });
}

/**
 * A Dutch question starts with its verb ("Vind je…", "Hoe…"); a talking point that starts with
 * "Je"/"Jij" is a statement about what the candidate did ("Je koos…", "Je liet…").
 */
function recallsChoice(nl: string): boolean {
  return /^(Je|Jij)\s/.test(nl);
}
