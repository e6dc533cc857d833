import type { Language } from '../core/localized-text.ts';
/** Dates and durations the way a Dutch (or English) reader expects them. */

const locale = (lang: Language) => (lang === 'en' ? 'en-GB' : 'nl-NL');

export const DAY_MS = 24 * 60 * 60_000;

/** "12 maart 2026". */
export function formatDate(ms: number, lang: Language): string {
  return new Date(ms).toLocaleDateString(locale(lang), { day: 'numeric', month: 'long', year: 'numeric' });
}

/** "12 mrt. 2026 14:05". */
export function formatDateTime(ms: number, lang: Language): string {
  return new Date(ms).toLocaleString(locale(lang), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** "14:05". */
export function formatTime(ms: number, lang: Language): string {
  return new Date(ms).toLocaleTimeString(locale(lang), { hour: '2-digit', minute: '2-digit' });
}

/** "12 seconden geleden", "3 minuten geleden". */
export function formatAgo(ms: number, now: number, lang: Language): string {
  const seconds = Math.max(0, Math.round((now - ms) / 1000));
  const rtf = new Intl.RelativeTimeFormat(locale(lang), { numeric: 'auto' });
  if (seconds < 60) return rtf.format(-seconds, 'second');
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return rtf.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 48) return rtf.format(-hours, 'hour');
  return rtf.format(-Math.round(hours / 24), 'day');
}

/** "4:07" (minutes:seconds) or "1:04:07" for a duration. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}
