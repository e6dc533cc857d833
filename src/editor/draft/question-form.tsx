import {
  addOption,
  moveOption,
  removeOption,
  setOptionLabel,
  setOptionNext,
  setOptionStance,
  setOptionTags,
  setOptionTalkingPoint,
} from '../../core/authoring/option-operations.ts';
import { removeQuestion, setQuestion, setQuestionPrompt, setScale } from '../../core/authoring/question-operations.ts';
import type { QuestionRef } from '../../core/authoring/question-ref.ts';
import { localize } from '../../core/localized-text.ts';
import type { Question, Scenario } from '../../core/scenario-schema.ts';
import { WORK_ASPECT_IDS, WORK_ASPECTS } from '../../core/work-aspects.ts';
import { useReading } from '../../i18n/language-store.ts';
import { editorStrings } from '../editor-strings.ts';
import { BilingualField } from './bilingual-field.tsx';
import { useDraft } from './draft-store.ts';
import { problemsAt } from './problems-at.ts';
import { ProblemNotes } from './problem-notes.tsx';

const apply = useDraft.getState;
const scenarioNow = (): Scenario => useDraft.getState().scenario!;

/** Where a choice leads: one of the scenario's scenes, or stay here. */
function NodePicker({
  label,
  value,
  onChange,
  scenario,
  allowStay,
}: {
  label: string;
  value: string | undefined;
  onChange: (id: string | null) => void;
  scenario: Scenario;
  allowStay: boolean;
}) {
  const { t } = editorStrings.useT();
  const lang = useReading((s) => s.lang);
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}>
        <option value="">{allowStay ? t('stayHere') : t('chooseScene')}</option>
        {scenario.nodes.map((n) => (
          <option key={n.id} value={n.id}>
            {localize(n.title, lang) || n.id}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * A question (asked on entering the scene, or behind a question hotspot): its kind, prompt, and
 * per option the label, the scene it leads to, the work aspects it touches and a talking point
 * for the gesprekskaart.
 */
export function QuestionForm({ at, question, path }: { at: QuestionRef; question: Question; path: (string | number)[] }) {
  const { t } = editorStrings.useT();
  const lang = useReading((s) => s.lang);
  const scenario = useDraft((s) => s.scenario)!;
  const problems = useDraft((s) => s.problems);
  return (
    <section className="question-form" aria-label={t('questionTitle')}>
      <label className="field">
        <span>{t('questionKind')}</span>
        <select value={question.kind} onChange={(e) => apply().apply(setQuestion(scenarioNow(), { ...at, kind: e.target.value as Question['kind'] }))}>
          <option value="choice">{t('kindChoice')}</option>
          <option value="reflection">{t('kindReflection')}</option>
          <option value="scale">{t('kindScale')}</option>
        </select>
      </label>
      <BilingualField
        label={t('questionPrompt')}
        value={question.prompt}
        onChange={(text) => apply().apply(setQuestionPrompt(scenarioNow(), { ...at, text }))}
        problems={problemsAt(problems, [...path, 'prompt'])}
      />
      {question.kind === 'scale' ? (
        <>
          <BilingualField
            label={t('scaleMinLabel')}
            value={question.minLabel}
            onChange={(minLabel) => apply().apply(setScale(scenarioNow(), { ...at, minLabel }))}
          />
          <BilingualField
            label={t('scaleMaxLabel')}
            value={question.maxLabel}
            onChange={(maxLabel) => apply().apply(setScale(scenarioNow(), { ...at, maxLabel }))}
          />
          <BilingualField
            label={t('talkingPoint')}
            value={question.talkingPoint}
            onChange={(talkingPoint) => apply().apply(setScale(scenarioNow(), { ...at, talkingPoint }))}
            problems={problemsAt(problems, [...path, 'talkingPoint'])}
          />
          <NodePicker
            label={t('leadsTo')}
            value={question.next}
            scenario={scenario}
            allowStay
            onChange={(next) => apply().apply(setScale(scenarioNow(), { ...at, next }))}
          />
        </>
      ) : (
        <ol className="options-editor">
          {question.options.map((o, i) => (
            <li key={o.id} aria-label={t('optionN', { n: i + 1 })}>
              <BilingualField
                label={t('optionLabel', { n: i + 1 })}
                value={o.label}
                onChange={(text) => apply().apply(setOptionLabel(scenarioNow(), { ...at, optionId: o.id, text }))}
                problems={problemsAt(problems, [...path, 'options', i, 'label'])}
              />
              <NodePicker
                label={t('leadsTo')}
                value={o.next}
                scenario={scenario}
                allowStay
                onChange={(next) => apply().apply(setOptionNext(scenarioNow(), { ...at, optionId: o.id, next }))}
              />
              <fieldset className="tags">
                <legend>{t('workAspects')}</legend>
                {WORK_ASPECT_IDS.map((id) => (
                  <label key={id}>
                    <input
                      type="checkbox"
                      checked={o.tags.includes(id)}
                      onChange={(e) =>
                        apply().apply(
                          setOptionTags(scenarioNow(), { ...at, optionId: o.id, tags: e.target.checked ? [...o.tags, id] : o.tags.filter((x) => x !== id) }),
                        )
                      }
                    />
                    {localize(WORK_ASPECTS[id], lang)}
                  </label>
                ))}
                <ProblemNotes problems={problemsAt(problems, [...path, 'options', i, 'tags'])} />
              </fieldset>
              <label className="field">
                <span>{t('stance')}</span>
                <select
                  value={o.stance}
                  onChange={(e) => apply().apply(setOptionStance(scenarioNow(), { ...at, optionId: o.id, stance: e.target.value as typeof o.stance }))}
                >
                  <option value="neutral">{t('stanceNeutral')}</option>
                  <option value="for">{t('stanceFor')}</option>
                  <option value="against">{t('stanceAgainst')}</option>
                </select>
              </label>
              <BilingualField
                label={t('talkingPoint')}
                value={o.talkingPoint}
                onChange={(text) => apply().apply(setOptionTalkingPoint(scenarioNow(), { ...at, optionId: o.id, text }))}
                problems={problemsAt(problems, [...path, 'options', i, 'talkingPoint'])}
              />
              <div className="row">
                <button type="button" disabled={i === 0} onClick={() => apply().apply(moveOption(scenarioNow(), { ...at, optionId: o.id, index: i - 1 }))}>
                  {t('moveUp')}
                </button>
                <button type="button" onClick={() => apply().apply(removeOption(scenarioNow(), { ...at, optionId: o.id }))}>
                  {t('removeOption')}
                </button>
              </div>
            </li>
          ))}
          <li>
            <button type="button" onClick={() => apply().apply(addOption(scenarioNow(), at))}>
              {t('addOption')}
            </button>
            <ProblemNotes
              problems={problemsAt(problems, [...path, 'options']).filter((p) => /^\/nodes\/\d+\/(hotspots\/\d+\/question|question)\/options$/.test(p.pointer))}
            />
          </li>
        </ol>
      )}
      {at.hotspotId === undefined && (
        <button type="button" onClick={() => apply().apply(removeQuestion(scenarioNow(), { nodeId: at.nodeId }))}>
          {t('removeQuestion')}
        </button>
      )}
    </section>
  );
}
