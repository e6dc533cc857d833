import { type Kysely, type Migration } from 'kysely';

/**
 * Migration 0008 (issue 11): the face review of each uploaded photo, how long its unblurred
 * original may be kept, and the consent confirmations stored with each published version.
 */
export const facesMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('uploads').addColumn('face_status', 'text').execute();
    await db.schema.alterTable('uploads').addColumn('face_regions', 'text').execute();
    await db.schema.alterTable('uploads').addColumn('faces_confirmed_by', 'text').execute();
    await db.schema.alterTable('uploads').addColumn('faces_confirmed_at', 'bigint').execute();
    await db.schema.alterTable('uploads').addColumn('original_purge_at', 'bigint').execute();
    await db.schema.createIndex('uploads_original_purge').on('uploads').column('original_purge_at').execute();
    await db.schema
      .createTable('version_consents')
      .addColumn('draft_id', 'text', (c) => c.notNull().references('drafts.id').onDelete('cascade'))
      .addColumn('version', 'text', (c) => c.notNull())
      .addColumn('file', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('confirmed_by', 'text', (c) => c.notNull())
      .addColumn('confirmed_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('version_consents_pk', ['draft_id', 'version', 'file'])
      .execute();
  },
};
