/**
 * The format of `rooms.json`: one entry per view (a room seen from one camera spot), keyed by
 * the name the scenario's media refer to (`media/<name>.jpg`). Hand-written, in metres, in
 * coordinates relative to the camera's spot on the floor: +x east/right, −z north/ahead.
 * A view may `extend` another one (same room and camera) and add, replace or remove objects.
 */
import { z } from 'zod';
import { PATTERNS } from './materials.ts';

const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'colours are "#rrggbb"' });

export const MaterialSpecSchema = z.union([
  Color,
  z.strictObject({
    color: Color,
    color2: Color.optional(),
    pattern: z.enum(PATTERNS).optional(),
    scale: z.number().positive().optional(),
    emissive: z.number().nonnegative().optional(),
  }),
]);

export const WallName = z.enum(['north', 'south', 'east', 'west']);
export type WallName = z.infer<typeof WallName>;

const Name = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'names use lowercase letters, digits and hyphens' });

const opening = {
  wall: WallName,
  /** Centre along the wall: x for north/south walls, z for east/west walls (camera-relative). */
  at: z.number(),
  name: Name.optional(),
};

export const WindowSpec = z.strictObject({
  ...opening,
  width: z.number().positive().default(1.4),
  bottom: z.number().nonnegative().default(0.8),
  height: z.number().positive().default(1.5),
  frame: Color.default('#f2f1ec'),
  /** Vertical glazing bars. */
  bars: z.number().int().nonnegative().default(1),
  sill: z.boolean().default(true),
});

export const DoorSpec = z.strictObject({
  ...opening,
  width: z.number().positive().default(1.0),
  height: z.number().positive().default(2.1),
  color: Color.default('#c9a97a'),
  frame: Color.default('#e6e4de'),
  /** Side of the handle, seen from inside this room. */
  handle: z.enum(['left', 'right']).default('right'),
  open: z.boolean().default(false),
  /** A narrow glass strip in the door leaf. */
  glass: z.boolean().default(false),
  /** Colour of a name plate next to the door (room number), if any. */
  sign: Color.optional(),
});

export const LightSpec = z.strictObject({
  x: z.number(),
  z: z.number(),
  width: z.number().positive().default(0.6),
  depth: z.number().positive().default(0.6),
  intensity: z.number().nonnegative().default(1),
  color: Color.default('#fff3e2'),
});

export const ObjectSpec = z.looseObject({
  type: z.string(),
  name: Name.optional(),
  x: z.number().optional(),
  z: z.number().optional(),
  /** Height of the item's origin above the floor (wall items: their centre). */
  y: z.number().optional(),
  /** Degrees, clockwise seen from above; 0 = front faces south (+z), 90 = west. */
  rotation: z.number().optional(),
  facing: z.enum(['north', 'south', 'east', 'west', 'camera']).optional(),
  /** Back against this wall, facing into the room; `at` is the position along the wall. */
  wall: WallName.optional(),
  at: z.number().optional(),
  /** Distance between the wall and the item's back. */
  gap: z.number().optional(),
});
export type ObjectSpec = z.infer<typeof ObjectSpec>;

export const OutsideSpec = z.strictObject({
  sky: Color.default('#9cc4ec'),
  horizon: Color.default('#e4eef4'),
  trees: Color.default('#4d6e3c'),
  ground: Color.default('#7d9a5a'),
  /** How much light the windows give, relative to a clear day. */
  daylight: z.number().nonnegative().default(1),
});

/**
 * One animated option of a named object in a video view: it moves from `from` to `to` and back
 * (a cosine ease) `cycles` times per loop, so the last frame runs smoothly into the first.
 */
export const AnimateSpec = z.strictObject({
  /** Name of an object in the view (after `extends`). */
  object: Name,
  /** A numeric option of that object: one of its item options (e.g. "gesture", "headTurn") or x, y, z, rotation. */
  field: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
  from: z.number(),
  to: z.number(),
  /** Back-and-forth movements per loop (whole, so the loop is seamless). */
  cycles: z.number().int().positive().default(1),
  /** Where in its cycle the movement starts, 0–1 (0 = at `from`). */
  phase: z.number().min(0).max(1).default(0),
});
export type AnimateSpec = z.infer<typeof AnimateSpec>;

/** Makes a view a short looping 360° video instead of a still (see docs/rendered-rooms.md). */
export const VideoSpec = z.strictObject({
  frames: z.number().int().min(2).max(240),
  fps: z.number().int().min(1).max(30),
  /** Frame width in pixels (2:1); 2048 keeps files small and decodes on every headset. */
  width: z.number().int().min(64).max(4096).multipleOf(8).default(2048),
  animate: z.array(AnimateSpec).min(1),
});
export type VideoSpec = z.infer<typeof VideoSpec>;

