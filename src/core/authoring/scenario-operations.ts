/** Operations on the scenario's own fields: what the start screen and the catalog show. */
import type { LocalizedText } from '../localized-text.ts';
import { MboNiveau, type Scenario } from '../scenario-schema.ts';
import { Zorgcategorie } from '../zorgcategorie.ts';
import { bilingual } from './bilingual-text.ts';
import { changeScenario } from './change-scenario.ts';
import { fail, type Failure, type Outcome } from './outcome.ts';
import { patchText, textMergeKey, type TextPatch } from './text-patch.ts';

export function setScenarioTitle(scenario: Scenario, args: { text: TextPatch }): Outcome {
  return changeScenario(scenario, bilingual('Titel van scenario aangepast', 'Scenario title changed'), textMergeKey('scenario-title', args.text), (s) => ({
    ...s,
    title: patchText(s.title, args.text),
  }));
}

export function setScenarioDescription(scenario: Scenario, args: { text: TextPatch }): Outcome {
  return changeScenario(scenario, bilingual('Beschrijving aangepast', 'Description changed'), textMergeKey('scenario-description', args.text), (s) => ({
    ...s,
    description: patchText(s.description, args.text),
  }));
}

export function unknownZorgcategorie(value: string): Failure {
  return fail('unknown-zorgcategorie', `"${value}" is geen zorgcategorie uit de lijst.`, `"${value}" is not a zorgcategorie from the list.`);
}

/** Also the folder the scenario is published in, so the editor moves it when this changes. */
export function setZorgcategorie(scenario: Scenario, args: { zorgcategorie: string }): Outcome {
  const parsed = Zorgcategorie.safeParse(args.zorgcategorie);
  if (!parsed.success) return unknownZorgcategorie(args.zorgcategorie);
  return changeScenario(scenario, bilingual('Zorgcategorie gekozen', 'Zorgcategorie set'), undefined, (s) => ({ ...s, zorgcategorie: parsed.data }));
}

/** The whole list of professions, as the form shows it (one text per beroep). */
export function setBeroepen(scenario: Scenario, args: { beroepen: readonly TextPatch[] }): Outcome {
  const beroepen: LocalizedText[] = args.beroepen.map((b) => patchText(undefined, b));
  return changeScenario(scenario, bilingual('Beroepen aangepast', 'Professions changed'), 'beroepen', (s) => ({ ...s, beroepen }));
}

/** MBO levels 1–4; kept sorted and without repeats. */
export function setNiveaus(scenario: Scenario, args: { niveaus: readonly number[] }): Outcome {
  const wrong = args.niveaus.find((n) => !MboNiveau.safeParse(n).success);
  if (wrong !== undefined)
    return fail('unknown-niveau', `${wrong} is geen mbo-niveau. Kies 1, 2, 3 of 4.`, `${wrong} is not an MBO level. Choose 1, 2, 3 or 4.`);
  const niveaus = [...new Set(args.niveaus as readonly Scenario['niveaus'][number][])].sort((a, b) => a - b);
  return changeScenario(scenario, bilingual('Niveaus aangepast', 'Levels changed'), undefined, (s) => ({ ...s, niveaus }));
}
