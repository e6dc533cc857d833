import type { LeervoorkeurId } from '../leervoorkeuren.ts';
import type { Leerweg, Niveau } from '../leerwerkplaats-vocabulary.ts';
import type { LocalizedText } from '../localized-text.ts';
import type { WorkAspectId } from '../work-aspects.ts';
import type { Zorgcategorie } from '../zorgcategorie.ts';

/**
 * The candidate's own answers for matching (issue 12): a few questions after the scenarios in
 * intake and sollicitatie sessions, about the stappenplan's criteria (leervoorkeur, type
 * opleiding: leerweg and niveau) and what kind of work and doelgroep appeals. A2 Dutch, English
 * alongside; every option maps to an id the matching aid already compares, so an answer needs
 * no interpretation. "Weet ik niet" is always there: not knowing is an answer too.
 *
 * A question's options are fixed by `QUESTIONNAIRE_VERSION`: a logged answer names the version
 * it was given in, so a later change of wording or options cannot change what an old answer meant.
 */
export const QUESTIONNAIRE_VERSION = 1;

export const DONT_KNOW = 'weet-niet';

export const QUESTIONNAIRE_QUESTION_IDS = ['leervoorkeur', 'leerweg', 'niveau', 'werk', 'doelgroep'] as const;
export type QuestionnaireQuestionId = (typeof QUESTIONNAIRE_QUESTION_IDS)[number];

export interface QuestionnaireOption<V extends string = string> {
  /** Logged as is; one of the ids the matching aid knows, or "weet-niet". */
  id: V | typeof DONT_KNOW;
  label: LocalizedText;
}

export interface QuestionnaireQuestion<V extends string = string> {
  id: QuestionnaireQuestionId;
  prompt: LocalizedText;
  /** Said under the prompt, e.g. "Kies er 1 tot 3." */
  hint?: LocalizedText;
  /** How many options may be chosen (1: one tap answers). "Weet ik niet" is always alone. */
  maxChoices: number;
  options: readonly QuestionnaireOption<V>[];
}

const dontKnow: QuestionnaireOption<never> = { id: DONT_KNOW, label: { nl: 'Weet ik niet', en: 'I don’t know' } };

const leervoorkeur: QuestionnaireQuestion<LeervoorkeurId> = {
  id: 'leervoorkeur',
  prompt: { nl: 'Hoe leer jij het liefst?', en: 'How do you like to learn best?' },
  maxChoices: 1,
  options: [
    { id: 'kunst-afkijken', label: { nl: 'Ik kijk eerst hoe een ander het doet', en: 'I first watch how someone else does it' } },
    { id: 'participeren', label: { nl: 'Ik doe mee en praat erover met anderen', en: 'I join in and talk about it with others' } },
    { id: 'kennis-verwerven', label: { nl: 'Ik lees of hoor eerst uitleg', en: 'I first read or hear an explanation' } },
    { id: 'oefenen', label: { nl: 'Ik oefen stap voor stap', en: 'I practise step by step' } },
    { id: 'ontdekken', label: { nl: 'Ik probeer het zelf uit', en: 'I try it out myself' } },
    dontKnow,
  ],
};

const leerweg: QuestionnaireQuestion<Leerweg> = {
  id: 'leerweg',
  prompt: { nl: 'Hoe wil je de opleiding doen?', en: 'How do you want to do the course?' },
  maxChoices: 1,
  options: [
    { id: 'BOL', label: { nl: 'Naar school, met stage (BOL)', en: 'At school, with work placements (BOL)' } },
    { id: 'BBL', label: { nl: 'Werken en leren, met salaris (BBL)', en: 'Working and learning, with pay (BBL)' } },
    dontKnow,
  ],
};

type NiveauId = `${Niveau}`;
const niveau: QuestionnaireQuestion<NiveauId> = {
  id: 'niveau',
  prompt: { nl: 'Welk niveau wil je doen?', en: 'Which level do you want to do?' },
  maxChoices: 1,
  options: [
    { id: '2', label: { nl: 'Niveau 2, zoals Helpende Zorg en Welzijn', en: 'Level 2, like care assistant' } },
    { id: '3', label: { nl: 'Niveau 3, zoals Verzorgende IG', en: 'Level 3, like certified carer (VIG)' } },
    { id: '4', label: { nl: 'Niveau 4, zoals Verpleegkundige', en: 'Level 4, like nurse' } },
    dontKnow,
  ],
};

