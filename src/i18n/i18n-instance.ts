import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

/**
 * The one i18next instance of the browser app. Each wing adds its own namespace with
 * `declareStrings` when its chunk loads, so a candidate's device never downloads the
 * dashboard's strings. Scenario texts are not here: they travel in the scenario files.
 */
void i18next.use(initReactI18next).init({
  lng: 'nl',
  fallbackLng: 'nl',
  resources: {},
  interpolation: { escapeValue: false },
  initAsync: false,
});

export { i18next };
