import { z } from 'zod';
import { Id, VariableValue } from './scenario-schema.ts';

/**
 * Events the engine emits. They are the log: the outbox persists them, the server stores them,
 * the gesprekskaart is built from them. Payloads carry ids only (no free text), so a log holds
 * no personal data.
 */
const via = z.enum(['start', 'hotspot', 'option', 'scale', 'timer', 'back', 'restart', 'jump']);
export type EnterVia = z.infer<typeof via>;

export const EventBody = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('started'), scenarioId: Id, scenarioVersion: z.string() }),
  z.strictObject({ type: z.literal('scene-entered'), nodeId: Id, via, fromNodeId: Id.nullable() }),
  z.strictObject({ type: z.literal('scene-left'), nodeId: Id, dwellMs: z.number().int().nonnegative() }),
  z.strictObject({ type: z.literal('hotspot-opened'), nodeId: Id, hotspotId: Id, hotspotKind: z.enum(['info', 'goto', 'question']) }),
  z.strictObject({
    type: z.literal('question-answered'),
    nodeId: Id,
    questionId: Id,
    optionId: Id,
    msToAnswer: z.number().int().nonnegative(),
    changedFrom: Id.nullable(),
  }),
  z.strictObject({
    type: z.literal('reflection-answered'),
    nodeId: Id,
    questionId: Id,
    optionId: Id.nullable(),
    value: z.number().int().nullable(),
    msToAnswer: z.number().int().nonnegative(),
    changedFrom: z.union([Id, z.number().int()]).nullable(),
  }),
  z.strictObject({ type: z.literal('variables-set'), values: z.record(Id, VariableValue) }),
  z.strictObject({ type: z.literal('timer-expired'), nodeId: Id }),
  z.strictObject({ type: z.literal('back'), fromNodeId: Id, toNodeId: Id }),
  z.strictObject({ type: z.literal('restart'), scope: z.enum(['scene', 'scenario']), nodeId: Id }),
  z.strictObject({ type: z.literal('completed'), endingNodeId: Id, durationMs: z.number().int().nonnegative() }),
  z.strictObject({ type: z.literal('aborted'), nodeId: Id.nullable(), durationMs: z.number().int().nonnegative() }),
]);
export type EventBody = z.infer<typeof EventBody>;
export type EventType = EventBody['type'];

/** What the engine returns: an event body stamped with the time the caller passed in. */
export type EngineEvent = EventBody & { at: number };

/**
 * A logged event: the engine's event plus identity supplied by the caller (the outbox): a v4
 * UUID, a per-participant sequence number, and the client clock.
 */
export const LoggedEvent = z.intersection(
  EventBody,
  z.object({
    id: z.uuid({ version: 'v4' }),
    seq: z.number().int().nonnegative(),
    at: z.number().int().nonnegative().meta({ description: 'Client time, ms since epoch' }),
  }),
);
export type LoggedEvent = z.infer<typeof LoggedEvent>;
