/**
 * A write that named a row erased in the meantime (PostgreSQL 23503, SQLite's FOREIGNKEY
 * constraint). The device routes check inside their transaction; this catches the rest, so such a
 * race is a 410 and not a 500.
 */
export function isForeignKeyViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23503' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY';
}
