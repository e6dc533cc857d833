import { declareStrings } from '../i18n/declare-strings.ts';

/** Strings every wing shares (loading, errors, the language switch). Dutch first, English alongside. */
export const uiStrings = declareStrings(
  'ui',
  {
    loading: 'Laden…',
    loadFailed: 'Dit kon niet laden. Controleer de verbinding en probeer het opnieuw.',
    retry: 'Opnieuw proberen',
    // Labelled in the other language, so someone who cannot read this one finds it.
    otherLanguage: 'English',
  },
  {
    loading: 'Loading…',
    loadFailed: 'This could not load. Check the connection and try again.',
    retry: 'Try again',
    otherLanguage: 'Nederlands',
  },
);
