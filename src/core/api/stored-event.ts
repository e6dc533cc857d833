import type { DeviceEventBody } from './device-event.ts';

/** An event as the server has stored it and hands to exports and the dashboard. */
export interface StoredEvent {
  id: string;
  sessionId: string;
  /** Pseudonymous participant code (never a name). */
  participantCode: string;
  seq: number;
  /** Client clock as sent (ms since epoch). */
  at: number;
  /** Server clock when stored (ms since epoch). */
  serverAt: number;
  /** Catalog path "zorgcategorie/id", null for consent. */
  scenario: string | null;
  body: DeviceEventBody;
}
