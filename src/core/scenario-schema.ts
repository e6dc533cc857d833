import { z } from 'zod';
import { LocalizedText } from './localized-text.ts';
import { WorkAspect } from './work-aspects.ts';
import { Zorgcategorie } from './zorgcategorie.ts';

/** Ids are short, stable, URL- and log-safe: they end up in event logs and xAPI IRIs. */
export const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, {
    error: 'ids use lowercase letters, digits and hyphens (max 64), e.g. "kamer-mevrouw-jansen"',
  })
  .meta({ id: 'Id' });

/** Media paths are relative to the scenario folder; no escaping it, no absolute URLs (offline). */
export const MediaPath = z
  .string()
  .regex(/^(?!\/)(?!.*\.\.)(?![a-z]+:)[A-Za-z0-9._/-]+$/, {
    error: 'media paths are relative to the scenario folder, e.g. "media/gang.jpg" (no "..", no URL)',
  })
  .meta({ id: 'MediaPath' });

/** A scenario's version, as authored and as devices report it in their "started" events. */
export const ScenarioVersion = z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'version is "major.minor.patch", e.g. "1.0.0"' });

export const VariableValue = z.union([z.number(), z.boolean(), z.string()]).meta({ id: 'VariableValue' });
export type VariableValue = z.infer<typeof VariableValue>;

/** Degrees. Yaw 0 = centre of the equirectangular image, positive to the right; pitch positive up. */
export const Yaw = z.number().min(-180).max(180).meta({ description: 'Degrees, 0 = image centre, positive = right' });
export const Pitch = z.number().min(-90).max(90).meta({ description: 'Degrees, positive = up' });

export const ViewDirection = z.strictObject({ yaw: Yaw, pitch: Pitch.default(0) }).meta({ id: 'ViewDirection' });

/**
 * A flat condition: every listed clause must hold. Kept flat on purpose so content makers can
 * read it without learning a boolean language.
 */
export const Condition = z
  .strictObject({
    visited: z.array(Id).optional().meta({ description: 'All of these nodes have been visited' }),
    notVisited: z.array(Id).optional().meta({ description: 'None of these nodes has been visited' }),
    variables: z
      .array(
        z.strictObject({
          name: Id,
          op: z.enum(['eq', 'ne', 'gt', 'gte', 'lt', 'lte']),
          value: VariableValue,
        }),
      )
      .optional(),
  })
  .meta({ id: 'Condition' });
export type Condition = z.infer<typeof Condition>;

const Assignments = z.record(Id, VariableValue).meta({ description: 'Variables to set when chosen' });

export const Stance = z.enum(['for', 'against', 'neutral']).meta({
  description: 'Whether choosing this option signals attraction to (for) or reluctance about (against) the tagged aspects.',
});

export const Option = z
  .strictObject({
    id: Id,
    label: LocalizedText,
    next: Id.optional().meta({ description: 'Node to go to; leave out to stay on this node' }),
    set: Assignments.optional(),
    feedback: LocalizedText.optional().meta({ description: 'Shown after choosing, before moving on' }),
    tags: z.array(WorkAspect).min(1, { error: 'give every option at least one work aspect tag' }),
    stance: Stance.default('neutral'),
    talkingPoint: LocalizedText.meta({ description: 'A question the facilitator can ask about this choice' }),
    condition: Condition.optional(),
  })
  .meta({ id: 'Option' });
export type Option = z.infer<typeof Option>;

const questionBase = {
  id: Id,
  prompt: LocalizedText,
};

export const ChoiceQuestion = z
  .strictObject({ ...questionBase, kind: z.literal('choice'), options: z.array(Option).min(2) })
  .meta({ id: 'ChoiceQuestion', description: 'What would you do? Options may branch to different nodes.' });

export const ReflectionQuestion = z
  .strictObject({ ...questionBase, kind: z.literal('reflection'), options: z.array(Option).min(2) })
  .meta({ id: 'ReflectionQuestion', description: 'A reflection with options, e.g. "Which part appealed most?"' });

export const ScaleQuestion = z
  .strictObject({
    ...questionBase,
    kind: z.literal('scale'),
    min: z.number().int().default(1),
    max: z.number().int().default(5),
    minLabel: LocalizedText,
    maxLabel: LocalizedText,
    variable: Id.optional().meta({ description: 'Store the chosen value in this variable' }),
    next: Id.optional(),
    tags: z.array(WorkAspect).default([]),
    talkingPoint: LocalizedText,
  })
  .refine((q) => q.max > q.min && q.max - q.min <= 10, {
    error: 'a scale needs max > min and at most 11 steps',
    path: ['max'],
  })
  .meta({ id: 'ScaleQuestion', description: 'A reflection on a scale, e.g. "Past dit bij mij?" 1–5.' });

