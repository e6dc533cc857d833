import type { SessionView } from '../core/api/sessions.ts';
import type { DashboardT } from './dashboard-i18n.ts';
import { formatDateTime, type DashboardLang } from './format-time.ts';

/** The facilitator's own label, or "Intake van 12 mrt. 2026 14:05" when they gave none. */
export function sessionLabel(session: SessionView, t: DashboardT, lang: DashboardLang): string {
  return session.title || t('sessionDefaultTitle', { mode: t(`mode_${session.mode}`), date: formatDateTime(session.createdAt, lang) });
}
