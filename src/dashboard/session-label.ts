import type { SessionView } from '../core/api/sessions.ts';
import type { DashboardT } from './dashboard-strings.ts';
import type { Language } from '../core/localized-text.ts';
import { formatDateTime } from './format-time.ts';

/** The facilitator's own label, or "Intake van 12 mrt. 2026 14:05" when they gave none. */
export function sessionLabel(session: SessionView, t: DashboardT, lang: Language): string {
  return session.title || t('sessionDefaultTitle', { mode: t(`mode_${session.mode}`), date: formatDateTime(session.createdAt, lang) });
}
