import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Migration 0005 (issue 12): each organisation's own leerwerkplaatsprofielen with team links,
 * the organisation's limit for "checked recently", whether a session offers the candidate's
 * questionnaire, and the mark that the first account was made in the browser. Also makes sure
 * the `maker` role is allowed (migration 0004 does that on the authoring branch; here it is a
 * no-op when it already is).
 */
export const profilesMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('organisations').addColumn('profile_max_age_days', 'integer').execute();
    // 1: the device offers the questionnaire after the scenarios; 0: not. Sessions made before: 0.
    await db.schema
      .alterTable('sessions')
      .addColumn('questionnaire', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema
      .createTable('organisation_profiles')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
      .addColumn('profile_id', 'text', (c) => c.notNull())
      .addColumn('team_name', 'text', (c) => c.notNull())
      // The published profile as the file format's JSON; null until first published.
      .addColumn('published', 'text')
      .addColumn('checks', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      // What the team sent through its link, waiting for the beheerder (or sent back).
      .addColumn('proposal', 'text')
      .addColumn('proposal_status', 'text', (c) => c.check(sql`proposal_status in ('pending', 'returned')`))
      .addColumn('proposal_at', 'bigint')
      .addColumn('proposal_checked', 'text')
      .addColumn('proposal_note', 'text')
      .addColumn('proposal_base_revision', 'integer')
      .addColumn('return_message', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addUniqueConstraint('organisation_profiles_org_profile', ['organisation_id', 'profile_id'])
      .execute();
    await db.schema
      .createTable('profile_links')
      .addColumn('id', 'text', (c) => c.primaryKey())
      // SHA-256 of the link's token; the token itself is only in the link.
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('profile_row_id', 'text', (c) => c.notNull().references('organisation_profiles.id').onDelete('cascade'))
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .addColumn('revoked_at', 'bigint')
      .execute();
    await db.schema.createIndex('profile_links_profile').on('profile_links').column('profile_row_id').execute();
    // One row at most: the first account made in the browser. Its primary key makes two
    // simultaneous first runs impossible on both databases.
    await db.schema
      .createTable('first_run')
      .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
      .addColumn('organisation_id', 'text', (c) => c.notNull())
      .addColumn('done_at', 'bigint', (c) => c.notNull())
      .execute();
    await allowMakerRole(db);
  },
};

const NARROW_ROLES = /role in \('beheerder', 'begeleider'\)/i;
const WIDE_ROLES = "role in ('beheerder', 'begeleider', 'maker')";

/**
 * Widens the CHECK on facilitators.role to include `maker` when it does not yet. PostgreSQL swaps
 * the constraint; SQLite cannot alter a CHECK, so the table is rebuilt from its own CREATE
 * statement the way SQLite documents (foreign keys off, new table, copy, drop, rename, check).
 */
async function allowMakerRole(db: Kysely<any>): Promise<void> {
  const isPostgres = await sql<{ v: string }>`select version() as v`
    .execute(db)
    .then((r) => /postgres/i.test(r.rows[0]?.v ?? ''))
    .catch(() => false);
  if (isPostgres) {
    const checks = await sql<{ conname: string; def: string }>`
      select conname, pg_get_constraintdef(oid) as def from pg_constraint
      where conrelid = 'facilitators'::regclass and contype = 'c' and pg_get_constraintdef(oid) ilike '%role%'`.execute(db);
    if (checks.rows.some((c) => c.def.includes('maker'))) return;
    for (const c of checks.rows) await sql`alter table facilitators drop constraint ${sql.id(c.conname)}`.execute(db);
    await sql`alter table facilitators add constraint facilitators_role_check check (${sql.raw(WIDE_ROLES)})`.execute(db);
    return;
  }
  const table = await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name = 'facilitators'`.execute(db);
  const create = table.rows[0]?.sql;
  if (!create || !NARROW_ROLES.test(create)) return;
  const indexes = await sql<{ sql: string }>`select sql from sqlite_master where type = 'index' and tbl_name = 'facilitators' and sql is not null`.execute(db);
  const rebuilt = create.replace(NARROW_ROLES, WIDE_ROLES).replace(/^CREATE TABLE\s+("?)facilitators\1/i, 'CREATE TABLE "facilitators_new"');
  await sql`PRAGMA foreign_keys = OFF`.execute(db);
  try {
    await sql`BEGIN`.execute(db);
    try {
      await sql.raw(rebuilt).execute(db);
      await sql`INSERT INTO facilitators_new SELECT * FROM facilitators`.execute(db);
      await sql`DROP TABLE facilitators`.execute(db);
      await sql`ALTER TABLE facilitators_new RENAME TO facilitators`.execute(db);
      for (const index of indexes.rows) await sql.raw(index.sql).execute(db);
      const broken = await sql`PRAGMA foreign_key_check`.execute(db);
      if (broken.rows.length) throw new Error(`facilitators rebuild broke ${broken.rows.length} foreign key(s)`);
      await sql`COMMIT`.execute(db);
    } catch (e) {
      await sql`ROLLBACK`.execute(db);
      throw e;
    }
  } finally {
    await sql`PRAGMA foreign_keys = ON`.execute(db);
  }
}
