import { useEffect, useRef } from 'react';
import { setBeroepen, setNiveaus, setScenarioDescription, setScenarioTitle, setZorgcategorie } from '../../core/authoring/scenario-operations.ts';
import { localize } from '../../core/localized-text.ts';
import type { Scenario } from '../../core/scenario-schema.ts';
import { ZORGCATEGORIE_LABELS, ZORGCATEGORIEEN } from '../../core/zorgcategorie.ts';
import { useReading } from '../../i18n/language-store.ts';
import { editorStrings } from '../editor-strings.ts';
import { BilingualField } from './bilingual-field.tsx';
import { useDraft } from './draft-store.ts';
import { problemsAt } from './problems-at.ts';

const scenarioNow = (): Scenario => useDraft.getState().scenario!;

/** The scenario's own facts: title, description, kind of care, professions and MBO levels. */
export function ScenarioFields() {
  const { t } = editorStrings.useT();
  const lang = useReading((s) => s.lang);
  const scenario = useDraft((s) => s.scenario)!;
  const problems = useDraft((s) => s.problems);
  const apply = useDraft.getState().apply;
  const errors = problems.filter((p) => p.severity === 'error' && !p.pointer.startsWith('/nodes')).length;
  const details = useRef<HTMLDetailsElement>(null);
  // Opens by itself when it holds errors, so a maker sees the fields the error count is about;
  // never closes by itself (fixing the last error must not fold the form away under the cursor).
  useEffect(() => {
    if (errors > 0 && details.current && !details.current.open) details.current.open = true;
  }, [errors]);
  return (
    <details className="scenario-fields" ref={details}>
      <summary>
        {t('aboutScenario')}
        {errors > 0 && <span className="badge errors">{t('problemsCount', { count: errors })}</span>}
      </summary>
      <BilingualField
        label={t('scenarioTitle')}
        value={scenario.title}
        onChange={(text) => apply(setScenarioTitle(scenarioNow(), { text }))}
        problems={problemsAt(problems, ['title'])}
      />
      <BilingualField
        label={t('scenarioDescription')}
        value={scenario.description}
        multiline
        onChange={(text) => apply(setScenarioDescription(scenarioNow(), { text }))}
        problems={problemsAt(problems, ['description'])}
      />
      <label className="field">
        <span>{t('zorgcategorie')}</span>
        <select value={scenario.zorgcategorie} onChange={(e) => apply(setZorgcategorie(scenarioNow(), { zorgcategorie: e.target.value }))}>
          {ZORGCATEGORIEEN.map((z) => (
            <option key={z} value={z}>
              {localize(ZORGCATEGORIE_LABELS[z], lang)}
            </option>
          ))}
        </select>
      </label>
      <BilingualField
        label={t('beroep')}
        value={scenario.beroepen[0]}
        onChange={(patch) => apply(setBeroepen(scenarioNow(), { beroepen: [{ ...scenarioNow().beroepen[0], ...patch }, ...scenarioNow().beroepen.slice(1)] }))}
        problems={problemsAt(problems, ['beroepen'])}
      />
      <fieldset>
        <legend>{t('niveaus')}</legend>
        {[1, 2, 3, 4].map((n) => (
          <label key={n}>
            <input
              type="checkbox"
              checked={(scenario.niveaus as number[]).includes(n)}
              onChange={(e) => {
                const now = scenarioNow().niveaus as number[];
                apply(setNiveaus(scenarioNow(), { niveaus: e.target.checked ? [...now, n] : now.filter((x) => x !== n) }));
              }}
            />
            {n}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
