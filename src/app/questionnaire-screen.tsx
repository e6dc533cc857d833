import { localize } from '../core/localized-text.ts';
import { DONT_KNOW } from '../core/questionnaire/questionnaire.ts';
import { LanguageButton } from '../ui/language-button.tsx';
import { Icon } from '../ui/icon.tsx';
import type { Participation } from '../sync/outbox-db.ts';
import { appStrings } from './app-strings.ts';
import { useQuestionnaire } from './use-questionnaire.ts';

/**
 * The candidate's own questionnaire after the scenarios (issue 12): one question per screen,
 * large buttons, Dutch or English. The rules and the logging are `useQuestionnaire`'s, shared
 * with the panel in VR.
 */
export function QuestionnaireScreen({ participation, onDone }: { participation: Participation; onDone: () => void }) {
  const { t, lang } = appStrings.useT();
  const { question, index, total, chosen, canSubmit, finished, error, tap, next, back } = useQuestionnaire(participation);

  if (finished) {
    return (
      <main className="message questionnaire" aria-labelledby="q-title">
        <h1 id="q-title" tabIndex={-1}>
          {t('questionnaireThanks')}
        </h1>
        <button type="button" className="big primary" onClick={onDone}>
          <Icon name="done" /> {t('questionnaireToList')}
        </button>
      </main>
    );
  }

  return (
    <main className="message questionnaire" aria-labelledby="q-title" data-question={question.id}>
      <header className="questionnaire-head">
        <p className="questionnaire-step">{t('questionnaireStep', { n: index + 1, total })}</p>
        <LanguageButton />
      </header>
      <h1 id="q-title" key={question.id} tabIndex={-1} ref={(h) => h?.focus()}>
        <Icon name="question" /> {localize(question.prompt, lang)}
      </h1>
      {question.hint && <p>{localize(question.hint, lang)}</p>}
      <ul className="questionnaire-options" role="list">
        {question.options.map((o) => (
          <li key={o.id}>
            <button
              type="button"
              className={`big option${o.id === DONT_KNOW ? ' dont-know' : ''}`}
              aria-pressed={question.maxChoices > 1 ? chosen.includes(o.id) : undefined}
              data-option={o.id}
              onClick={() => tap(o.id)}
            >
              {question.maxChoices > 1 && chosen.includes(o.id) && <Icon name="done" />}
              {localize(o.label, lang)}
            </button>
          </li>
        ))}
      </ul>
      <div className="row">
        {index > 0 && (
          <button type="button" className="big" onClick={back}>
            <Icon name="back" /> {t('questionnaireBack')}
          </button>
        )}
        {question.maxChoices > 1 && (
          <button type="button" className="big primary" disabled={!canSubmit} onClick={next}>
            {t('questionnaireNext')} <Icon name="next" />
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className="error">
          {t('recordFailed', { reason: error })}
        </p>
      )}
    </main>
  );
}
