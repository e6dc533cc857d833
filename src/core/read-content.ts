import { upgradeScenarioJson, type UpgradeResult } from './format-upgrade.ts';
import { Scenario } from './scenario-schema.ts';

export type ReadResult<T> = { ok: true; value: T } | { ok: false; pointer: string; message: string };

/** Upgrade, then parse: the steps every reader of a content file shares. */
export function readUpgraded<T>(
  upgraded: UpgradeResult,
  parse: (raw: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } },
): ReadResult<T> {
  if (!upgraded.ok) return { ok: false, pointer: upgraded.error.pointer, message: upgraded.error.message.en };
  const parsed = parse(upgraded.value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const first = parsed.error.issues[0];
  return { ok: false, pointer: first ? '/' + first.path.map(String).join('/') : '', message: first?.message ?? 'does not match the format' };
}

/**
 * The one way every reader turns a scenario.json into a Scenario: older format versions are
 * upgraded by the documented steps (core/format-upgrade.ts), then the schema is applied.
 */
export function readScenario(raw: unknown): ReadResult<Scenario> {
  return readUpgraded(upgradeScenarioJson(raw), (v) => Scenario.safeParse(v));
}
