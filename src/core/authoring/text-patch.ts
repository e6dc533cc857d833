/**
 * Changing a text while typing. Texts are stored as typed (no trimming, or a space at the end
 * of a word would vanish mid-sentence); an empty Dutch text is allowed in a draft (the checker
 * reports it next to the field); an empty English text means "no translation yet", so `en` is
 * left out, as the format wants.
 */
import type { LocalizedText } from '../localized-text.ts';

export interface TextPatch {
  nl?: string;
  en?: string;
}

export function patchText(text: LocalizedText | undefined, patch: TextPatch): LocalizedText {
  const out: LocalizedText = { nl: patch.nl ?? text?.nl ?? '' };
  const en = patch.en ?? text?.en;
  if (en !== undefined && en !== '') out.en = en;
  return out;
}

/** Typing in one language of one field is one undo step; the key names the languages typed in. */
export function textMergeKey(field: string, patch: TextPatch): string {
  const languages = (['nl', 'en'] as const).filter((l) => patch[l] !== undefined);
  return `${field}:${languages.join('+')}`;
}