export const Question = z.discriminatedUnion('kind', [ChoiceQuestion, ReflectionQuestion, ScaleQuestion]).meta({
  id: 'Question',
});
export type Question = z.infer<typeof Question>;
export type ChoiceLikeQuestion = Extract<Question, { kind: 'choice' | 'reflection' }>;
export type ScaleQuestion = Extract<Question, { kind: 'scale' }>;

const hotspotBase = {
  id: Id,
  yaw: Yaw,
  pitch: Pitch,
  label: LocalizedText,
  condition: Condition.optional(),
};

export const InfoHotspot = z
  .strictObject({
    ...hotspotBase,
    kind: z.literal('info'),
    text: LocalizedText,
    image: MediaPath.optional(),
    audio: MediaPath.optional(),
  })
  .meta({ id: 'InfoHotspot', description: 'Explains something about the work' });

export const GotoHotspot = z
  .strictObject({ ...hotspotBase, kind: z.literal('goto'), target: Id })
  .meta({ id: 'GotoHotspot', description: 'Walks to another node (a door, a corridor)' });

export const QuestionHotspot = z
  .strictObject({ ...hotspotBase, kind: z.literal('question'), question: Question })
  .meta({ id: 'QuestionHotspot', description: 'Opens a question' });

export const Hotspot = z.discriminatedUnion('kind', [InfoHotspot, GotoHotspot, QuestionHotspot]).meta({
  id: 'Hotspot',
});
export type Hotspot = z.infer<typeof Hotspot>;

const mediaBase = {
  preview: MediaPath.meta({ description: 'Small equirectangular image (e.g. 512×256) shown at once' }),
  stereo: z.enum(['mono', 'top-bottom']).default('mono'),
  initialView: ViewDirection.optional(),
};

export const ImageMedia = z
  .strictObject({ ...mediaBase, type: z.literal('image'), src: MediaPath })
  .meta({ id: 'ImageMedia', description: 'Equirectangular (2:1) JPEG/PNG/WebP, at most 8192 px wide' });

export const VideoMedia = z
  .strictObject({
    ...mediaBase,
    type: z.literal('video'),
    src: MediaPath.meta({ description: 'H.264 MP4' }),
    fallback: MediaPath.optional().meta({ description: 'WebM for browsers without H.264' }),
    loop: z.boolean().default(true),
  })
  .meta({ id: 'VideoMedia', description: 'Equirectangular 360° video' });

export const Media = z.discriminatedUnion('type', [ImageMedia, VideoMedia]).meta({ id: 'Media' });
export type Media = z.infer<typeof Media>;

export const Narration = z
  .strictObject({
    text: LocalizedText.meta({ description: 'Shown as captions; also the script for the audio' }),
    audio: z.strictObject({ nl: MediaPath.optional(), en: MediaPath.optional() }).optional(),
  })
  .meta({ id: 'Narration' });

export const Timer = z
  .strictObject({
    seconds: z.number().positive().max(600),
    next: Id.meta({ description: 'Node to go to when time runs out' }),
  })
  .meta({ id: 'Timer', description: 'Moves on by itself when the candidate does not choose in time' });

export const Ending = z
  .strictObject({
    takeaway: LocalizedText.meta({ description: 'A short personal takeaway shown at the end' }),
  })
  .meta({ id: 'Ending' });

export const ScenarioNode = z
  .strictObject({
    id: Id,
    title: LocalizedText,
    media: Media,
    narration: Narration.optional(),
    hotspots: z.array(Hotspot).default([]),
    question: Question.optional().meta({ description: 'Asked when the node is entered' }),
    timer: Timer.optional(),
    ending: Ending.optional().meta({ description: 'Present when this node ends the scenario' }),
  })
  .meta({ id: 'ScenarioNode' });
export type ScenarioNode = z.infer<typeof ScenarioNode>;

export const MboNiveau = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

export const SCENARIO_FORMAT_VERSION = 1;

export const Scenario = z
  .strictObject({
    $schema: z.string().optional(),
    formatVersion: z.literal(SCENARIO_FORMAT_VERSION).default(SCENARIO_FORMAT_VERSION),
    id: Id,
    version: ScenarioVersion,
    zorgcategorie: Zorgcategorie,
    title: LocalizedText,
    description: LocalizedText,
    beroepen: z.array(LocalizedText).min(1).meta({ description: 'Professions shown, e.g. Verzorgende IG' }),
    niveaus: z.array(MboNiveau).min(1).meta({ description: 'MBO levels (1–4) these professions are trained at' }),
    estimatedMinutes: z.number().positive().max(120).optional(),
    variables: z.record(Id, VariableValue).default({}).meta({ description: 'Initial values' }),
    startNode: Id,
    nodes: z.array(ScenarioNode).min(1),
  })
  .meta({ id: 'Scenario', title: 'Beroepsbeeld VR scenario' });
export type Scenario = z.infer<typeof Scenario>;
export type ScenarioInput = z.input<typeof Scenario>;
