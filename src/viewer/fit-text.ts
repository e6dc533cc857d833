/** Width in pixels of `text` at the current font (a canvas's measureText, or a stand-in in tests). */
export type MeasureText = (text: string) => number;

/**
 * Wraps text at spaces to lines no wider than `maxWidth`; a single word wider than that is
 * broken inside (with a hyphen) rather than drawn past the edge. Newlines are kept.
 */
export function wrapText(text: string, maxWidth: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      // A word that alone is too wide: break it, keeping a hyphen at each break.
      while (measure(line) > maxWidth && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && measure(`${line.slice(0, cut)}-`) > maxWidth) cut--;
        lines.push(`${line.slice(0, cut)}-`);
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}

export interface FitOptions {
  maxWidth: number;
  maxLines: number;
  /** Preferred font size; shrunk step by step down to `minFontPx` until the text fits. */
  fontPx: number;
  minFontPx: number;
  /** Measure at a font size (sets the font, then measures). */
  measureAt: (fontPx: number) => MeasureText;
}

/**
 * Lines and a font size at which the whole text fits in `maxLines` lines of `maxWidth`: wrap
 * first, then shrink. Only a text that does not fit even at the smallest size gets its last
 * line ended with "…" — the rest is never drawn past the edge.
 */
export function fitText(text: string, opts: FitOptions): { lines: string[]; fontPx: number } {
  for (let px = opts.fontPx; px >= opts.minFontPx; px -= 2) {
    const measure = opts.measureAt(px);
    const lines = wrapText(text, opts.maxWidth, measure);
    if (lines.length <= opts.maxLines && !lines.some((l) => l.endsWith('-') && !text.includes(l))) return { lines, fontPx: px };
  }
  const px = opts.minFontPx;
  const measure = opts.measureAt(px);
  const all = wrapText(text, opts.maxWidth, measure);
  const lines = all.slice(0, opts.maxLines);
  if (all.length > opts.maxLines) {
    let last = lines[opts.maxLines - 1]!;
    while (last.length > 1 && measure(`${last}…`) > opts.maxWidth) last = last.slice(0, -1);
    lines[opts.maxLines - 1] = `${last.replace(/-$/, '')}…`;
  }
  return { lines, fontPx: px };
}
