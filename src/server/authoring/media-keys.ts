import { randomInt } from 'node:crypto';

/**
 * Names in the organisation's media: `<upload id>.jpg` (or .mp4, .webm, .png, .mp3 …) and
 * `<upload id>-preview.jpg`. Drafts name them as `media/<file>`, and a published pack keeps the
 * same names under its media/ folder.
 */
export const MEDIA_FILE = /^[a-z0-9]{8,40}(-preview)?\.(jpg|png|webp|mp4|webm|mp3|m4a|ogg)$/;

/** A draft's media path that points at the organisation's media: `media/<file>`. */
export const MEDIA_PATH = /^media\/([a-z0-9]{8,40}(?:-preview)?\.(?:jpg|png|webp|mp4|webm|mp3|m4a|ogg))$/;

/** The private original of an upload: never served, deleted once its derivatives exist. */
export const originalKey = (organisationId: string, uploadId: string) => `uploads/${organisationId}/originals/${uploadId}`;

/** A derivative (or copied file) the editor may show and a publish copies. */
export const mediaKey = (organisationId: string, file: string) => `uploads/${organisationId}/media/${file}`;

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** An id for uploads, drafts and copied files: 20 lowercase letters and digits (about 103 bits). */
export function newMediaId(): string {
  let id = '';
  for (let i = 0; i < 20; i++) id += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
  return id;
}