const chooseUpTo3 = { nl: 'Kies er 1, 2 of 3.', en: 'Choose 1, 2 or 3.' };

const werk: QuestionnaireQuestion<WorkAspectId> = {
  id: 'werk',
  prompt: { nl: 'Welk werk lijkt jou leuk?', en: 'Which work do you like the sound of?' },
  hint: chooseUpTo3,
  maxChoices: 3,
  options: [
    { id: 'directe-zorg', label: { nl: 'Mensen helpen met wassen, aankleden en eten', en: 'Helping people wash, dress and eat' } },
    { id: 'medisch-technisch', label: { nl: 'Medisch werk, zoals wonden verzorgen', en: 'Medical work, like caring for wounds' } },
    { id: 'begeleiding-wonen', label: { nl: 'Mensen helpen in hun dagelijks leven', en: 'Helping people in their daily life' } },
    { id: 'communicatie', label: { nl: 'Praten met mensen en uitleggen', en: 'Talking with people and explaining' } },
    { id: 'structuur', label: { nl: 'Werk met een vaste planning', en: 'Work with a fixed routine' } },
    { id: 'afwisseling', label: { nl: 'Elke dag iets anders', en: 'Something different every day' } },
    { id: 'samenwerken', label: { nl: 'Samen met collega’s werken', en: 'Working together with colleagues' } },
    { id: 'zelfstandig-werken', label: { nl: 'Alleen op pad, zelf beslissen', en: 'Out on my own, making my own decisions' } },
    dontKnow,
  ],
};

const doelgroep: QuestionnaireQuestion<Zorgcategorie> = {
  id: 'doelgroep',
  prompt: { nl: 'Met wie wil je werken?', en: 'Who would you like to work with?' },
  hint: chooseUpTo3,
  maxChoices: 3,
  options: [
    { id: 'ouderenzorg', label: { nl: 'Ouderen', en: 'Older people' } },
    { id: 'thuiszorg', label: { nl: 'Mensen thuis, in de wijk', en: 'People at home, in the neighbourhood' } },
    { id: 'gehandicaptenzorg', label: { nl: 'Mensen met een beperking', en: 'People with a disability' } },
    { id: 'ggz', label: { nl: 'Mensen met psychische problemen', en: 'People with mental health problems' } },
    { id: 'ziekenhuis', label: { nl: 'Zieke mensen in het ziekenhuis', en: 'Ill people in hospital' } },
    { id: 'kraamzorg', label: { nl: 'Moeders en baby’s, na de geboorte', en: 'Mothers and babies, after the birth' } },
    { id: 'jeugdzorg', label: { nl: 'Kinderen en jongeren', en: 'Children and young people' } },
    dontKnow,
  ],
};

/** The questions in the order they are asked. */
export const QUESTIONNAIRE: readonly QuestionnaireQuestion[] = [leervoorkeur, leerweg, niveau, werk, doelgroep];

/** Every version's questions, so an answer logged in an older version can still be read. */
export const QUESTIONNAIRE_VERSIONS: Readonly<Record<number, readonly QuestionnaireQuestion[]>> = { 1: QUESTIONNAIRE };

export function questionnaireQuestion(id: string, version = QUESTIONNAIRE_VERSION): QuestionnaireQuestion | undefined {
  return QUESTIONNAIRE_VERSIONS[version]?.find((q) => q.id === id);
}

/**
 * Why a set of chosen options is not an answer to the question, or null when it is: every option
 * belongs to the question, none twice, at most `maxChoices`, and "weet ik niet" only alone.
 */
export function answerProblem(questionId: string, optionIds: readonly string[], version: number): string | null {
  const question = questionnaireQuestion(questionId, version);
  if (!question) return `"${questionId}" is not a question of questionnaire version ${version}`;
  if (optionIds.length === 0) return 'choose at least one option';
  if (new Set(optionIds).size !== optionIds.length) return 'an option is chosen twice';
  if (optionIds.length > question.maxChoices) return `choose at most ${question.maxChoices} option(s) for "${questionId}"`;
  const unknown = optionIds.find((o) => !question.options.some((x) => x.id === o));
  if (unknown !== undefined) return `"${unknown}" is not an option of "${questionId}"`;
  if (optionIds.includes(DONT_KNOW) && optionIds.length > 1) return `"${DONT_KNOW}" is an answer on its own`;
  return null;
}
