import type { LocalizedText } from '../localized-text.ts';
import type { WorkAspectId } from '../work-aspects.ts';
import type { Zorgcategorie } from '../zorgcategorie.ts';

/**
 * The gesprekskaart (conversation card): what a participant did in the scenarios, described,
 * never judged. Plain JSON (no Maps, no Dates) so the server can send it and the dashboard can
 * print it. There is deliberately no score, rank or pass/fail anywhere in it (AVG art. 22):
 * it is input for a conversation in which the facilitator and the candidate draw conclusions.
 */

export const GESPREK_MODES = ['intake', 'sollicitatie', 'werkveldorientatie'] as const;
/** Which conversation the card prepares: intakegesprek, sollicitatiegesprek, or KLIK-gesprek after werkveldoriëntatie. */
export type GesprekMode = (typeof GESPREK_MODES)[number];

export type Stance = 'for' | 'against' | 'neutral';

/** What is shared by every answer on the card. */
export interface AnswerContext {
  /** Catalog path as logged, e.g. "ouderenzorg/ochtend-verpleeghuis". */
  scenario: string;
  scenarioTitle: LocalizedText;
  zorgcategorie: Zorgcategorie | null;
  nodeId: string;
  questionId: string;
  /** The question's prompt; the question id when the scenario no longer has it. */
  question: LocalizedText;
  msToAnswer: number;
  /** Client clock, ms since epoch. */
  at: number;
  /** True for the last answer to this question in this scenario (an answer can be changed or given again in a new run). */
  latest: boolean;
}

/** One choice (a `question-answered` event), with its talking point as a question to ask. */
export interface ChoiceItem extends AnswerContext {
  optionId: string;
  /** The option's label; the option id when the scenario no longer has it. */
  label: LocalizedText;
  stance: Stance;
  tags: WorkAspectId[];
  /** The content maker's talking point, null when the option is unknown. */
  talkingPoint: LocalizedText | null;
  /** Ready to ask: "Je koos "…". <talking point>" (see conversation-question.ts). */
  conversationQuestion: LocalizedText;
  /** The option chosen before, when the candidate changed the answer. */
  changedFrom: { optionId: string; label: LocalizedText } | null;
}

export interface OptionAnswer {
  kind: 'option';
  optionId: string;
  label: LocalizedText;
  stance: Stance;
  tags: WorkAspectId[];
}

export interface ScaleAnswer {
  kind: 'scale';
  value: number;
  /** Null when the scale question is no longer in the scenario (then the range is unknown). */
  min: number | null;
  max: number | null;
  minLabel: LocalizedText | null;
  maxLabel: LocalizedText | null;
}

/** One reflection (a `reflection-answered` event): an option or a value on a scale. */
export interface ReflectionItem extends AnswerContext {
  answer: OptionAnswer | ScaleAnswer;
  talkingPoint: LocalizedText | null;
  conversationQuestion: LocalizedText;
  /** The earlier option or scale value, when the candidate changed the answer. */
  changedFrom: { optionId: string; label: LocalizedText } | { value: number } | null;
}

/** Time and progress per scenario played. */
export interface ScenarioVisit {
  scenario: string;
  scenarioId: string;
  title: LocalizedText;
  zorgcategorie: Zorgcategorie | null;
  /** False when the scenario is not in the map given (removed or renamed): titles fall back to ids. */
  known: boolean;
  /** Version in the `started` event; may differ from `versionNow` when the content changed since. */
  versionPlayed: string | null;
  versionNow: string | null;
  /** Time spent over all runs (see scenario-visits.ts for how). */
  timeMs: number;
  /** True when part of the time is estimated from timestamps because a scene-left or the end of a run is missing. */
  timeEstimated: boolean;
  /** Number of runs: the first start plus every restart of the whole scenario. */
  runs: number;
  /** At least one run reached an ending. */
  completed: boolean;
  lastRun: 'completed' | 'aborted' | 'unfinished';
  /** Distinct scenes entered, over all runs. */
  scenesSeen: number;
  /** Scenes in the scenario now; null when unknown. */
  scenesTotal: number | null;
}

