/**
 * Format versions and upgrade steps for the files people write by hand or with the editor:
 * scenarios and leerwerkplaatsprofielen (after inkle/ink's current and minimum compatible
 * version, and tldraw's migrations). A reader calls upgradeScenarioJson / upgradeProfileJson on
 * the parsed JSON before the zod schema, so a file written in an older format is upgraded step
 * by step (n → n+1 → …) to the current one, and a file from a newer app is refused with a
 * message that says what to do, instead of a wall of schema errors.
 *
 * Changing a format: raise its *_FORMAT_VERSION, add one documented step to UPGRADE_STEPS
 * (from the old version), and describe it in the format docs ("Formatversies / Format versions").
 */
import { LEERWERKPLAATS_FORMAT_VERSION } from './leerwerkplaats-format-version.ts';
import { SCENARIO_FORMAT_VERSION } from './scenario-schema.ts';
import { SCENE_PACK_FORMAT_VERSION } from './scene-pack-format-version.ts';

/** Scenarios, leerwerkplaatsprofielen and the manifest.json of a scene pack (docs/scene-packs.md). */
export type FormatKind = 'scenario' | 'leerwerkplaats' | 'scene-pack';

/** Messages for content makers and beheerders: Dutch first, English alongside. */
export interface BilingualText {
  nl: string;
  en: string;
}

export interface FormatVersions {
  /** What this app writes and its schema reads. */
  current: number;
  /** The oldest version this app can still upgrade; older files are refused. */
  minimumReadable: number;
}

export const FORMAT_VERSIONS: Readonly<Record<FormatKind, FormatVersions>> = {
  scenario: { current: SCENARIO_FORMAT_VERSION, minimumReadable: 1 },
  leerwerkplaats: { current: LEERWERKPLAATS_FORMAT_VERSION, minimumReadable: 1 },
  'scene-pack': { current: SCENE_PACK_FORMAT_VERSION, minimumReadable: 1 },
};

export type JsonObject = Record<string, unknown>;

/** One documented change of a format: from version `from` to `from + 1`. */
export interface UpgradeStep {
  kind: FormatKind;
  from: number;
  /** What changed and why, in a sentence (shown in the docs and in test names). */
  description: string;
  /**
   * Pure: gets its own copy of the file as version `from` and returns it as version `from + 1`.
   * It need not set `formatVersion`; the mechanism does.
   */
  upgrade: (doc: JsonObject) => JsonObject;
}

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Leerwerkplaatsprofiel 1 → 2: `stable.diensten` and `stable.contact` become volatile blocks with
 * their own `reviewedAt`. Version 1 never said when they were checked, so they get the oldest
 * date the file does give (placements or werkbegeleiders): the overview then asks about them no
 * later than about the rest. Anything not shaped as expected is moved as it is, for the schema to report.
 */
export const PROFILE_DIENSTEN_CONTACT_VOLATILE: UpgradeStep = {
  kind: 'leerwerkplaats',
  from: 1,
  description: 'diensten and contact moved from stable to volatile, each with its own reviewedAt',
  upgrade(doc) {
    if (!isObject(doc.stable)) return doc;
    const { diensten, contact, ...stable } = doc.stable;
    const volatile = isObject(doc.volatile) ? doc.volatile : {};
    const dates = ['placements', 'werkbegeleiders']
      .map((block) => {
        const b = volatile[block];
        return isObject(b) ? b.reviewedAt : undefined;
      })
      .filter((d): d is string => typeof d === 'string')
      .sort();
    const reviewed = dates[0] === undefined ? {} : { reviewedAt: dates[0] };
    const moved = (block: unknown) => (isObject(block) ? { ...reviewed, ...block } : block);
    return {
      ...doc,
      stable,
      volatile: {
        ...volatile,
        ...(diensten === undefined ? {} : { diensten: moved(diensten) }),
        ...(contact === undefined ? {} : { contact: moved(contact) }),
      },
    };
  },
};

/** Every upgrade step, oldest first. */
export const UPGRADE_STEPS: readonly UpgradeStep[] = [PROFILE_DIENSTEN_CONTACT_VOLATILE];

export interface FormatRegistry {
  versions: Readonly<Record<FormatKind, FormatVersions>>;
  steps: readonly UpgradeStep[];
}

export const FORMAT_REGISTRY: FormatRegistry = { versions: FORMAT_VERSIONS, steps: UPGRADE_STEPS };

export type FormatVersionErrorCode = 'not-an-object' | 'unknown-version' | 'newer-version' | 'too-old' | 'missing-step';

export interface FormatVersionError {
  code: FormatVersionErrorCode;
  /** JSON pointer for a checker problem: '/formatVersion', or '' for the whole file. */
  pointer: string;
  message: BilingualText;
}

export type UpgradeResult =
  /** `value` is `raw` itself when nothing had to change. */
  { ok: true; value: unknown; from: number; to: number } | { ok: false; error: FormatVersionError };

const NOUN: Record<FormatKind, BilingualText> = {
  scenario: { nl: 'scenario', en: 'scenario' },
  leerwerkplaats: { nl: 'leerwerkplaatsprofiel', en: 'leerwerkplaats profile' },
  'scene-pack': { nl: 'scènepakket-manifest', en: 'scene pack manifest' },
};

