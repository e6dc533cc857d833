import type { StoredEvent } from '../api/stored-event.ts';
import type { LocalizedText } from '../localized-text.ts';
import { loggedContent } from '../logged-content.ts';
import type { Scenario } from '../scenario-schema.ts';
import { collectAnswers } from './answers.ts';
import { tallyAspects } from './aspects.ts';
import type { GesprekMode, Gesprekskaart } from './gesprekskaart-types.ts';
import { DEFAULT_LONG_ANSWER_MS, findHesitations } from './hesitations.ts';
import { interestPerZorgcategorie } from './interest.ts';
import { scenarioVisits } from './scenario-visits.ts';
import { suggestQuestions } from './suggested-questions.ts';

export interface GesprekskaartOptions {
  /** Which conversation the suggested questions are for (default intake). */
  mode: GesprekMode;
  /** An answer slower than this is a hesitation (default 20 000 ms); see hesitations.ts for the median rule. */
  longAnswerMs?: number;
}

export const GESPREKSKAART_DISCLAIMER: LocalizedText = {
  nl: 'Deze kaart is input voor een gesprek. Er is geen score en geen oordeel: wat iemand in de VR kiest, zegt niet of hij of zij geschikt is. Praat erover en trek samen een conclusie.',
  en: 'This card is input for a conversation. There is no score and no judgement: what someone chooses in VR does not say whether they are suitable. Talk about it and draw a conclusion together.',
};

export const CONVERSATIONS: Record<GesprekMode, LocalizedText> = {
  intake: { nl: 'Intakegesprek', en: 'Intake interview' },
  sollicitatie: { nl: 'Sollicitatiegesprek', en: 'Job interview' },
  werkveldorientatie: { nl: 'KLIK-gesprek', en: 'Getting-to-know talk (KLIK)' },
};

/**
 * Builds the gesprekskaart of one participant from their stored events (one participant, any
 * number of scenarios). Never throws on content that changed since the log was made: unknown
 * scenario, node, question or option ids show as the ids. Events of another participant than
 * the first one's are ignored, so a mixed list cannot blend two people into one card.
 */
export function buildGesprekskaart(
  events: readonly StoredEvent[],
  scenarios: ReadonlyMap<string, Scenario>,
  options: GesprekskaartOptions = { mode: 'intake' },
): Gesprekskaart {
  const participantCode = events[0]?.participantCode ?? '';
  const mine = events.filter((e) => e.participantCode === participantCode).sort((a, b) => a.seq - b.seq);
  const resolve = loggedContent(scenarios);

  const scenarioList = scenarioVisits(mine, resolve);
  const answers = collectAnswers(mine, resolve);
  const hesitations = findHesitations(mine, answers, resolve, options.longAnswerMs ?? DEFAULT_LONG_ANSWER_MS);
  const interest = interestPerZorgcategorie(answers.reflections, scenarioList);
  const aspects = tallyAspects(answers.choices, answers.reflections);

  return {
    participantCode,
    mode: options.mode,
    conversation: CONVERSATIONS[options.mode],
    disclaimer: GESPREKSKAART_DISCLAIMER,
    source: { events: mine.length, firstAt: mine[0]?.at ?? null, lastAt: mine.at(-1)?.at ?? null },
    scenarios: scenarioList,
    choices: answers.choices,
    reflections: answers.reflections,
    interest,
    hesitations,
    aspects,
    suggestedQuestions: suggestQuestions(options.mode, { aspects, hesitations, interest, scenarios: scenarioList }),
  };
}
