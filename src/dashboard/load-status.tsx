import { useDashboardT } from './dashboard-strings.ts';
import { errorText } from './error-text.ts';

/** "Loading…" inside a page, with a busy state for screen readers. */
export function LoadingNote() {
  const { t } = useDashboardT();
  return (
    <p className="dash-loading" role="status" aria-busy="true">
      {t('loading')}
    </p>
  );
}

/** A failed load, in words, with a retry button. */
export function LoadFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useDashboardT();
  return (
    <div role="alert" className="dash-notice warn">
      <p>{errorText(error, t)}</p>
      <button type="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}
