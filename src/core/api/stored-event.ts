import { z } from 'zod';
import { DeviceEventBody } from './device-event.ts';

/**
 * An event as the server has stored it and hands to exports and the dashboard. Not strict: a
 * server that adds a field must not break an open dashboard.
 */
export const StoredEvent = z.object({
  id: z.string(),
  sessionId: z.string(),
  /** Pseudonymous participant code (never a name), unique only within its session. */
  participantCode: z.string(),
  /** The participation (one device joining one session) it belongs to: unique across sessions, unlike the code. */
  participationId: z.string(),
  seq: z.number().int(),
  /** Client clock as sent (ms since epoch). */
  at: z.number(),
  /** Server clock when stored (ms since epoch). */
  serverAt: z.number(),
  /** Catalog path "zorgcategorie/id", null for consent. */
  scenario: z.string().nullable(),
  body: DeviceEventBody,
  /**
   * Version of the scenario file the run was played with, recorded by the server when it stored
   * the event and never changed after (see `versionPlayedAt` in scenario-runs.ts). Null for
   * consent, and for an event stored before the `started` of its run had arrived.
   */
  scenarioVersion: z.string().nullable(),
});
export type StoredEvent = z.infer<typeof StoredEvent>;

/** Answer of the session and participant event lists. */
export const EventList = z.object({ events: z.array(StoredEvent) });
export type EventList = z.infer<typeof EventList>;
