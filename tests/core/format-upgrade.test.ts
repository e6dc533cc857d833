import { describe, expect, it } from 'vitest';
import {
  FORMAT_REGISTRY,
  FORMAT_VERSIONS,
  registryProblems,
  upgradeProfileJson,
  upgradeScenarioJson,
  type FormatRegistry,
  type UpgradeStep,
} from '../../src/core/format-upgrade.ts';
import { Leerwerkplaats, LEERWERKPLAATS_FORMAT_VERSION } from '../../src/core/leerwerkplaats-schema.ts';
import { Scenario, SCENARIO_FORMAT_VERSION } from '../../src/core/scenario-schema.ts';
import { validProfile } from './fixtures/leerwerkplaats.ts';
import { validScenario } from './fixtures/scenarios.ts';

describe('the real format registry', () => {
  it('has the schemas’ current versions and is sound', () => {
    expect(FORMAT_VERSIONS.scenario.current).toBe(SCENARIO_FORMAT_VERSION);
    expect(FORMAT_VERSIONS.leerwerkplaats.current).toBe(LEERWERKPLAATS_FORMAT_VERSION);
    expect(registryProblems(FORMAT_REGISTRY)).toEqual([]);
  });

  it('passes a version 1 scenario through unchanged, with or without formatVersion', () => {
    const withVersion = { ...validScenario(), formatVersion: 1 };
    expect(upgradeScenarioJson(withVersion)).toEqual({ ok: true, value: withVersion, from: 1, to: 1 });
    const result = upgradeScenarioJson(validScenario());
    expect(result.ok && result.value).toEqual(validScenario());
    expect(result.ok && Scenario.safeParse(result.value).success).toBe(true);
  });

  it('returns the same object when nothing has to change', () => {
    const raw = validScenario();
    const result = upgradeScenarioJson(raw);
    expect(result.ok && result.value).toBe(raw);
  });

  it('passes a version 1 profile through unchanged', () => {
    const raw = validProfile();
    const result = upgradeProfileJson(raw);
    expect(result.ok && result.value).toBe(raw);
    expect(result.ok && Leerwerkplaats.safeParse(result.value).success).toBe(true);
  });

  it('refuses a scenario from a newer app, saying to update the app', () => {
    const result = upgradeScenarioJson({ ...validScenario(), formatVersion: SCENARIO_FORMAT_VERSION + 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('newer-version');
    expect(result.error.pointer).toBe('/formatVersion');
    expect(result.error.message.nl).toContain('nieuwere versie van Beroepsbeeld VR');
    expect(result.error.message.nl).toContain('Werk de app bij');
    expect(result.error.message.en).toContain('newer version of Beroepsbeeld VR');
    expect(result.error.message.en).toContain('Update the app');
  });

  it('names the kind of file in its messages', () => {
    const result = upgradeProfileJson({ ...validProfile(), formatVersion: 99 });
    expect(!result.ok && result.error.message.nl).toContain('leerwerkplaatsprofiel');
  });
});

/**
 * A made-up history for the tests: scenario format 1 had `naam`, 2 renamed it `title`, 3 added
 * `tags`; profiles are at version 2. Proves the mechanism before there is a real version 2.
 */
const renameNaam: UpgradeStep = {
  kind: 'scenario',
  from: 1,
  description: 'naam is now called title',
  upgrade: ({ naam, ...rest }) => ({ ...rest, title: naam }),
};
const addTags: UpgradeStep = {
  kind: 'scenario',
  from: 2,
  description: 'every scenario has a list of tags',
  upgrade: (doc) => ({ ...doc, tags: [] }),
};
const profileStep: UpgradeStep = { kind: 'leerwerkplaats', from: 1, description: 'profiles get a kleur', upgrade: (doc) => ({ ...doc, kleur: 'blauw' }) };

function registry(steps: UpgradeStep[], scenario = { current: 3, minimumReadable: 1 }): FormatRegistry {
  return { versions: { scenario, leerwerkplaats: { current: 2, minimumReadable: 1 } }, steps };
}
const TEST = registry([renameNaam, addTags, profileStep]);

describe('upgrading with injected steps', () => {
  it('runs 1 → 2 → 3 in order and sets formatVersion', () => {
    expect(registryProblems(TEST)).toEqual([]);
    const result = upgradeScenarioJson({ formatVersion: 1, id: 'x', naam: 'Oud' }, TEST);
    expect(result).toEqual({ ok: true, value: { formatVersion: 3, id: 'x', title: 'Oud', tags: [] }, from: 1, to: 3 });
  });

  it('reads a file without formatVersion as version 1', () => {
    const result = upgradeScenarioJson({ id: 'x', naam: 'Oud' }, TEST);
    expect(result.ok && result.from).toBe(1);
    expect(result.ok && result.value).toEqual({ formatVersion: 3, id: 'x', title: 'Oud', tags: [] });
  });

  it('runs only the steps after the file’s version', () => {
    const result = upgradeScenarioJson({ formatVersion: 2, title: 'Nieuw' }, TEST);
    expect(result.ok && result.value).toEqual({ formatVersion: 3, title: 'Nieuw', tags: [] });
  });

  it('leaves a current file alone', () => {
    const raw = { formatVersion: 3, title: 'Nu' };
    const result = upgradeScenarioJson(raw, TEST);
    expect(result.ok && result.value).toBe(raw);
  });

  it('uses only the steps of its own kind', () => {
    expect(upgradeProfileJson({ id: 'p' }, TEST)).toEqual({ ok: true, value: { formatVersion: 2, id: 'p', kleur: 'blauw' }, from: 1, to: 2 });
  });

  it('does not change the caller’s data, even when a step mutates its input', () => {
    const careless: UpgradeStep = {
      kind: 'scenario',
      from: 1,
      description: 'mutates',
      upgrade: (doc) => {
        (doc.nodes as unknown[]).push('extra');
        return doc;
      },
    };
    const raw = { formatVersion: 1, nodes: ['a'] };
    const result = upgradeScenarioJson(raw, registry([careless], { current: 2, minimumReadable: 1 }));
    expect(result.ok && result.value).toEqual({ formatVersion: 2, nodes: ['a', 'extra'] });
    expect(raw).toEqual({ formatVersion: 1, nodes: ['a'] });
  });

  it('refuses a file newer than the current version', () => {
    const result = upgradeScenarioJson({ formatVersion: 4 }, TEST);
    expect(!result.ok && result.error.code).toBe('newer-version');
    expect(!result.ok && result.error.message.en).toContain('reads format 1–3');
  });

  it('refuses a file older than the minimum readable version', () => {
    const result = upgradeScenarioJson({ formatVersion: 1 }, registry([addTags], { current: 3, minimumReadable: 2 }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('too-old');
    expect(result.error.message.nl).toContain('te oud');
    expect(result.error.message.en).toContain('too old');
  });

  it.each([['1'], [1.5], [0], [-1], [null], [true]])('refuses the unknown version %j', (formatVersion) => {
    const result = upgradeScenarioJson({ formatVersion }, TEST);
    expect(!result.ok && result.error.code).toBe('unknown-version');
    expect(!result.ok && result.error.message.en).toContain(JSON.stringify(formatVersion));
  });

  it.each([[null], [[]], ['scenario'], [3]])('refuses %j, which is not a JSON object', (raw) => {
    const result = upgradeScenarioJson(raw, TEST);
    expect(!result.ok && result.error).toMatchObject({ code: 'not-an-object', pointer: '' });
  });

  it('reports a gap in the steps as a fault in the app, and registryProblems finds it', () => {
    const gap = registry([renameNaam]);
    const result = upgradeScenarioJson({ formatVersion: 1, naam: 'x' }, gap);
    expect(!result.ok && result.error.code).toBe('missing-step');
    expect(registryProblems(gap)).toEqual([
      'scenario: 0 steps from version 2 to 3 (need exactly 1)',
      'leerwerkplaats: 0 steps from version 1 to 2 (need exactly 1)',
    ]);
  });

  it('registryProblems finds a doubled step, a step beyond current and a bad minimum', () => {
    const bad = registry([renameNaam, renameNaam, addTags, profileStep, { ...addTags, from: 3 }], { current: 3, minimumReadable: 4 });
    expect(registryProblems(bad)).toEqual([
      'scenario: minimumReadable 4 must be 1 or more and at most current 3',
      'scenario: step from version 3 is at or beyond current version 3',
    ]);
    expect(registryProblems(registry([renameNaam, renameNaam, addTags, profileStep]))).toEqual(['scenario: 2 steps from version 1 to 2 (need exactly 1)']);
  });
});
