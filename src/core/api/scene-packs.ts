import { z } from 'zod';
import { SpdxLicence } from '../scene-pack-manifest.ts';
import { ScenarioPath } from './api-ids.ts';

/** Wire shapes of scene-pack export and import (docs/api.md "Scene packs", docs/scene-packs.md). */

const Bilingual = z.object({ nl: z.string(), en: z.string() });

/** `GET /api/authoring/packs/export?path=a/b&path=c/d&licence=CC-BY-4.0&title=…&credit=…` */
export const PackExportQuery = z.object({
  path: z.union([ScenarioPath, z.array(ScenarioPath).min(1).max(50)]).transform((p) => (Array.isArray(p) ? p : [p])),
  licence: SpdxLicence,
  title: z.string().trim().min(1).max(200).optional(),
  credit: z
    .union([z.string().trim().min(1).max(500), z.array(z.string().trim().min(1).max(500)).max(50)])
    .transform((c) => (Array.isArray(c) ? c : [c]))
    .optional(),
});

export const PackProblem = z.object({
  file: z.string(),
  code: z.string(),
  message: Bilingual,
  fix: Bilingual,
});

/** 422: nothing was installed; every problem found, each with where, what and how to fix. */
export const PackRefused = z.object({
  error: z.literal('pack-refused'),
  message: z.string(),
  problems: z.array(PackProblem).min(1),
});
export type PackRefused = z.infer<typeof PackRefused>;

const Ids = z.array(z.string());
export const ScenarioChanges = z.object({
  fields: Ids,
  nodes: z.object({ added: Ids, removed: Ids, changed: Ids }),
  options: z.object({ added: Ids, removed: Ids, changed: Ids }),
});

export const PackImportAnswer = z.object({
  installed: z.array(
    z.object({
      path: ScenarioPath,
      version: z.string(),
      /** The version that was current before (kept, and available for rollback); null for a new scenario. */
      previousVersion: z.string().nullable(),
      /** What changed against previousVersion; null for a new scenario. */
      changes: ScenarioChanges.nullable(),
    }),
  ),
});
export type PackImportAnswer = z.infer<typeof PackImportAnswer>;
