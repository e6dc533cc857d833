import { describe, expect, it } from 'vitest';
import { fitText, wrapText } from '../../src/viewer/fit-text.ts';

/** A stand-in for canvas measureText: every character is 0.55 × the font size wide. */
const measureAt = (px: number) => (t: string) => t.length * px * 0.55;

describe('fitText', () => {
  it('wraps a label that is too wide for one line instead of cutting it ("Wat doet een werkbegeleider?")', () => {
    const text = 'Wat doet een werkbegeleider?';
    const { lines, fontPx } = fitText(text, { maxWidth: 464, maxLines: 2, fontPx: 44, minFontPx: 26, measureAt });
    expect(lines.join(' ')).toBe(text);
    expect(lines.length).toBe(2);
    for (const l of lines) expect(measureAt(fontPx)(l)).toBeLessThanOrEqual(464);
  });

  it('shrinks before it breaks a long word', () => {
    const text = 'Zorgleefplanbespreking';
    const { lines, fontPx } = fitText(text, { maxWidth: 464, maxLines: 2, fontPx: 44, minFontPx: 26, measureAt });
    expect(lines).toEqual([text]);
    expect(fontPx).toBeLessThan(44);
    expect(measureAt(fontPx)(text)).toBeLessThanOrEqual(464);
  });

  it('ends with "…" only when even the smallest size cannot hold the whole text, and never draws past the edge', () => {
    const text = 'Een heel lang label dat echt veel te lang is voor een hotspot in de ruimte van de cliënt';
    const { lines, fontPx } = fitText(text, { maxWidth: 300, maxLines: 2, fontPx: 44, minFontPx: 26, measureAt });
    expect(fontPx).toBe(26);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const l of lines) expect(measureAt(fontPx)(l)).toBeLessThanOrEqual(300);
  });

  it('keeps every line within the width, breaking a word that alone is too wide', () => {
    const lines = wrapText('a Verpleeghuisbewonersvertegenwoordiging b', 200, measureAt(20));
    for (const l of lines) expect(measureAt(20)(l)).toBeLessThanOrEqual(200);
    expect(lines.join('').replaceAll('-', '').replaceAll(' ', '')).toBe('aVerpleeghuisbewonersvertegenwoordigingb');
  });
});
