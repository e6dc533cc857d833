import { upgradeManifestJson } from './format-upgrade.ts';
import { readUpgraded, type ReadResult } from './read-content.ts';
import { SceneManifest } from './scene-pack-manifest.ts';

/**
 * A scene pack's manifest.json, read the way every content file is (core/read-content.ts). Its
 * own file: only the server and the tools read manifests, and the SPDX list stays out of the player.
 */
export function readSceneManifest(raw: unknown): ReadResult<SceneManifest> {
  return readUpgraded(upgradeManifestJson(raw), (v) => SceneManifest.safeParse(v));
}
