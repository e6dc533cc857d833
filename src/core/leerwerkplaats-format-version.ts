/**
 * Version 2 (issue 12): `diensten` and `contact` moved from stable to volatile, each with its
 * own `reviewedAt`, because rosters and mailboxes change as often as places do (see the upgrade
 * step in core/format-upgrade.ts).
 *
 * Its own file so the format registry, which the player loads, does not pull in the profile schema.
 */
export const LEERWERKPLAATS_FORMAT_VERSION = 2;
