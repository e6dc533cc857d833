import { z } from 'zod';
import { Id } from '../scenario-schema.ts';
import { ScenarioPath } from './api-ids.ts';

/**
 * What the docent has set for the whole class. Devices get it when they connect and on every
 * change; `version` grows with each change so a device acts on a "volg mij" once.
 */
export const ClassState = z.strictObject({
  version: z.number().int().nonnegative(),
  /** "Volg mij": every device shows this scene. Null: free explore. */
  follow: z.strictObject({ scenario: ScenarioPath, nodeId: Id }).nullable(),
  /** All screens blank ("kijk even naar mij"). */
  paused: z.boolean(),
  /** A short text shown on every device, e.g. a discussion question; null: none. */
  prompt: z.string().max(280).nullable(),
  /** Devices send where they look (aggregated into a heatmap); only when the docent turns it on. */
  heatmap: z.boolean(),
});
export type ClassState = z.infer<typeof ClassState>;

export const INITIAL_CLASS_STATE: ClassState = { version: 0, follow: null, paused: false, prompt: null, heatmap: false };

const NoControl = /^[^\u0000-\u001f\u007f]*$/;

export const ClassCommand = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('follow'), scenario: ScenarioPath, nodeId: Id }),
  z.strictObject({ kind: z.literal('free') }),
  z.strictObject({ kind: z.literal('pause'), paused: z.boolean() }),
  z.strictObject({
    kind: z.literal('prompt'),
    text: z
      .string()
      .trim()
      .max(280, { error: 'a prompt is at most 280 characters' })
      .regex(NoControl, { error: 'a prompt is one line without control characters' })
      .nullable(),
  }),
  z.strictObject({ kind: z.literal('heatmap'), enabled: z.boolean() }),
]);
export type ClassCommand = z.infer<typeof ClassCommand>;

/** Applies a command: the one place that says what each control does to the class state. */
export function applyClassCommand(state: ClassState, command: ClassCommand): ClassState {
  const next = { ...state, version: state.version + 1 };
  switch (command.kind) {
    case 'follow':
      return { ...next, follow: { scenario: command.scenario, nodeId: command.nodeId } };
    case 'free':
      return { ...next, follow: null };
    case 'pause':
      return { ...next, paused: command.paused };
    case 'prompt':
      return { ...next, prompt: command.text || null };
    case 'heatmap':
      return { ...next, heatmap: command.enabled };
  }
}

/** Head-direction samples a device sends while the heatmap is on (a few per second, batched). */
export const GazeBatch = z.strictObject({
  samples: z
    .array(
      z.strictObject({
        scenario: ScenarioPath,
        nodeId: Id,
        yaw: z.number().min(-180).max(360),
        pitch: z.number().min(-90).max(90),
      }),
    )
    .min(1)
    .max(200),
});
export type GazeBatch = z.infer<typeof GazeBatch>;

/** Heatmap cells are 10° × 10°: fine enough to see "looked at the bed", coarse enough to say nothing about one person. */
export const GAZE_BIN_DEG = 10;

export function gazeBin(yaw: number, pitch: number): { yawBin: number; pitchBin: number } {
  const y = ((yaw % 360) + 360) % 360;
  return { yawBin: Math.floor(y / GAZE_BIN_DEG), pitchBin: Math.min(17, Math.floor((pitch + 90) / GAZE_BIN_DEG)) };
}
