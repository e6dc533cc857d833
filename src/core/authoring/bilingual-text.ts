/**
 * Text the editor shows to content makers (undo menu labels, error messages): Dutch first,
 * in plain A2/B1 words, with English alongside. Unlike a scenario's LocalizedText both are
 * always there, because the app writes them, not the content maker.
 */
export interface BilingualText {
  nl: string;
  en: string;
}

export const bilingual = (nl: string, en: string): BilingualText => ({ nl, en });
