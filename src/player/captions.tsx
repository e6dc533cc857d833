import { useEffect } from 'react';
import { useReading } from '../i18n/language-store.ts';
import { Icon } from '../ui/icon.tsx';
import { playerStrings } from './player-strings.ts';
import { useSpeechVoice } from './use-speech-voice.ts';

/**
 * The narration as captions. They can be folded to one line (on a phone they would cover the
 * scene) and unfolded; without recorded audio, the device's own voice can read them aloud.
 */
export function Captions({ text, hasAudio, paused, nodeKey }: { text: string; hasAudio: boolean; paused: boolean; nodeKey: string }) {
  const { t, lang } = playerStrings.useT();
  const collapsed = useReading((s) => s.captionsCollapsed);
  const toggle = useReading((s) => s.toggleCaptions);
  const voice = useSpeechVoice(lang);
  const canSpeak = !hasAudio && voice !== null;
  // A new scene, a pause or another language stops what was being read.
  useEffect(() => () => void (typeof speechSynthesis !== 'undefined' && speechSynthesis.cancel()), [nodeKey, paused, lang]);
  const speak = () => {
    speechSynthesis.cancel();
    const u = new SpeechSynthesisUtterance(text);
    u.voice = voice;
    u.lang = voice!.lang;
    speechSynthesis.speak(u);
  };
  return (
    <div className={`captions ${collapsed ? 'collapsed' : ''}`}>
      <p aria-live="polite" id="captions-text">
        <span className="sr-only">{t('narration')}: </span>
        {text}
      </p>
      <div className="captions-actions">
        {canSpeak && !paused && (
          <button type="button" className="compact" onClick={speak}>
            <Icon name="speak" />
            {t('readAloud')}
          </button>
        )}
        <button type="button" className="compact" aria-expanded={!collapsed} aria-controls="captions-text" onClick={toggle}>
          <Icon name={collapsed ? 'raise' : 'lower'} />
          {collapsed ? t('captionsMore') : t('captionsLess')}
        </button>
      </div>
    </div>
  );
}
