import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../core/localized-text.ts';
import { i18next } from './i18n-instance.ts';

export type StringValues = Record<string, string | number>;
export type Translate<K extends string> = (key: K, values?: StringValues) => string;

/** i18next's own typing derives keys from a global resource type; ours come from `declareStrings`. */
type PlainT = (key: string, options: StringValues) => string;

export interface DeclaredStrings<K extends string> {
  namespace: string;
  /** In a component: translate in the current UI language, and that language. */
  useT(): { t: Translate<K>; lang: Language };
  /** Outside components (or for a fixed language, e.g. a printed card): translate in `lang`. */
  text(lang: Language, key: K, values?: StringValues): string;
}

/**
 * The one way to write UI strings: a namespace with Dutch first (plain A2/B1) and English with
 * exactly the same keys (the type says so), registered with i18next. Interpolation is i18next's
 * `{{name}}`.
 */
export function declareStrings<const S extends Record<string, string>>(
  namespace: string,
  nl: S,
  en: { [K in keyof S]: string },
): DeclaredStrings<Extract<keyof S, string>> {
  type K = Extract<keyof S, string>;
  i18next.addResourceBundle('nl', namespace, nl, true, true);
  i18next.addResourceBundle('en', namespace, en, true, true);
  const fixed = { nl: i18next.getFixedT('nl', namespace) as unknown as PlainT, en: i18next.getFixedT('en', namespace) as unknown as PlainT };
  return {
    namespace,
    useT() {
      const { t, i18n } = useTranslation(namespace);
      const typed = useCallback<Translate<K>>((key, values) => (t as unknown as PlainT)(key, values ?? {}), [t]);
      return { t: typed, lang: i18n.language === 'en' ? 'en' : 'nl' };
    },
    text: (lang, key, values) => fixed[lang](key, values ?? {}),
  };
}