export const ViewSpec = z.strictObject({
  extends: z.string().optional(),
  eyeHeight: z.number().positive().optional(),
  room: z
    .strictObject({
      width: z.number().positive(),
      depth: z.number().positive(),
      height: z.number().positive().default(2.6),
      /** Where the camera stands, relative to the centre of the room floor. */
      cameraOffset: z.strictObject({ x: z.number().default(0), z: z.number().default(0) }).default({ x: 0, z: 0 }),
    })
    .optional(),
  walls: MaterialSpecSchema.optional(),
  wallOverrides: z.partialRecord(WallName, MaterialSpecSchema).optional(),
  floor: MaterialSpecSchema.optional(),
  ceiling: MaterialSpecSchema.optional(),
  skirting: z.union([z.literal(false), z.strictObject({ height: z.number().positive().default(0.1), color: Color })]).optional(),
  windows: z.array(WindowSpec).optional(),
  doors: z.array(DoorSpec).optional(),
  lights: z.array(LightSpec).optional(),
  objects: z.array(ObjectSpec).optional(),
  /** Names of inherited objects to leave out. */
  remove: z.array(Name).optional(),
  /** Indirect light level (0.2–0.5 looks natural). */
  ambient: z.number().nonnegative().optional(),
  exposure: z.number().positive().optional(),
  outside: OutsideSpec.optional(),
  /** Render this view as a short seamless video loop (not inherited by views that extend it). */
  video: VideoSpec.optional(),
});
export type ViewSpec = z.infer<typeof ViewSpec>;

export const RoomsFile = z.strictObject({
  $comment: z.string().optional(),
  views: z.record(Name, ViewSpec),
});
export type RoomsFile = z.infer<typeof RoomsFile>;

/** A view with `extends` applied and defaults filled in: what the scene compiler takes. */
export interface ResolvedView {
  name: string;
  eyeHeight: number;
  room: NonNullable<ViewSpec['room']>;
  walls: z.infer<typeof MaterialSpecSchema>;
  wallOverrides: NonNullable<ViewSpec['wallOverrides']>;
  floor: z.infer<typeof MaterialSpecSchema>;
  ceiling: z.infer<typeof MaterialSpecSchema>;
  skirting: NonNullable<ViewSpec['skirting']>;
  windows: z.infer<typeof WindowSpec>[];
  doors: z.infer<typeof DoorSpec>[];
  lights: z.infer<typeof LightSpec>[];
  objects: ObjectSpec[];
  ambient: number;
  exposure: number;
  outside: z.infer<typeof OutsideSpec>;
  /** Only when this view itself asks for video. */
  video?: VideoSpec;
}

/** Applies `extends` chains: later views override scalars, replace lists, and merge objects by name. */
export function resolveView(file: RoomsFile, name: string, seen: string[] = []): ResolvedView {
  const spec = file.views[name];
  if (!spec) throw new Error(`view "${name}" is not in rooms.json`);
  if (seen.includes(name)) throw new Error(`views extend each other in a loop: ${[...seen, name].join(' → ')}`);
  const base: Omit<ResolvedView, 'room'> & { room?: ResolvedView['room'] } = spec.extends
    ? resolveView(file, spec.extends, [...seen, name])
    : {
        name,
        eyeHeight: 1.2,
        walls: '#ece6da',
        wallOverrides: {},
        floor: { color: '#b9b2a4', color2: '#6d675c', pattern: 'speckle' },
        ceiling: '#f4f3ef',
        skirting: { height: 0.1, color: '#8a8478' },
        windows: [],
        doors: [],
        lights: [],
        objects: [],
        ambient: 0.3,
        exposure: 1,
        outside: OutsideSpec.parse({}),
      };
  const room = spec.room ?? base.room;
  if (!room) throw new Error(`view "${name}" needs a "room" (or "extends" a view that has one)`);
  const removed = new Set(spec.remove ?? []);
  const objects = base.objects.filter((o) => !o.name || !removed.has(o.name));
  for (const o of spec.objects ?? []) {
    const i = o.name ? objects.findIndex((e) => e.name === o.name) : -1;
    if (i >= 0) objects[i] = o;
    else objects.push(o);
  }
  for (const r of removed) {
    if (!base.objects.some((o) => o.name === r)) throw new Error(`view "${name}" removes "${r}", which it does not inherit`);
  }
  return {
    name,
    eyeHeight: spec.eyeHeight ?? base.eyeHeight,
    room,
    walls: spec.walls ?? base.walls,
    wallOverrides: { ...base.wallOverrides, ...spec.wallOverrides },
    floor: spec.floor ?? base.floor,
    ceiling: spec.ceiling ?? base.ceiling,
    skirting: spec.skirting ?? base.skirting,
    windows: spec.windows ?? base.windows,
    doors: spec.doors ?? base.doors,
    lights: spec.lights ?? base.lights,
    objects,
    ambient: spec.ambient ?? base.ambient,
    exposure: spec.exposure ?? base.exposure,
    outside: spec.outside ?? base.outside,
    ...(spec.video ? { video: spec.video } : {}),
  };
}
