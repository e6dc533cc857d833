import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../src/core/checker.ts';
import { readScenario } from '../../src/core/read-content.ts';
import { mediaStub, validMedia, validScenario } from './fixtures/scenarios.ts';

describe('readScenario', () => {
  it('reads a current file, and one without formatVersion as version 1', () => {
    const { formatVersion: _, ...withoutVersion } = validScenario() as Record<string, unknown>;
    expect(readScenario(validScenario()).ok).toBe(true);
    const read = readScenario(withoutVersion);
    expect(read.ok && read.value.formatVersion).toBe(1);
  });

  it('refuses a file made by a newer app with words that say so, in the readers and in the checker alike', async () => {
    const newer = { ...validScenario(), formatVersion: 99 };
    const read = readScenario(newer);
    expect(read).toMatchObject({ ok: false, pointer: '/formatVersion' });
    expect(!read.ok && read.message).toContain('newer version');
    const checked = await checkScenario(newer, { file: 'x/scenario.json', mediaInfo: mediaStub(validMedia()) });
    expect(checked.problems).toHaveLength(1);
    expect(checked.problems[0]).toMatchObject({ pointer: '/formatVersion', severity: 'error' });
    expect(checked.problems[0]!.message.en).toContain('Update the app');
  });
});
