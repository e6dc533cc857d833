import type { DeviceEventBody } from './device-event.ts';

/** An event as the server has stored it and hands to exports and the dashboard. */
export interface StoredEvent {
  id: string;
  sessionId: string;
  /** Pseudonymous participant code (never a name), unique only within its session. */
  participantCode: string;
  /** The participation (one device joining one session) it belongs to: unique across sessions, unlike the code. */
  participationId: string;
  seq: number;
  /** Client clock as sent (ms since epoch). */
  at: number;
  /** Server clock when stored (ms since epoch). */
  serverAt: number;
  /** Catalog path "zorgcategorie/id", null for consent. */
  scenario: string | null;
  body: DeviceEventBody;
  /**
   * Version of the scenario file the run was played with, recorded by the server when it stored
   * the event and never changed after (see `versionPlayedAt` in scenario-runs.ts). Null for
   * consent, and for an event stored before the `started` of its run had arrived.
   */
  scenarioVersion: string | null;
}
