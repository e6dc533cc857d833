import { type Kysely, type Migration, type MigrationProvider, sql } from 'kysely';
import type { DeviceEventBody } from '../../core/api/device-event.ts';
import { runStarts, versionPlayedAt } from '../../core/scenario-runs.ts';
import { authoringMigration } from './authoring-migration.ts';

/**
 * Migrations in code (not files on disk) so the same list runs from source, tests and both
 * databases. Append only: never edit a migration that has shipped.
 */
const migrations: Record<string, Migration> = {
  '0001-initial': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('organisations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('default_retention_days', 'integer')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('facilitators')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('beheerder', 'begeleider')`))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('auth_sessions')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        .addColumn('facilitator_id', 'text', (c) => c.notNull().references('facilitators.id').onDelete('cascade'))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('mode', 'text', (c) => c.notNull().check(sql`mode in ('intake', 'sollicitatie', 'werkveldorientatie')`))
        .addColumn('title', 'text')
        .addColumn('scenarios', 'text', (c) => c.notNull())
        .addColumn('retention_days', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'ended', 'archived')`))
        .addColumn('join_code', 'text', (c) => c.unique())
        .addColumn('join_code_expires_at', 'bigint')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('ended_at', 'bigint')
        .addColumn('purge_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sessions_org').on('sessions').column('organisation_id').execute();
      await db.schema.createIndex('sessions_purge').on('sessions').column('purge_at').execute();
      await db.schema
        .createTable('participants')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('consented_at', 'bigint')
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
        .addUniqueConstraint('participants_session_code', ['session_id', 'code'])
        .execute();
      await db.schema
        .createTable('events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
        .addColumn('participant_id', 'text', (c) => c.notNull().references('participants.id').onDelete('cascade'))
        .addColumn('seq', 'bigint', (c) => c.notNull())
        .addColumn('scenario', 'text')
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('client_at', 'bigint', (c) => c.notNull())
        .addColumn('server_at', 'bigint', (c) => c.notNull())
        // One event per sequence number: a device that reuses a number is caught, not merged.
        .addUniqueConstraint('events_participant_seq', ['participant_id', 'seq'])
        .execute();
      await db.schema.createIndex('events_session').on('events').columns(['session_id', 'server_at']).execute();
      await db.schema
        .createTable('lrs_queue')
        // The event to forward; its statement is built when sent (content can be read then).
        .addColumn('id', 'text', (c) => c.primaryKey().references('events.id').onDelete('cascade'))
        .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'bigint', (c) => c.notNull())
        .addColumn('last_error', 'text')
        .execute();
    },
  },
  '0002-dashboard': {
    async up(db: Kysely<any>) {
      // What the facilitator writes about a participant, on purpose: notes, conclusion, the
      // matching form and the team they propose. Erased with the participant or the session.
      await db.schema
        .createTable('participant_notes')
        .addColumn('participant_id', 'text', (c) => c.primaryKey().references('participants.id').onDelete('cascade'))
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .execute();
      // Class mode: what the docent has set (volg mij, pause, prompt, heatmap), so a device that
      // (re)connects gets the current state.
      await db.schema.alterTable('sessions').addColumn('class_state', 'text').execute();
      // Where the class looked: counts per 10° cell, never per student.
      await db.schema
        .createTable('gaze_bins')
        .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
        .addColumn('scenario', 'text', (c) => c.notNull())
        .addColumn('node_id', 'text', (c) => c.notNull())
        .addColumn('yaw_bin', 'integer', (c) => c.notNull())
        .addColumn('pitch_bin', 'integer', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('gaze_bins_pk', ['session_id', 'scenario', 'node_id', 'yaw_bin', 'pitch_bin'])
        .execute();
    },
  },
  '0003-event-scenario-version': {
    async up(db: Kysely<any>) {
      // The xAPI revision was read from a `started` in the same list of events, so the forwarder
      // (which sends any slice of the log) and the export could differ under one statement id.
      // Now it is recorded with the event. Events stored before get what the export gave them.
      await db.schema.alterTable('events').addColumn('scenario_version', 'text').execute();
      await backfillScenarioVersions(db);
    },
  },
  '0004-authoring': authoringMigration,
};

/** Sets `scenario_version` on stored events that have none, from the participant's `started` events. */
export async function backfillScenarioVersions(db: Kysely<any>): Promise<void> {
  const starts: { participant_id: string; seq: number | string; scenario: string | null; content: string }[] = await db
    .selectFrom('events')
    .select(['participant_id', 'seq', 'scenario', 'content'])
    .where('type', '=', 'started')
    .execute();
  const byParticipant = new Map<string, ReturnType<typeof runStarts>>();
  for (const r of starts) {
    const { body } = JSON.parse(r.content) as { body: DeviceEventBody };
    const list = byParticipant.get(r.participant_id) ?? [];
    list.push(...runStarts([{ seq: Number(r.seq), scenario: r.scenario, body }]));
    byParticipant.set(r.participant_id, list);
  }
  for (const [participantId, list] of byParticipant) {
    const rows: { id: string; seq: number | string; scenario: string | null }[] = await db
      .selectFrom('events')
      .select(['id', 'seq', 'scenario'])
      .where('participant_id', '=', participantId)
      .where('scenario_version', 'is', null)
      .execute();
    const byVersion = new Map<string, string[]>();
    for (const r of rows) {
      const version = versionPlayedAt(list, { seq: Number(r.seq), scenario: r.scenario });
      if (version !== null) byVersion.set(version, [...(byVersion.get(version) ?? []), r.id]);
    }
    for (const [version, ids] of byVersion) {
      for (let i = 0; i < ids.length; i += 500) {
        await db
          .updateTable('events')
          .set({ scenario_version: version })
          .where('id', 'in', ids.slice(i, i + 500))
          .execute();
      }
    }
  }
}

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
