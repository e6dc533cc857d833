import { z } from 'zod';
import { DeviceEventBody } from '../core/api/device-event.ts';
import type { StoredEvent } from '../core/api/stored-event.ts';
import { SessionView } from '../core/api/sessions.ts';
import { LocalizedText } from '../core/localized-text.ts';

/**
 * The answers the dashboard reads, checked on arrival. Objects are not strict: a server that
 * adds a field must not break an open dashboard.
 */

export const SessionList = z.object({ sessions: z.array(SessionView) });

export const ParticipantView = z.object({
  code: z.string(),
  joinedAt: z.number(),
  lastSeenAt: z.number(),
  consentedAt: z.number().nullable(),
});
export type ParticipantView = z.infer<typeof ParticipantView>;

export const SessionDetail = z.object({ session: SessionView, participants: z.array(ParticipantView) });
export type SessionDetail = z.infer<typeof SessionDetail>;

export const StoredEventSchema = z.object({
  id: z.string(),
  sessionId: z.string(),
  participantCode: z.string(),
  participationId: z.string(),
  seq: z.number().int(),
  at: z.number(),
  serverAt: z.number(),
  scenario: z.string().nullable(),
  body: DeviceEventBody,
  scenarioVersion: z.string().nullable(),
}) satisfies z.ZodType<StoredEvent>;

export const EventList = z.object({ events: z.array(StoredEventSchema) });

export const ServerInfo = z.object({ urls: z.array(z.string()) });

/** Only what the create form uses from a leerwerkplaatsprofiel: whose it is, the team, its scenario. */
export const LeerwerkplaatsList = z.object({
  profiles: z.array(
    z.object({
      own: z.boolean(),
      profile: z.object({
        id: z.string(),
        stable: z.object({
          organisation: z.object({ name: z.string() }),
          location: z.object({ name: z.string(), plaats: z.string() }),
          team: z.object({ name: LocalizedText }),
          scenario: z.string(),
        }),
      }),
    }),
  ),
});
export type LeerwerkplaatsList = z.infer<typeof LeerwerkplaatsList>;
