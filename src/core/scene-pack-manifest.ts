import { z } from 'zod';
import spdxIds from 'spdx-license-ids/index.json' with { type: 'json' };
import { SCENE_PACK_FORMAT_VERSION } from './scene-pack-format-version.ts';
import { Id, ScenarioVersion } from './scenario-schema.ts';
import { LocalizedText } from './localized-text.ts';
import { Zorgcategorie } from './zorgcategorie.ts';

/**
 * The manifest of a scene pack (`manifest.json` at the root of a pack `.zip`): what is in it,
 * who made it, under which licence, and a sha256 for every other file, so an import can tell a
 * damaged or changed pack from the one that was exported. Hand-made packs and packs the editor
 * exports are the same format. Documented in docs/scene-packs.md.
 */
export const MANIFEST_FILE = 'manifest.json';

/** SPDX license ids (spdx-license-ids, the SPDX list as data): a licence is one of these. */
const SPDX_IDS: ReadonlySet<string> = new Set(spdxIds as string[]);

export const SpdxLicence = z
  .string()
  .refine((id) => SPDX_IDS.has(id), {
    error: (issue) =>
      `"${String(issue.input)}" is not an SPDX licence id; use one from https://spdx.org/licenses/, e.g. "CC-BY-4.0", "CC-BY-SA-4.0" or "CC0-1.0" (exact case)`,
  })
  .meta({ description: 'SPDX licence id, e.g. CC-BY-4.0' });

export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'a sha256 is 64 lowercase hexadecimal characters' });

/** A path inside the pack: forward slashes, no "." or ".." segments, not absolute. */
export const PackPath = z
  .string()
  .min(1)
  .max(300)
  .refine((p) => !p.startsWith('/') && !p.includes('\\') && p.split('/').every((s) => s !== '' && s !== '.' && s !== '..'), {
    error: 'a path in the pack is relative, with forward slashes and no "." or ".." parts',
  });

export const PackFile = z.strictObject({
  path: PackPath,
  sha256: Sha256,
  bytes: z.number().int().nonnegative(),
});
export type PackFile = z.infer<typeof PackFile>;

/**
 * Per media file: who confirmed, and when, that the people shown consented or are blurred
 * (issue 11 §1 fills these at publish). Optional: built-in and older packs have none.
 */
export const ConsentConfirmation = z.strictObject({
  /** Path in the pack, e.g. "ouderenzorg/ochtend/media/abc.jpg". */
  file: PackPath,
  /** E-mail (or name) of the maker who confirmed. */
  confirmedBy: z.string().min(1).max(200),
  /** ISO 8601 date-time. */
  confirmedAt: z.iso.datetime(),
  kind: z.enum(['consent', 'blurred']),
});
export type ConsentConfirmation = z.infer<typeof ConsentConfirmation>;

export const PackScenario = z.strictObject({
  /** The scenario folder in the pack: "<zorgcategorie>/<id>", as in scenes/. */
  path: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { error: 'a scenario path is "<zorgcategorie>/<id>"' }),
  id: Id,
  zorgcategorie: Zorgcategorie,
  version: ScenarioVersion,
  /** The scenario.json's formatVersion (core/format-upgrade.ts upgrades older ones on import). */
  formatVersion: z.number().int().min(1),
  title: LocalizedText,
});
export type PackScenario = z.infer<typeof PackScenario>;

export const SceneManifest = z
  .strictObject({
    /** Left out: version 1 (core/format-upgrade.ts upgrades older manifests on load). */
    formatVersion: z.literal(SCENE_PACK_FORMAT_VERSION).default(SCENE_PACK_FORMAT_VERSION),
    title: z.string().min(1).max(200),
    organisation: z.string().min(1).max(200),
    licence: SpdxLicence,
    /** Who made the photos, voices and text, as they want to be named. */
    credits: z.array(z.string().min(1).max(500)).default([]),
    /** ISO 8601 date-time of the export. */
    createdAt: z.iso.datetime(),
    scenarios: z.array(PackScenario).min(1, { error: 'a pack holds at least one scenario' }),
    /** Every file of the pack except manifest.json itself. */
    files: z.array(PackFile),
    consentConfirmations: z.array(ConsentConfirmation).optional(),
  })
  .superRefine((m, ctx) => {
    const seen = new Set<string>();
    m.files.forEach((f, i) => {
      if (seen.has(f.path)) ctx.addIssue({ code: 'custom', path: ['files', i, 'path'], message: `${f.path} is listed twice` });
      seen.add(f.path);
    });
    m.scenarios.forEach((s, i) => {
      if (s.path !== `${s.zorgcategorie}/${s.id}`)
        ctx.addIssue({ code: 'custom', path: ['scenarios', i, 'path'], message: `path must be "${s.zorgcategorie}/${s.id}" (zorgcategorie/id)` });
      if (!seen.has(`${s.path}/scenario.json`)) ctx.addIssue({ code: 'custom', path: ['scenarios', i], message: `${s.path}/scenario.json is not in files` });
    });
  })
  .meta({ id: 'SceneManifest', title: 'Beroepsbeeld VR scene pack manifest' });
export type SceneManifest = z.infer<typeof SceneManifest>;
export type SceneManifestInput = z.input<typeof SceneManifest>;
