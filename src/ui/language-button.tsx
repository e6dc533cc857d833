import { otherLanguage, useReading } from '../i18n/language-store.ts';
import { Icon } from './icon.tsx';
import { uiStrings } from './ui-strings.ts';

/** Switches the interface (and scenario texts) between Dutch and English. */
export function LanguageButton({ className }: { className?: string }) {
  const { t } = uiStrings.useT();
  const lang = useReading((s) => s.lang);
  const toggle = useReading((s) => s.toggleLang);
  return (
    <button type="button" className={className} onClick={toggle} lang={otherLanguage(lang)}>
      <Icon name="language" />
      {t('otherLanguage')}
    </button>
  );
}
