import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../core/localized-text.ts';

/**
 * UI strings of the app shell and player. Dutch first, plain A2/B1 language; English alongside.
 * Scenario texts are not here: they travel in the scenario files as LocalizedText.
 */
const nl = {
  appName: 'Beroepsbeeld VR',
  tagline: 'Kijk rond in de zorg. Maak keuzes. Ontdek wat bij jou past.',
  chooseScenario: 'Kies een situatie',
  loading: 'Laden…',
  loadFailed: 'Dit kon niet laden. Controleer de verbinding en probeer het opnieuw.',
  retry: 'Opnieuw proberen',
  minutes: '{{count}} minuten',
  niveau: 'Niveau {{levels}}',
  start: 'Start',
  enterVr: 'Start in VR-bril',
  exitVr: 'Stop VR',
  vrNotAvailable: 'Geen VR-bril gevonden. Je kunt rondkijken met muis, vinger of toetsen.',
  vrFailed: 'VR starten lukte niet. Zet de bril op en probeer het opnieuw.',
  lookHint: 'Sleep of gebruik de pijltjestoetsen om rond te kijken.',
  useMotion: 'Rondkijken door je telefoon te bewegen',
  motionDenied: 'Bewegen is niet toegestaan. Sleep met je vinger om rond te kijken.',
  inThisRoom: 'In deze ruimte',
  hotspotInfo: 'Uitleg',
  hotspotGoto: 'Ga naar',
  hotspotQuestion: 'Vraag',
  close: 'Sluiten',
  continue: 'Verder',
  menu: 'Menu',
  pause: 'Pauze',
  resume: 'Verder spelen',
  paused: 'Gepauzeerd. Neem rustig de tijd.',
  back: 'Terug',
  restartScene: 'Deze scène opnieuw',
  restartScenario: 'Helemaal opnieuw',
  language: 'English',
  textSize: 'Tekstgrootte',
  recenter: 'Beeld recht zetten',
  exit: 'Stoppen',
  exitConfirm: 'Weet je zeker dat je wilt stoppen?',
  gazeOn: 'Kijk-selectie aan',
  gazeOff: 'Kijk-selectie uit',
  timeLeft: 'Nog {{seconds}} seconden',
  finish: 'Afronden',
  endTitle: 'Klaar!',
  endThanks: 'Bedankt voor het meedoen. Praat er straks over met je begeleider.',
  playAgain: 'Nog een keer',
  toOverview: 'Naar het overzicht',
  scale: 'Kies een getal van {{min}} tot {{max}}',
  arrowHint: 'Er is nog iets te zien in deze richting',
  playVideo: 'Video afspelen',
  pauseVideo: 'Video pauzeren',
  captions: 'Ondertiteling',
  narration: 'Verteller',
  feedback: 'Wat gebeurde er?',
  noScenarios: 'Er zijn nog geen situaties.',
};
type Strings = typeof nl;

const en: Strings = {
  appName: 'Beroepsbeeld VR',
  tagline: 'Look around in care. Make choices. Find out what suits you.',
  chooseScenario: 'Choose a situation',
  loading: 'Loading…',
  loadFailed: 'This could not load. Check the connection and try again.',
  retry: 'Try again',
  minutes: '{{count}} minutes',
  niveau: 'Level {{levels}}',
  start: 'Start',
  enterVr: 'Start in VR headset',
  exitVr: 'Exit VR',
  vrNotAvailable: 'No VR headset found. You can look around with mouse, finger or keys.',
  vrFailed: 'Starting VR did not work. Put on the headset and try again.',
  lookHint: 'Drag or use the arrow keys to look around.',
  useMotion: 'Look around by moving your phone',
  motionDenied: 'Motion is not allowed. Drag with your finger to look around.',
  inThisRoom: 'In this room',
  hotspotInfo: 'Explanation',
  hotspotGoto: 'Go to',
  hotspotQuestion: 'Question',
  close: 'Close',
  continue: 'Continue',
  menu: 'Menu',
  pause: 'Pause',
  resume: 'Resume',
  paused: 'Paused. Take your time.',
  back: 'Back',
  restartScene: 'Restart this scene',
  restartScenario: 'Start over',
  language: 'Nederlands',
  textSize: 'Text size',
  recenter: 'Recenter view',
  exit: 'Stop',
  exitConfirm: 'Are you sure you want to stop?',
  gazeOn: 'Gaze select on',
  gazeOff: 'Gaze select off',
  timeLeft: '{{seconds}} seconds left',
  finish: 'Finish',
  endTitle: 'Done!',
  endThanks: 'Thank you for taking part. Talk about it with your counsellor afterwards.',
  playAgain: 'Play again',
  toOverview: 'Back to overview',
  scale: 'Choose a number from {{min}} to {{max}}',
  arrowHint: 'There is more to see in this direction',
  playVideo: 'Play video',
  pauseVideo: 'Pause video',
  captions: 'Captions',
  narration: 'Narrator',
  feedback: 'What happened?',
  noScenarios: 'There are no situations yet.',
};

export type UiKey = keyof Strings;

void i18next.use(initReactI18next).init({
  lng: 'nl',
  fallbackLng: 'nl',
  resources: { nl: { translation: nl }, en: { translation: en } },
  interpolation: { escapeValue: false },
  initAsync: false,
});

export function setUiLanguage(lang: Language): void {
  void i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export { i18next };
