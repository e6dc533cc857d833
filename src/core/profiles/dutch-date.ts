/**
 * The calendar date in the Netherlands (yyyy-mm-dd) at a moment: what "today" is for a
 * beheerder or a team that checks a profile, whatever time zone the server runs in. A check at
 * half past midnight belongs to the new day, not to yesterday in UTC.
 */
export function dutchDate(ms: number): string {
  // en-CA writes dates as yyyy-mm-dd.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
}
