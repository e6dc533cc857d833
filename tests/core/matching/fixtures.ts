import type { AspectTally, InterestBar } from '../../../src/core/gesprekskaart/gesprekskaart-types.ts';
import { Leerwerkplaats, type LeerwerkplaatsInput } from '../../../src/core/leerwerkplaats-schema.ts';
import type { Judgement, Verdict } from '../../../src/core/matching/criterion.ts';
import { NO_SIGNALS, resolveMatchInput, type MatchForm, type MatchSignals, type ResolvedMatchInput } from '../../../src/core/matching/match-input.ts';
import { NO_CANDIDATE_ANSWERS, type CandidateAnswers } from '../../../src/core/questionnaire/candidate-answers.ts';
import { WORK_ASPECTS, type WorkAspectId } from '../../../src/core/work-aspects.ts';
import { ZORGCATEGORIE_LABELS, type Zorgcategorie } from '../../../src/core/zorgcategorie.ts';
import { validProfile } from '../fixtures/leerwerkplaats.ts';

/**
 * Small hand-made inputs for the criterion rules. Profiles go through the real schema, so they
 * are valid (and have their defaults) exactly like the shipped ones.
 * The base profile (tests/core/fixtures/leerwerkplaats.ts): ouderenzorg; BBL 3 VIG years 1–2,
 * 1 of 2 free; BOL 2 year 1, 0 of 1 free; Sanne (kunst-afkijken, oefenen) and a studentcoach
 * (ontdekken); workAspects directe-zorg, structuur; matchOn leervoorkeur; all checked 2026-10-01.
 */
export function profile(edit: (p: LeerwerkplaatsInput) => void = () => {}): Leerwerkplaats {
  const raw = validProfile();
  edit(raw);
  return Leerwerkplaats.parse(raw);
}

export const TODAY = '2026-11-22';

/** The input as the rules get it (resolved: the form's entries, else the candidate's own answers in `own`). */
export function input(
  parts: { form?: Partial<MatchForm>; signals?: Partial<MatchSignals>; own?: Partial<CandidateAnswers>; today?: string } = {},
): ResolvedMatchInput {
  return resolveMatchInput({
    form: { leerweg: 'BBL', niveau: 3, leerjaar: 2, leervoorkeur: null, opleiding: null, ...parts.form },
    signals: { ...NO_SIGNALS, ...parts.signals, own: { ...NO_CANDIDATE_ANSWERS, ...parts.own } },
    today: parts.today ?? TODAY,
  });
}

/** An interest bar with one scale answer, as the gesprekskaart makes it. */
export function bar(zorgcategorie: Zorgcategorie, value: number | null, scenarioTitle = 'Een ochtend in het verpleeghuis', max = 5): InterestBar {
  const min = 1;
  const answers =
    value === null
      ? []
      : [
          {
            scenario: `${zorgcategorie}/x`,
            scenarioTitle: { nl: scenarioTitle, en: scenarioTitle },
            questionId: 'past',
            question: { nl: 'Past dit?' },
            value,
            min,
            max,
          },
        ];
  return {
    zorgcategorie,
    label: ZORGCATEGORIE_LABELS[zorgcategorie],
    explored: true,
    level: value === null ? null : (value - min) / (max - min),
    answers,
    text: { nl: value === null ? 'geen antwoord' : `${value}/${max}`, en: '' },
  };
}

export function tally(aspect: WorkAspectId, counts: { for?: number; against?: number; neutral?: number }): AspectTally {
  const t = { for: counts.for ?? 0, against: counts.against ?? 0, neutral: counts.neutral ?? 0 };
  return { aspect, label: WORK_ASPECTS[aspect], ...t, total: t.for + t.against + t.neutral };
}

/** The one judgement a rule gives, checked for its verdict. */
export function single(judgements: Judgement[], verdict: Verdict): Judgement {
  if (judgements.length !== 1) throw new Error(`expected one judgement, got ${JSON.stringify(judgements)}`);
  const [j] = judgements;
  if (j!.verdict !== verdict) throw new Error(`expected ${verdict}, got ${j!.verdict}: ${j!.explanation.nl}`);
  return j!;
}
