import { create } from 'zustand';
import type { Language } from '../core/localized-text.ts';
import { i18next } from './i18n-instance.ts';

export type TextScale = 1 | 1.25 | 1.5;

/**
 * The reader's preferences on this device: interface language (also the language scenario
 * texts are shown in), text size and captions. One store for the shell, the player and the dashboard.
 */
interface ReadingPreferences {
  lang: Language;
  textScale: TextScale;
  /** Captions shown as one line (on a phone they would cover the scene); expanded again with one tap. */
  captionsCollapsed: boolean;
  setLang(lang: Language): void;
  toggleLang(): void;
  setTextScale(scale: TextScale): void;
  cycleTextScale(): void;
  toggleCaptions(): void;
}

function applyLanguage(lang: Language): void {
  void i18next.changeLanguage(lang);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}

export const useReading = create<ReadingPreferences>((set, get) => ({
  lang: 'nl',
  textScale: 1,
  captionsCollapsed: false,
  setLang(lang) {
    applyLanguage(lang);
    set({ lang });
  },
  toggleLang: () => get().setLang(get().lang === 'nl' ? 'en' : 'nl'),
  setTextScale: (textScale) => set({ textScale }),
  cycleTextScale() {
    const s = get().textScale;
    set({ textScale: s === 1 ? 1.25 : s === 1.25 ? 1.5 : 1 });
  },
  toggleCaptions: () => set({ captionsCollapsed: !get().captionsCollapsed }),
}));

/** The other language, for a "switch language" button labelled in that language. */
export const otherLanguage = (lang: Language): Language => (lang === 'nl' ? 'en' : 'nl');
