import { useEffect, useState } from 'react';
import type { Language } from '../core/localized-text.ts';

const LOCALE: Record<Language, string> = { nl: 'nl', en: 'en' };

/**
 * A voice of this device's own speech synthesis for the language, or null when it has none
 * (then nothing offers to read aloud). Voices often arrive after the page loads.
 */
export function useSpeechVoice(lang: Language): SpeechSynthesisVoice | null {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return;
    const pick = () => setVoice(speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith(LOCALE[lang])) ?? null);
    pick();
    speechSynthesis.addEventListener('voiceschanged', pick);
    return () => {
      speechSynthesis.removeEventListener('voiceschanged', pick);
      speechSynthesis.cancel();
    };
  }, [lang]);
  return voice;
}
