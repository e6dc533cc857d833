import type { Generated } from 'kysely';
import type { Role } from '../../core/api/sessions.ts';
import type { AuthoringTables } from './authoring-schema.ts';

/**
 * Table types for Kysely. Times are integers in ms since epoch (bigint in PostgreSQL, parsed back
 * to numbers); JSON is stored as text so both databases treat it the same.
 */
export interface Database extends AuthoringTables {
  organisations: {
    id: string;
    name: string;
    default_retention_days: number | null;
    created_at: number;
  };
  facilitators: {
    id: string;
    organisation_id: string;
    email: string;
    password_hash: string;
    role: Role;
    created_at: number;
  };
  auth_sessions: {
    /** SHA-256 of the cookie value; the value itself is never stored. */
    id_hash: string;
    facilitator_id: string;
    created_at: number;
    last_seen_at: number;
  };
  sessions: {
    id: string;
    organisation_id: string;
    created_by: string;
    mode: 'intake' | 'sollicitatie' | 'werkveldorientatie';
    title: string | null;
    /** JSON array of catalog paths. */
    scenarios: string;
    retention_days: number;
    status: 'open' | 'ended' | 'archived';
    join_code: string | null;
    join_code_expires_at: number | null;
    created_at: number;
    ended_at: number | null;
    purge_at: number;
    /** JSON ClassState (class mode), null when never used. */
    class_state: string | null;
    /** JSON { [path]: version }: the version of each offered scenario when the session was made (null before authoring). */
    scenario_versions: string | null;
  };
  participants: {
    id: string;
    session_id: string;
    code: string;
    token_hash: string;
    consented_at: number | null;
    created_at: number;
    last_seen_at: number;
  };
  events: {
    id: string;
    session_id: string;
    participant_id: string;
    seq: number;
    scenario: string | null;
    type: string;
    /** Canonical JSON of {at, scenario, seq, body}: what "same content" is compared on. */
    content: string;
    client_at: number;
    server_at: number;
    /**
     * Scenario version of the event's run, recorded when the event is stored and never changed,
     * so its xAPI statement (revision) stays the same in every export and forwarding.
     */
    scenario_version: string | null;
  };
  /** Events waiting to be forwarded to an external LRS (only when LRS_URL is set). */
  lrs_queue: {
    id: string;
    session_id: string;
    attempts: Generated<number>;
    next_attempt_at: number;
    last_error: string | null;
  };
  participant_notes: {
    participant_id: string;
    /** JSON ParticipantNotes. */
    content: string;
    updated_at: number;
    updated_by: string;
  };
  gaze_bins: {
    session_id: string;
    scenario: string;
    node_id: string;
    yaw_bin: number;
    pitch_bin: number;
    count: number;
  };
}
