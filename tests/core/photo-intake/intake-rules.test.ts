import { describe, expect, it } from 'vitest';
import { judgeUpload, type UploadFacts } from '../../../src/core/photo-intake/intake-rules.ts';

const photo = (extra: Partial<UploadFacts> = {}): UploadFacts => ({
  fileName: 'gang.jpg',
  bytes: 3_000_000,
  format: 'jpeg',
  width: 5760,
  height: 2880,
  ...extra,
});
const code = (f: UploadFacts) => {
  const v = judgeUpload(f);
  return v.ok ? 'ok' : v.problem.code;
};

describe('judgeUpload', () => {
  it('accepts a 2:1 photo from a phone or 360° camera, and an iPhone HEIC', () => {
    expect(judgeUpload(photo())).toEqual({ ok: true, kind: 'image', placement: expect.objectContaining({ whole: true, fullWidth: 5760 }) });
    expect(code(photo({ fileName: 'IMG_0001.HEIC', format: 'heif' }))).toBe('ok');
  });

  it.each([
    ['an unstitched Insta360 file', photo({ fileName: 'IMG_20261201.insp' }), 'unstitched', 'app van de camera'],
    ['a text file', photo({ fileName: 'notes.jpg', format: null }), 'not-media', 'geen foto of video'],
    ['a JPEG named .png', photo({ fileName: 'gang.png' }), 'wrong-extension', 'JPEG (.jpg)'],
    ['a cut-off JPEG', photo({ decodeError: 'premature end of JPEG image' }), 'broken', 'beschadigd'],
    ['a tiny panorama', photo({ width: 1600, height: 800 }), 'too-small', 'minstens 2048'],
    ['a huge panorama', photo({ width: 20000, height: 10000 }), 'too-large', 'te veel pixels'],
    ['a huge file', photo({ bytes: 400 * 1024 * 1024 }), 'too-large', 'te groot'],
    ['a normal photo', photo({ width: 4032, height: 3024 }), 'not-2-to-1', '2 keer zo breed als hoog'],
  ])('refuses %s with a plain message in Dutch and English', (_, facts, expected, words) => {
    const v = judgeUpload(facts);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.problem.code).toBe(expected);
    expect(v.problem.message.nl).toContain(words);
    expect(v.problem.message.nl).toContain(facts.fileName);
    expect(v.problem.message.en.length).toBeGreaterThan(20);
  });

  it('accepts a partial panorama with GPano, and judges its size as the full sphere', () => {
    const gpano = { fullPanoWidth: 8000, fullPanoHeight: 4000, croppedWidth: 5000, croppedHeight: 2000, croppedLeft: 1500, croppedTop: 1000 };
    expect(code(photo({ width: 5000, height: 2000, gpano }))).toBe('ok');
    expect(code(photo({ width: 1000, height: 400, gpano }))).toBe('too-small');
  });

  it('accepts 360° video (its own size limit)', () => {
    expect(judgeUpload(photo({ fileName: 'ronde.mp4', format: 'mp4', bytes: 300 * 1024 * 1024 }))).toMatchObject({ ok: true, kind: 'video' });
  });
});
