import { declareStrings } from '../i18n/declare-strings.ts';

/** Strings of the 360° stage's own controls. Dutch first (A2/B1), English alongside. */
export const viewerStrings = declareStrings(
  'viewer',
  {
    enterVr: 'Start in VR-bril',
    vrFailed: 'VR starten lukte niet. Zet de bril op en probeer het opnieuw.',
    useMotion: 'Kijk rond met je telefoon',
    motionDenied: 'Bewegen is niet toegestaan. Sleep met je vinger om rond te kijken.',
  },
  {
    enterVr: 'Start in VR headset',
    vrFailed: 'Starting VR did not work. Put on the headset and try again.',
    useMotion: 'Look around with your phone',
    motionDenied: 'Motion is not allowed. Drag with your finger to look around.',
  },
);
