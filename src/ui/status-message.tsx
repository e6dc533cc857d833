import { uiStrings } from './ui-strings.ts';

/** Full-page "loading…" while the catalog or a scenario loads. */
export function Loading() {
  const { t } = uiStrings.useT();
  return (
    <main className="message" aria-busy="true">
      <p>{t('loading')}</p>
    </main>
  );
}

/** Full-page load error with the technical detail (for the facilitator) and a retry. */
export function LoadError({ detail, onRetry }: { detail: string; onRetry: () => void }) {
  const { t } = uiStrings.useT();
  return (
    <main className="message" role="alert">
      <p>{t('loadFailed')}</p>
      <p className="detail">{detail}</p>
      <button type="button" className="big" onClick={onRetry}>
        {t('retry')}
      </button>
    </main>
  );
}
