import { upgradeProfileJson } from './format-upgrade.ts';
import { Leerwerkplaats } from './leerwerkplaats-schema.ts';
import { readUpgraded, type ReadResult } from './read-content.ts';

/**
 * A leerwerkplaatsprofiel, read the way every content file is (core/read-content.ts). Its own
 * file so the player, which reads scenarios only, does not carry the profile schema.
 */
export function readLeerwerkplaats(raw: unknown): ReadResult<Leerwerkplaats> {
  return readUpgraded(upgradeProfileJson(raw), (v) => Leerwerkplaats.safeParse(v));
}
