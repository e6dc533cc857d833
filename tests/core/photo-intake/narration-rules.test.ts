import { describe, expect, it } from 'vitest';
import { judgeNarration, MAX_NARRATION_BYTES } from '../../../src/core/photo-intake/narration-rules.ts';

describe('judgeNarration', () => {
  it('accepts each sound format the browsers play, whatever the name says', () => {
    for (const format of ['webm', 'ogg', 'mp3', 'm4a', 'wav'] as const)
      expect(judgeNarration({ fileName: 'opname.bin', bytes: 30_000, format })).toEqual({ ok: true, format });
  });

  it('refuses what is no sound, and an empty file, saying how to record instead', () => {
    for (const facts of [
      { fileName: 'foto.jpg', bytes: 30_000, format: null },
      { fileName: 'leeg.webm', bytes: 0, format: 'webm' as const },
    ]) {
      const verdict = judgeNarration(facts);
      expect(verdict.ok).toBe(false);
      if (verdict.ok) continue;
      expect(verdict.problem.code).toBe('not-media');
      expect(verdict.problem.message.nl).toContain(`"${facts.fileName}" is geen geluidsbestand`);
      expect(verdict.problem.message.en).toContain('Record the text');
    }
  });

  it('refuses more than 20 MB with the size and the limit', () => {
    const verdict = judgeNarration({ fileName: 'les.mp3', bytes: MAX_NARRATION_BYTES + 1, format: 'mp3' });
    expect(verdict).toMatchObject({ ok: false, problem: { code: 'too-large', message: { nl: expect.stringMatching(/20 MB; de grens is 20 MB/) } } });
    expect(judgeNarration({ fileName: 'les.mp3', bytes: MAX_NARRATION_BYTES, format: 'mp3' }).ok).toBe(true);
  });
});
