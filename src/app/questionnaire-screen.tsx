import { useRef, useState } from 'react';
import { localize } from '../core/localized-text.ts';
import { DONT_KNOW, QUESTIONNAIRE, QUESTIONNAIRE_VERSION } from '../core/questionnaire/questionnaire.ts';
import { LanguageButton } from '../ui/language-button.tsx';
import { Icon } from '../ui/icon.tsx';
import type { Participation } from '../sync/outbox-db.ts';
import { deviceOutbox, syncClient } from '../sync/device-session.ts';
import { appStrings } from './app-strings.ts';
import { questionnaireDoneKey } from './use-questionnaire-offered.ts';

/**
 * The candidate's own questionnaire after the scenarios (issue 12): one question per screen,
 * large buttons, Dutch or English. Each answer is logged through the outbox like any other
 * event (exactly once, also offline) as soon as the candidate goes on.
 */
export function QuestionnaireScreen({ participation, onDone }: { participation: Participation; onDone: () => void }) {
  const { t, lang } = appStrings.useT();
  const [index, setIndex] = useState(0);
  const [chosen, setChosen] = useState<string[]>([]);
  const [finished, setFinished] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const shownAt = useRef(Date.now());
  const question = QUESTIONNAIRE[index]!;

  function toggle(id: string) {
    if (question.maxChoices === 1) return void answer([id]);
    // "Weet ik niet" stands alone; other options up to maxChoices.
    if (id === DONT_KNOW) return setChosen(chosen.includes(id) ? [] : [id]);
    const rest = chosen.filter((c) => c !== DONT_KNOW);
    setChosen(rest.includes(id) ? rest.filter((c) => c !== id) : rest.length < question.maxChoices ? [...rest, id] : rest);
  }

  async function answer(optionIds: string[]) {
    setError(null);
    try {
      await deviceOutbox().recordQuestionnaireAnswer(participation.id, {
        questionnaireVersion: QUESTIONNAIRE_VERSION,
        questionId: question.id,
        optionIds,
        msToAnswer: Math.max(0, Math.round(Date.now() - shownAt.current)),
      });
      void syncClient().flush();
    } catch (e) {
      setError(t('recordFailed', { reason: (e as Error).message }));
      return;
    }
    shownAt.current = Date.now();
    setChosen([]);
    if (index + 1 < QUESTIONNAIRE.length) setIndex(index + 1);
    else {
      sessionStorage.setItem(questionnaireDoneKey(participation.id), '1');
      setFinished(true);
    }
  }

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
        <p className="questionnaire-step">{t('questionnaireStep', { n: index + 1, total: QUESTIONNAIRE.length })}</p>
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
              onClick={() => toggle(o.id)}
            >
              {question.maxChoices > 1 && chosen.includes(o.id) && <Icon name="done" />}
              {localize(o.label, lang)}
            </button>
          </li>
        ))}
      </ul>
      <div className="row">
        {index > 0 && (
          <button type="button" className="big" onClick={() => (setChosen([]), setIndex(index - 1))}>
            <Icon name="back" /> {t('questionnaireBack')}
          </button>
        )}
        {question.maxChoices > 1 && (
          <button type="button" className="big primary" disabled={chosen.length === 0} onClick={() => void answer(chosen)}>
            {t('questionnaireNext')} <Icon name="next" />
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </main>
  );
}
