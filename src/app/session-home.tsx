import { appStrings } from './app-strings.ts';
import { localize } from '../core/localized-text.ts';
import type { Catalog } from '../core/scenario-catalog.ts';
import { ZORGCATEGORIE_LABELS } from '../core/zorgcategorie.ts';
import { useReading } from '../i18n/language-store.ts';
import { LanguageButton } from '../ui/language-button.tsx';
import type { Participation } from '../sync/outbox-db.ts';
import { leaveSession, syncClient } from '../sync/device-session.ts';
import { ScenarioCard } from './scenario-card.tsx';
import { SyncBadge } from './sync-badge.tsx';
import { Icon } from '../ui/icon.tsx';
import { isQuestionnaireDone, useQuestionnaireOffered } from './use-questionnaire-offered.ts';

/** The scenarios the facilitator chose for this session, and how the answers are doing. */
export function SessionHome({ catalog, participation, onLeft }: { catalog: Catalog; participation: Participation; onLeft: () => void }) {
  const { t } = appStrings.useT();
  const lang = useReading((s) => s.lang);
  const questionnaire = useQuestionnaireOffered(participation);
  const done = isQuestionnaireDone(participation.id);
  const offered = participation.session.scenarios.flatMap((path) => catalog.scenarios.filter((s) => s.path === path));

  async function leave() {
    if (!window.confirm(t('leaveConfirm'))) return;
    await syncClient().flush();
    await leaveSession(false);
    onLeft();
  }

  return (
    <main className="start session-home">
      <header>
        <h1>{t('sessionTitle')}</h1>
        <p>{t('youAre', { code: participation.participantCode })}</p>
        <LanguageButton />
      </header>
      <SyncBadge />
      <ul className="cards">
        {offered.map((s) => (
          <ScenarioCard key={s.path} entry={s} lang={lang} heading="h2" meta={localize(ZORGCATEGORIE_LABELS[s.zorgcategorie], lang)} />
        ))}
      </ul>
      {offered.length > 0 && questionnaire && (
        <section className="questionnaire-card" aria-labelledby="q-card-title">
          <h2 id="q-card-title">{t('questionnaireTitle')}</h2>
          <p>{t('questionnaireIntro')}</p>
          <a className="button big primary" href="#/sessie/vragen">
            <Icon name="question" /> {done ? t('questionnaireAgain') : t('questionnaireStart')}
          </a>
          {done && <p className="sub">{t('questionnaireAnswered')}</p>}
        </section>
      )}
      <p>
        <button type="button" onClick={leave}>
          {t('leaveSession')}
        </button>
      </p>
    </main>
  );
}