export interface InterestAnswer {
  scenario: string;
  scenarioTitle: LocalizedText;
  questionId: string;
  question: LocalizedText;
  value: number;
  min: number;
  max: number;
}

/**
 * One bar of "interest per zorgcategorie", from the candidate's own answers on scale reflections
 * (see interest.ts). Every zorgcategorie has a bar, in the start-screen order, so the chart's axis
 * never moves; `level` is null where nothing was answered.
 */
export interface InterestBar {
  zorgcategorie: Zorgcategorie;
  label: LocalizedText;
  /** A scenario of this zorgcategorie was played (at least started). */
  explored: boolean;
  /** 0 = the minLabel end ("helemaal niet"), 1 = the maxLabel end; mean over the latest scale answers. Null: no answer. */
  level: number | null;
  answers: InterestAnswer[];
  /** For the bar's caption: "4/5", "3/5 en 5/5", "geen antwoord", "niet bekeken". */
  text: LocalizedText;
}

export type HesitationKind = 'slow-answer' | 'changed-answer' | 'back' | 'restart-scene' | 'restart-scenario' | 'timer-expired';

/** A moment where the candidate paused, went back or changed their mind: a topic, not a fault. */
export interface Hesitation {
  kind: HesitationKind;
  scenario: string;
  scenarioTitle: LocalizedText;
  zorgcategorie: Zorgcategorie | null;
  nodeId: string;
  nodeTitle: LocalizedText;
  questionId: string | null;
  question: LocalizedText | null;
  /** Time to answer for slow answers; null otherwise. */
  ms: number | null;
  at: number;
  /** One line for the card, e.g. "Lang nagedacht (34 s; meestal 8 s) bij "Wat doe je?"". */
  description: LocalizedText;
}

/** How often a work aspect came up in the options chosen, per stance (see aspects.ts). */
export interface AspectTally {
  aspect: WorkAspectId;
  label: LocalizedText;
  for: number;
  against: number;
  neutral: number;
  total: number;
}

export interface SuggestedQuestion {
  /** Stable key, e.g. "aspect-for", "hesitation", "interest-low", "opening". */
  id: string;
  text: LocalizedText;
  /** What on the card the question comes from; null for the general questions of the mode. */
  basis: LocalizedText | null;
}

/** One answer of the candidate's own questionnaire after the scenarios (core/questionnaire). */
export interface OwnAnswer {
  questionId: string;
  question: LocalizedText;
  /** The options chosen, "Weet ik niet" included. */
  options: { id: string; label: LocalizedText }[];
  /** Client clock of the latest answer. */
  at: number;
  /** The candidate answered this question more than once; the latest counts. */
  changed: boolean;
}

export interface Gesprekskaart {
  participantCode: string;
  mode: GesprekMode;
  /** The conversation the suggested questions are for: "Intakegesprek", "Sollicitatiegesprek", "KLIK-gesprek". */
  conversation: LocalizedText;
  /** Always shown with the card: it is input for a conversation, not a judgement. */
  disclaimer: LocalizedText;
  /** How many logged events the card was built from, and their client-time span. */
  source: { events: number; firstAt: number | null; lastAt: number | null };
  scenarios: ScenarioVisit[];
  /** Every choice, in the order made. */
  choices: ChoiceItem[];
  /** Every reflection answer, in the order given. */
  reflections: ReflectionItem[];
  interest: InterestBar[];
  /** In the order they happened. */
  hesitations: Hesitation[];
  aspects: {
    /** Every aspect that came up, most often first. */
    all: AspectTally[];
    /** Aspects chosen for more often than against, most "for" first. */
    for: AspectTally[];
    /** Aspects chosen against more often than for, most "against" first. */
    against: AspectTally[];
  };
  /** The candidate's own answers to the questionnaire, latest per question; empty when not asked or not answered. */
  ownAnswers: OwnAnswer[];
  suggestedQuestions: SuggestedQuestion[];
}
