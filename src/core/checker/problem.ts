/**
 * What the checker reports. Kept free of Node and UI code so the CLI, the dev server and the
 * editor show the same problems, in the same words: Dutch (plain, with the editor's names for
 * things, for a praktijkopleider who never sees the file) and English.
 */
import type { BilingualText } from '../format-upgrade.ts';

export type { BilingualText };

/** What the checker needs to know about one media file; the caller decides how to find out. */
export interface MediaInfo {
  exists: boolean;
  width?: number;
  height?: number;
  format?: string;
  /** Set when the file exists but cannot be read (corrupt, unsupported format). */
  error?: string;
  /**
   * When `exists` is false but a file with the same name in other upper/lower case exists:
   * its path. Works on a Windows or Mac laptop, breaks on a Linux server.
   */
  otherCase?: string;
  /**
   * When the file is a symbolic link to a place outside the scenario folder: where it points.
   * The app does not serve such a file (a pack must not hand out other files of the computer).
   */
  linkedOutside?: string;
}

export type MediaInfoFn = (relPath: string) => Promise<MediaInfo>;

/** Scenario rules, each documented in docs/scenario-format.md (a test checks). */
export const PROBLEM_RULES = [
  'invalid-json',
  'schema',
  'missing-nl',
  'missing-en',
  'folder-mismatch',
  'duplicate-id',
  'dangling-target',
  'unreachable-node',
  'dead-end',
  'no-ending',
  'unknown-variable',
  'missing-media',
  'linked-outside',
  'unreadable-media',
  'not-2-to-1',
  'too-wide',
  'large-preview',
  'hotspots-too-close',
  'duplicate-scenario-id',
] as const;

/**
 * Rules only leerwerkplaatsprofielen have (docs/leerwerkplaatsprofiel-format.md); profiles also
 * use invalid-json, schema, missing-nl, missing-en and duplicate-id from the list above.
 */
export const PROFILE_RULES = ['file-name-mismatch', 'duplicate-profile-id', 'unknown-scenario', 'stale-profile', 'future-review-date'] as const;
export type ProblemRule = (typeof PROBLEM_RULES)[number] | (typeof PROFILE_RULES)[number];

export type Severity = 'error' | 'warning';

export interface Problem {
  file: string;
  /** RFC 6901 JSON pointer into the file; '' for the whole file. */
  pointer: string;
  rule: ProblemRule;
  severity: Severity;
  /** What is wrong, naming the node/hotspot/question so a content maker can find it. */
  message: BilingualText;
  /** How to fix it, in plain words. */
  fix: BilingualText;
}

/** A problem before the file name is attached; rule modules produce these. */
export type Finding = Omit<Problem, 'file'>;

export type PathSegment = string | number;

/** RFC 6901: `~` → `~0`, `/` → `~1`, segments joined with `/`. */
export function jsonPointer(path: readonly PropertyKey[]): string {
  return path.map((seg) => '/' + String(seg).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function countBySeverity(problems: readonly Problem[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const p of problems) if (p.severity === 'error') errors++;
  return { errors, warnings: problems.length - errors };
}
