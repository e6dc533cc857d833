/**
 * The manifest.json format of a scene pack (docs/scene-packs.md). Its own file so the format
 * registry, which the player loads, does not pull in the manifest schema and the SPDX list.
 */
export const SCENE_PACK_FORMAT_VERSION = 1;
