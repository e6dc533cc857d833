import type { DeviceEventBody } from '../api/device-event.ts';
import { LEERVOORKEUR_IDS, type LeervoorkeurId } from '../leervoorkeuren.ts';
import { LEERWEGEN, type Leerweg, type Niveau } from '../leerwerkplaats-vocabulary.ts';
import { WORK_ASPECT_IDS, type WorkAspectId } from '../work-aspects.ts';
import { ZORGCATEGORIEEN, type Zorgcategorie } from '../zorgcategorie.ts';

/** The latest answer to one question of the questionnaire, as logged. */
export interface LoggedQuestionnaireAnswer {
  questionId: string;
  optionIds: readonly string[];
  questionnaireVersion: number;
  /** Client clock of the latest answer. */
  at: number;
  /** How many times the question was answered (more than 1: the candidate changed the answer). */
  times: number;
}

/**
 * The latest answer per question, in the order the questions were first answered. A later answer
 * (higher seq) replaces an earlier one, as with reflection questions; a device that delivers late
 * cannot reorder them, since the order is the participant's own seq.
 */
export function latestQuestionnaireAnswers(events: readonly { seq: number; at: number; body: DeviceEventBody }[]): LoggedQuestionnaireAnswer[] {
  const byQuestion = new Map<string, LoggedQuestionnaireAnswer>();
  for (const e of [...events].sort((a, b) => a.seq - b.seq)) {
    const b = e.body;
    if (b.type !== 'questionnaire-answered') continue;
    const before = byQuestion.get(b.questionId);
    byQuestion.set(b.questionId, {
      questionId: b.questionId,
      optionIds: b.optionIds,
      questionnaireVersion: b.questionnaireVersion,
      at: e.at,
      times: (before?.times ?? 0) + 1,
    });
  }
  return [...byQuestion.values()];
}

/**
 * What the candidate said about themselves, in the matching aid's own terms. "Weet ik niet" and
 * no answer are both null (or empty): neither tells the aid anything.
 */
export interface CandidateAnswers {
  leervoorkeur: LeervoorkeurId | null;
  leerweg: Leerweg | null;
  niveau: Niveau | null;
  /** Work aspects that appeal, in the order chosen. */
  werk: readonly WorkAspectId[];
  /** Zorgcategorieën whose doelgroep appeals, in the order chosen. */
  doelgroep: readonly Zorgcategorie[];
}

export const NO_CANDIDATE_ANSWERS: CandidateAnswers = { leervoorkeur: null, leerweg: null, niveau: null, werk: [], doelgroep: [] };

const oneOf = <T extends string>(ids: readonly T[], value: string | undefined): T | null =>
  (ids as readonly string[]).includes(value ?? '') ? (value as T) : null;
const allOf = <T extends string>(ids: readonly T[], values: readonly string[]): T[] => values.filter((v): v is T => (ids as readonly string[]).includes(v));
const NIVEAUS: Record<string, Niveau> = { '2': 2, '3': 3, '4': 4 };

export function candidateAnswers(latest: readonly Pick<LoggedQuestionnaireAnswer, 'questionId' | 'optionIds'>[]): CandidateAnswers {
  const options = (id: string) => latest.find((a) => a.questionId === id)?.optionIds ?? [];
  return {
    leervoorkeur: oneOf(LEERVOORKEUR_IDS, options('leervoorkeur')[0]),
    leerweg: oneOf(LEERWEGEN.ids, options('leerweg')[0]),
    niveau: NIVEAUS[options('niveau')[0] ?? ''] ?? null,
    werk: allOf(WORK_ASPECT_IDS, options('werk')),
    doelgroep: allOf(ZORGCATEGORIEEN, options('doelgroep')),
  };
}
