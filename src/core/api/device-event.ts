import { z } from 'zod';
import { EventBody } from '../events.ts';
import { ScenarioVersion } from '../scenario-schema.ts';
import { ScenarioPath } from './api-ids.ts';

/**
 * What a device logs besides the engine's events: that the candidate read the notice about
 * what is logged and chose to continue. Sent through the same outbox, so it survives being offline.
 */
export const ConsentGiven = z.strictObject({
  type: z.literal('consent-given'),
  /** Version of the notice text the candidate saw (the notice may change over time). */
  noticeVersion: z.number().int().positive(),
});

export const DeviceEventBody = z.discriminatedUnion('type', [...EventBody.options, ConsentGiven]);
export type DeviceEventBody = z.infer<typeof DeviceEventBody>;

const MAX_VARIABLE_TEXT = 200;
const NO_CONTROL = /^[^\u0000-\u001f\u007f]*$/;

/**
 * The free values in a body, checked to the shape they really have before the server stores
 * them (they reach the CSV and xAPI exports): a scenario version is "major.minor.patch"; a
 * variable's text is what a scenario assigns, short and on one line. Only at the door (WireEvent):
 * what is stored already must still load in the dashboard.
 */
const DeviceEventBodyIn = DeviceEventBody.superRefine((body, ctx) => {
  if (body.type === 'started' && !ScenarioVersion.safeParse(body.scenarioVersion).success) {
    ctx.addIssue({ code: 'custom', path: ['scenarioVersion'], message: 'scenarioVersion is "major.minor.patch", e.g. "1.0.0"' });
  }
  if (body.type === 'variables-set') {
    for (const [name, value] of Object.entries(body.values)) {
      if (typeof value === 'string' && (value.length > MAX_VARIABLE_TEXT || !NO_CONTROL.test(value))) {
        ctx.addIssue({
          code: 'custom',
          path: ['values', name],
          message: `a variable's text is at most ${MAX_VARIABLE_TEXT} characters on one line, without control characters`,
        });
      }
    }
  }
});
export type DeviceEventType = DeviceEventBody['type'];

/**
 * One event as a device sends it. The envelope (identity, order, clock, scenario) is kept apart
 * from the body so the body stays exactly what the engine emitted. The participant is not in it:
 * the server takes that from the device's token.
 */
export const WireEvent = z.strictObject({
  /** v4 UUID made on the device; the key for exactly-once storage. */
  id: z.uuid({ version: 'v4', error: 'id must be a version 4 UUID (crypto.randomUUID())' }),
  /** Per-participant sequence number, 0, 1, 2, … with no gaps. */
  seq: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  /** Client clock, ms since epoch. Kept as sent, also when the clock is off. */
  at: z.number().int().nonnegative().max(8.64e15),
  /** Catalog path of the scenario, e.g. "ouderenzorg/ochtend-verpleeghuis"; null for consent. */
  scenario: ScenarioPath.nullable(),
  body: DeviceEventBodyIn,
});
export type WireEvent = z.infer<typeof WireEvent>;

export const MAX_BATCH = 500;

export const IngestBatch = z.strictObject({
  events: z
    .array(WireEvent)
    .min(1, { error: 'a batch holds at least one event' })
    .max(MAX_BATCH, { error: `a batch holds at most ${MAX_BATCH} events; send the rest in the next batch` }),
});
export type IngestBatch = z.infer<typeof IngestBatch>;

export const IngestResponse = z.strictObject({
  /** Ids now durably stored (new or already there with the same content). Delete these from the outbox. */
  acknowledged: z.array(z.uuid()),
});
export type IngestResponse = z.infer<typeof IngestResponse>;
