import { appStrings } from './app-strings.ts';
import { localize } from '../core/localized-text.ts';
import type { Catalog } from '../core/scenario-catalog.ts';
import { ZORGCATEGORIE_LABELS, ZORGCATEGORIEEN } from '../core/zorgcategorie.ts';
import { useReading } from '../i18n/language-store.ts';
import { LanguageButton } from '../ui/language-button.tsx';
import type { Participation } from '../sync/outbox-db.ts';
import { ScenarioCard } from './scenario-card.tsx';

/** The list of scenarios, grouped by zorgcategorie. */
export function StartScreen({ catalog, participation }: { catalog: Catalog; participation: Participation | null }) {
  const { t } = appStrings.useT();
  const lang = useReading((s) => s.lang);
  const groups = ZORGCATEGORIEEN.map((z) => ({ z, items: catalog.scenarios.filter((s) => s.zorgcategorie === z) })).filter((g) => g.items.length > 0);
  return (
    <main className="start">
      <header>
        <h1>{t('appName')}</h1>
        <p>{t('tagline')}</p>
        <LanguageButton />
      </header>
      <nav className="row session-links" aria-label={t('joinTitle')}>
        {participation ? (
          <a className="button big primary" href="#/sessie">
            {t('continueSession', { code: participation.participantCode })}
          </a>
        ) : (
          <a className="button big" href="#/join">
            {t('joinWithCode')}
          </a>
        )}
        <a className="button big" href="#/begeleider">
          {t('forFacilitators')}
        </a>
      </nav>
      <h2>{t('chooseScenario')}</h2>
      {groups.length === 0 && <p>{t('noScenarios')}</p>}
      {groups.map(({ z, items }) => (
        <section key={z} aria-labelledby={`cat-${z}`}>
          <h3 id={`cat-${z}`}>{localize(ZORGCATEGORIE_LABELS[z], lang)}</h3>
          <ul className="cards">
            {items.map((s) => (
              <ScenarioCard
                key={s.id}
                entry={s}
                lang={lang}
                heading="h4"
                meta={`${s.beroepen.map((b) => localize(b, lang)).join(', ')} · ${t('niveau', { levels: s.niveaus.join('/') })}${s.estimatedMinutes ? ` · ${t('minutes', { count: s.estimatedMinutes })}` : ''}`}
              />
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
