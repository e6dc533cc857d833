import type { IntakeProblem } from './intake-rules.ts';

/** A spoken narration of a few minutes is a few MB; more is a mistake (a video, a whole recording session). */
export const MAX_NARRATION_BYTES = 20 * 1024 * 1024;

/** Sound formats every browser the app supports plays in an <audio> element (MediaRecorder makes webm or m4a). */
export type NarrationFormat = 'webm' | 'ogg' | 'mp3' | 'm4a' | 'wav';

export interface NarrationFacts {
  fileName: string;
  bytes: number;
  /** By content (first bytes); null when it is no sound format we know. */
  format: NarrationFormat | null;
}

export type NarrationVerdict = { ok: true; format: NarrationFormat } | { ok: false; problem: IntakeProblem };

/** The extension a stored narration gets, whatever the uploaded name said. */
export const NARRATION_EXTENSIONS: Record<NarrationFormat, string> = { webm: 'webm', ogg: 'ogg', mp3: 'mp3', m4a: 'm4a', wav: 'wav' };

/**
 * Whether an uploaded sound file can be a node's narration, and if not, why in words a content
 * maker can act on. The name's extension is not checked: a recording made in the browser is
 * named by the browser, and the stored file gets the extension of its content.
 */
export function judgeNarration(f: NarrationFacts): NarrationVerdict {
  const name = f.fileName;
  if (f.bytes === 0 || f.format === null)
    return {
      ok: false,
      problem: {
        code: 'not-media',
        message: {
          nl: `"${name}" is geen geluidsbestand. Neem de tekst op met de knop "Inspreken", of upload een MP3-, M4A-, OGG-, WebM- of WAV-bestand.`,
          en: `"${name}" is not a sound file. Record the text with the "Record" button, or upload an MP3, M4A, OGG, WebM or WAV file.`,
        },
      },
    };
  if (f.bytes > MAX_NARRATION_BYTES)
    return {
      ok: false,
      problem: {
        code: 'too-large',
        message: {
          nl: `"${name}" is te groot (${Math.round(f.bytes / 1024 / 1024)} MB; de grens is ${MAX_NARRATION_BYTES / 1024 / 1024} MB). Een ingesproken tekst is meestal korter dan 2 minuten: neem alleen de tekst van deze plek op.`,
          en: `"${name}" is too large (${Math.round(f.bytes / 1024 / 1024)} MB; the limit is ${MAX_NARRATION_BYTES / 1024 / 1024} MB). A narration is usually under 2 minutes: record only the text of this place.`,
        },
      },
    };
  return { ok: true, format: f.format };
}
