import { removeHotspot, setHotspotKind, setHotspotTarget, setHotspotTexts } from '../../core/authoring/hotspot-operations.ts';
import { localize } from '../../core/localized-text.ts';
import type { Hotspot, Scenario } from '../../core/scenario-schema.ts';
import { useReading } from '../../i18n/language-store.ts';
import { editorStrings } from '../editor-strings.ts';
import { BilingualField } from './bilingual-field.tsx';
import { useDraft } from './draft-store.ts';
import { problemsAt } from './problems-at.ts';
import { ProblemNotes } from './problem-notes.tsx';
import { QuestionForm } from './question-form.tsx';

const scenarioNow = (): Scenario => useDraft.getState().scenario!;

/** The selected hotspot: its kind, texts in Dutch and English, and what it leads to or asks. */
export function HotspotForm({ nodeId, hotspot, path }: { nodeId: string; hotspot: Hotspot; path: (string | number)[] }) {
  const { t } = editorStrings.useT();
  const lang = useReading((s) => s.lang);
  const scenario = useDraft((s) => s.scenario)!;
  const problems = useDraft((s) => s.problems);
  const ref = { nodeId, hotspotId: hotspot.id };
  const apply = useDraft.getState().apply;
  return (
    <section className="hotspot-form" aria-label={t('hotspotTitle')}>
      <h3>{t('hotspotTitle')}</h3>
      <fieldset className="kind-choice">
        <legend>{t('hotspotKind')}</legend>
        {(['info', 'goto', 'question'] as const).map((kind) => (
          <label key={kind}>
            <input
              type="radio"
              name={`kind-${hotspot.id}`}
              checked={hotspot.kind === kind}
              onChange={() => apply(setHotspotKind(scenarioNow(), { ...ref, kind }))}
            />
            {t(`kind_${kind}`)}
          </label>
        ))}
      </fieldset>
      <BilingualField
        label={t('hotspotLabel')}
        value={hotspot.label}
        onChange={(label) => apply(setHotspotTexts(scenarioNow(), { ...ref, label }))}
        problems={problemsAt(problems, [...path, 'label'])}
      />
      {hotspot.kind === 'info' && (
        <BilingualField
          label={t('hotspotText')}
          value={hotspot.text}
          multiline
          onChange={(text) => apply(setHotspotTexts(scenarioNow(), { ...ref, text }))}
          problems={problemsAt(problems, [...path, 'text'])}
        />
      )}
      {hotspot.kind === 'goto' && (
        <label className="field">
          <span>{t('leadsTo')}</span>
          <select value={hotspot.target} onChange={(e) => apply(setHotspotTarget(scenarioNow(), { ...ref, target: e.target.value }))}>
            <option value="">{t('chooseScene')}</option>
            {scenario.nodes
              .filter((n) => n.id !== nodeId)
              .map((n) => (
                <option key={n.id} value={n.id}>
                  {localize(n.title, lang) || n.id}
                </option>
              ))}
          </select>
          <ProblemNotes problems={problemsAt(problems, [...path, 'target'])} />
        </label>
      )}
      {hotspot.kind === 'question' && <QuestionForm at={ref} question={hotspot.question} path={[...path, 'question']} />}
      <p className="hint">{t('moveHint', { yaw: hotspot.yaw.toFixed(1), pitch: hotspot.pitch.toFixed(1) })}</p>
      <button type="button" onClick={() => apply(removeHotspot(scenarioNow(), ref)) && useDraft.getState().select({ hotspotId: null })}>
        {t('removeHotspot')}
      </button>
    </section>
  );
}
