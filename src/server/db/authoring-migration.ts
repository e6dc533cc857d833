import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Migration 0004: the `maker` role, the authoring tables and the scenario versions a session was
 * made with. Both databases; runs inside the migrator like every other migration.
 */
export const authoringMigration: Migration = {
  async up(db: Kysely<any>) {
    await allowMakerRole(db);
    await db.schema
      .createTable('uploads')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('file_name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('image', 'video')`))
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('processing', 'ready', 'failed')`))
      .addColumn('progress', 'integer', (c) => c.notNull())
      .addColumn('width', 'integer')
      .addColumn('height', 'integer')
      .addColumn('src_file', 'text')
      .addColumn('preview_file', 'text')
      .addColumn('placement', 'text')
      .addColumn('original_key', 'text')
      .addColumn('bytes', 'bigint', (c) => c.notNull())
      .addColumn('problem', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('uploads_org').on('uploads').columns(['organisation_id', 'created_at']).execute();
    await db.schema
      .createTable('drafts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
      .addColumn('path', 'text', (c) => c.notNull().unique())
      .addColumn('scenario', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_by', 'text', (c) => c.notNull())
      .addColumn('current_version', 'text')
      .execute();
    await db.schema.createIndex('drafts_org').on('drafts').column('organisation_id').execute();
    await db.schema
      .createTable('draft_versions')
      .addColumn('draft_id', 'text', (c) => c.notNull().references('drafts.id').onDelete('cascade'))
      .addColumn('version', 'text', (c) => c.notNull())
      .addColumn('published_at', 'bigint', (c) => c.notNull())
      .addColumn('published_by', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('draft_versions_pk', ['draft_id', 'version'])
      .execute();
    await db.schema
      .createTable('draft_presence')
      .addColumn('draft_id', 'text', (c) => c.notNull().references('drafts.id').onDelete('cascade'))
      .addColumn('facilitator_id', 'text', (c) => c.notNull().references('facilitators.id').onDelete('cascade'))
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('since', 'bigint', (c) => c.notNull())
      .addColumn('seen_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('draft_presence_pk', ['draft_id', 'facilitator_id'])
      .execute();
    await db.schema
      .createTable('try_codes')
      .addColumn('code', 'text', (c) => c.primaryKey())
      .addColumn('draft_id', 'text', (c) => c.notNull().references('drafts.id').onDelete('cascade'))
      .addColumn('organisation_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.alterTable('sessions').addColumn('scenario_versions', 'text').execute();
  },
};

const OLD_ROLES = /role in \('beheerder', 'begeleider'\)/i;
const NEW_ROLES = "role in ('beheerder', 'begeleider', 'maker')";

/**
 * Widens the CHECK on facilitators.role. PostgreSQL swaps the constraint. SQLite cannot alter a
 * CHECK, so the table is rebuilt the way SQLite documents (foreign keys off, new table, copy,
 * drop, rename, check, foreign keys on) from its own CREATE statement, so columns and indexes
 * that other migrations added survive.
 */
async function allowMakerRole(db: Kysely<any>): Promise<void> {
  const isPostgres = await sql<{ v: string }>`select version() as v`
    .execute(db)
    .then((r) => /postgres/i.test(r.rows[0]?.v ?? ''))
    .catch(() => false);
  if (isPostgres) {
    const checks = await sql<{ conname: string }>`
      select conname from pg_constraint
      where conrelid = 'facilitators'::regclass and contype = 'c' and pg_get_constraintdef(oid) ilike '%role%'`.execute(db);
    for (const c of checks.rows) await sql`alter table facilitators drop constraint ${sql.id(c.conname)}`.execute(db);
    await sql`alter table facilitators add constraint facilitators_role_check check (${sql.raw(NEW_ROLES)})`.execute(db);
    return;
  }
  const table = await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name = 'facilitators'`.execute(db);
  const create = table.rows[0]?.sql;
  if (!create || !OLD_ROLES.test(create)) throw new Error('facilitators.role: the CHECK to widen was not found');
  const indexes = await sql<{ sql: string }>`select sql from sqlite_master where type = 'index' and tbl_name = 'facilitators' and sql is not null`.execute(db);
  const rebuilt = create.replace(OLD_ROLES, NEW_ROLES).replace(/^CREATE TABLE\s+("?)facilitators\1/i, 'CREATE TABLE "facilitators_new"');
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