function range({ minimumReadable, current }: FormatVersions): string {
  return minimumReadable === current ? `${current}` : `${minimumReadable}–${current}`;
}

function failure(code: FormatVersionErrorCode, pointer: string, nl: string, en: string): UpgradeResult {
  return { ok: false, error: { code, pointer, message: { nl, en } } };
}

/**
 * The file as the current version of its format, or why it cannot be read. A file without
 * `formatVersion` is version 1: the field was optional there, and files made then leave it out.
 */
export function upgradeJson(kind: FormatKind, raw: unknown, registry: FormatRegistry = FORMAT_REGISTRY): UpgradeResult {
  const noun = NOUN[kind];
  const versions = registry.versions[kind];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return failure(
      'not-an-object',
      '',
      `Dit is geen ${noun.nl}: het bestand moet een JSON-object zijn, tussen { en }.`,
      `This is not a ${noun.en}: the file must be a JSON object, between { and }.`,
    );
  }
  const found = (raw as JsonObject).formatVersion;
  const from = found === undefined ? 1 : found;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) {
    return failure(
      'unknown-version',
      '/formatVersion',
      `formatVersion is ${JSON.stringify(found)}; dat is geen formaat dat Beroepsbeeld VR kent. Deze app leest formaat ${range(versions)}.`,
      `formatVersion is ${JSON.stringify(found)}, which is not a format Beroepsbeeld VR knows. This app reads format ${range(versions)}.`,
    );
  }
  if (from > versions.current) {
    return failure(
      'newer-version',
      '/formatVersion',
      `Dit ${noun.nl} is gemaakt met een nieuwere versie van Beroepsbeeld VR (formaat ${from}). Deze app leest formaat ${range(versions)}. Werk de app bij.`,
      `This ${noun.en} was made with a newer version of Beroepsbeeld VR (format ${from}). This app reads format ${range(versions)}. Update the app.`,
    );
  }
  if (from < versions.minimumReadable) {
    return failure(
      'too-old',
      '/formatVersion',
      `Dit ${noun.nl} heeft een te oud formaat (${from}). Deze versie van Beroepsbeeld VR leest formaat ${range(versions)}. Open en bewaar het eerst in een oudere versie van de app, of vraag de beheerder om hulp.`,
      `This ${noun.en} is in a format that is too old (${from}). This version of Beroepsbeeld VR reads format ${range(versions)}. Open and save it in an older version of the app first, or ask the beheerder for help.`,
    );
  }
  if (from === versions.current) return { ok: true, value: raw, from, to: from };

  // A copy, so a careless step cannot change the caller's data.
  let doc = structuredClone(raw) as JsonObject;
  for (let version = from; version < versions.current; version++) {
    const step = registry.steps.find((s) => s.kind === kind && s.from === version);
    if (!step) {
      return failure(
        'missing-step',
        '/formatVersion',
        `Deze app kan een ${noun.nl} van formaat ${version} niet omzetten naar formaat ${version + 1} (fout in de app).`,
        `This app cannot upgrade a ${noun.en} from format ${version} to format ${version + 1} (a fault in the app).`,
      );
    }
    doc = { ...step.upgrade(doc), formatVersion: version + 1 };
  }
  return { ok: true, value: doc, from, to: versions.current };
}

/** Readers call this on the parsed JSON of a scenario.json before `Scenario.safeParse`. */
export function upgradeScenarioJson(raw: unknown, registry: FormatRegistry = FORMAT_REGISTRY): UpgradeResult {
  return upgradeJson('scenario', raw, registry);
}

/** Readers call this on the parsed JSON of a scene pack's manifest.json before `SceneManifest.safeParse`. */
export function upgradeManifestJson(raw: unknown, registry: FormatRegistry = FORMAT_REGISTRY): UpgradeResult {
  return upgradeJson('scene-pack', raw, registry);
}

/** Readers call this on the parsed JSON of a leerwerkplaatsprofiel before `Leerwerkplaats.safeParse`. */
export function upgradeProfileJson(raw: unknown, registry: FormatRegistry = FORMAT_REGISTRY): UpgradeResult {
  return upgradeJson('leerwerkplaats', raw, registry);
}

/**
 * What is wrong with a registry: every version from the minimum up to the current one needs
 * exactly one step, and no step may start at or beyond the current version. Empty when sound;
 * a test keeps the real registry sound.
 */
export function registryProblems(registry: FormatRegistry): string[] {
  const out: string[] = [];
  for (const kind of Object.keys(registry.versions) as FormatKind[]) {
    const { current, minimumReadable } = registry.versions[kind];
    if (!Number.isInteger(minimumReadable) || minimumReadable < 1 || minimumReadable > current) {
      out.push(`${kind}: minimumReadable ${minimumReadable} must be 1 or more and at most current ${current}`);
    }
    const steps = registry.steps.filter((s) => s.kind === kind);
    for (let v = minimumReadable; v < current; v++) {
      const n = steps.filter((s) => s.from === v).length;
      if (n !== 1) out.push(`${kind}: ${n} steps from version ${v} to ${v + 1} (need exactly 1)`);
    }
    for (const s of steps) if (s.from >= current) out.push(`${kind}: step from version ${s.from} is at or beyond current version ${current}`);
  }
  return out;
}
