import { describe, expect, it } from 'vitest';
import { readSceneManifest } from '../../src/core/read-scene-manifest.ts';
import { SceneManifest, type SceneManifestInput } from '../../src/core/scene-pack-manifest.ts';

const SHA = 'a'.repeat(64);

function manifest(): SceneManifestInput {
  return {
    formatVersion: 1,
    title: 'Ochtend op De Linde',
    organisation: 'ROC Noord',
    licence: 'CC-BY-4.0',
    credits: ['Foto’s: Zorggroep De Linde'],
    createdAt: '2026-12-05T21:00:00.000Z',
    scenarios: [
      {
        path: 'ouderenzorg/de-linde',
        id: 'de-linde',
        zorgcategorie: 'ouderenzorg',
        version: '1.2.0',
        formatVersion: 1,
        title: { nl: 'De Linde', en: 'De Linde' },
      },
    ],
    files: [
      { path: 'ouderenzorg/de-linde/scenario.json', sha256: SHA, bytes: 1200 },
      { path: 'ouderenzorg/de-linde/media/abc12345678.jpg', sha256: SHA, bytes: 50_000 },
    ],
    consentConfirmations: [
      { file: 'ouderenzorg/de-linde/media/abc12345678.jpg', confirmedBy: 'b@roc-noord.nl', confirmedAt: '2026-12-01T10:00:00Z', kind: 'blurred' },
    ],
  };
}

const issues = (value: unknown) => {
  const r = SceneManifest.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('/')}: ${i.message}`);
};

describe('scene pack manifest', () => {
  it('accepts a complete manifest, with and without consent confirmations, and fills credits', () => {
    expect(issues(manifest())).toEqual([]);
    const { consentConfirmations: _, credits: __, ...bare } = manifest();
    const parsed = SceneManifest.parse(bare);
    expect(parsed.credits).toEqual([]);
    expect(parsed.consentConfirmations).toBeUndefined();
  });

  it('accepts SPDX licence ids and refuses anything else with a pointer to the SPDX list', () => {
    for (const licence of ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0', 'MIT']) expect(issues({ ...manifest(), licence })).toEqual([]);
    for (const licence of ['cc-by-4.0', 'CC BY 4.0', 'Creative Commons', '']) {
      expect(issues({ ...manifest(), licence })).toEqual([expect.stringMatching(/^licence: .*not an SPDX licence id.*spdx\.org\/licenses/)]);
    }
  });

  it('demands a sha256 of 64 hex characters and a size for every file, each path once', () => {
    const m = manifest();
    m.files[1]!.sha256 = 'ABC';
    expect(issues(m)).toEqual(['files/1/sha256: a sha256 is 64 lowercase hexadecimal characters']);
    const twice = manifest();
    twice.files.push({ ...twice.files[1]! });
    expect(issues(twice)).toEqual(['files/2/path: ouderenzorg/de-linde/media/abc12345678.jpg is listed twice']);
  });

  it('refuses paths that leave the pack', () => {
    for (const path of ['../x.jpg', '/etc/passwd', 'a\\b.jpg', 'a/./b.jpg', 'a//b.jpg']) {
      const m = manifest();
      m.files[1]!.path = path;
      expect(issues(m)).toEqual(['files/1/path: a path in the pack is relative, with forward slashes and no "." or ".." parts']);
    }
  });

  it('checks that each scenario sits at zorgcategorie/id and has its scenario.json listed', () => {
    const m = manifest();
    m.scenarios[0]!.path = 'ouderenzorg/andere';
    expect(issues(m)).toEqual([
      'scenarios/0/path: path must be "ouderenzorg/de-linde" (zorgcategorie/id)',
      'scenarios/0: ouderenzorg/andere/scenario.json is not in files',
    ]);
    expect(issues({ ...manifest(), scenarios: [] })).toEqual(['scenarios: a pack holds at least one scenario']);
  });

  it('checks the shape of consent confirmations', () => {
    const m = manifest();
    m.consentConfirmations = [{ file: 'x.jpg', confirmedBy: '', confirmedAt: 'gisteren', kind: 'maybe' as 'consent' }];
    expect(issues(m).map((i) => i.split(':')[0])).toEqual([
      'consentConfirmations/0/confirmedBy',
      'consentConfirmations/0/confirmedAt',
      'consentConfirmations/0/kind',
    ]);
  });

  it('reads through the format upgrade: no formatVersion is version 1, a newer one says to update the app', () => {
    const { formatVersion: _, ...old } = manifest();
    const read = readSceneManifest(old);
    expect(read.ok && read.value.formatVersion).toBe(1);
    const newer = readSceneManifest({ ...manifest(), formatVersion: 2 });
    expect(newer).toEqual({ ok: false, pointer: '/formatVersion', message: expect.stringContaining('scene pack manifest was made with a newer version') });
  });
});
