import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations.ts';
import type { Database } from './schema.ts';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface OpenDatabase {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** Where the data lives, for the start-up message (no password). */
  describe: string;
  close(): Promise<void>;
}

// PostgreSQL returns bigint (int8) as strings to avoid precision loss; our values are ms
// timestamps and sequence numbers, well inside 2^53.
pg.types.setTypeParser(20, (v) => Number(v));

export interface DatabaseOptions {
  /** postgres://… to use PostgreSQL; otherwise SQLite under dataDir. */
  databaseUrl?: string | undefined;
  dataDir?: string;
  /** SQLite file name inside dataDir (tests use their own). */
  sqliteFile?: string;
}

/** Opens the database, runs pending migrations, and returns it ready for use. */
export async function openDatabase(options: DatabaseOptions): Promise<OpenDatabase> {
  const opened = options.databaseUrl ? openPostgres(options.databaseUrl) : openSqlite(options);
  await migrate(opened.db);
  return opened;
}

function openSqlite(options: DatabaseOptions): OpenDatabase {
  const dir = options.dataDir ?? 'data';
  mkdirSync(dir, { recursive: true });
  const file = join(dir, options.sqliteFile ?? 'beroepsbeeld.sqlite');
  const sqlite = new SQLite(file);
  // WAL lets the dashboard read while devices write; FULL makes each commit reach the disk
  // before we acknowledge events (an acknowledged event must survive a power cut or kill -9).
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Erased means gone from the file too: a DELETE overwrites what it frees with zeros
  // (see erase-traces.ts for the write-ahead log).
  sqlite.pragma('secure_delete = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, kind: 'sqlite', describe: `SQLite ${file}`, close: () => db.destroy() };
}

function openPostgres(url: string): OpenDatabase {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const safe = url.replace(/\/\/([^:@/]+)(:[^@/]*)?@/, '//$1@');
  return { db, kind: 'postgres', describe: `PostgreSQL ${safe}`, close: () => db.destroy() };
}

async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
