import {
  mdiArrowLeft,
  mdiArrowRight,
  mdiCellphone,
  mdiCheck,
  mdiChevronDown,
  mdiChevronUp,
  mdiClose,
  mdiCrosshairsGps,
  mdiEye,
  mdiExitToApp,
  mdiFormatSize,
  mdiHelp,
  mdiInformationVariant,
  mdiMenu,
  mdiMessageText,
  mdiPause,
  mdiPlay,
  mdiRestart,
  mdiStar,
  mdiTimerOutline,
  mdiTranslate,
  mdiVirtualReality,
  mdiVolumeHigh,
} from '@mdi/js';

/**
 * The app's icons as SVG path data (24×24, Material Design Icons). One set for the DOM and for
 * panels drawn on a canvas in VR: no icon depends on a font that a laptop or headset may lack
 * (symbols like ⏸ showed as empty boxes). Icons sit next to text, never replace it.
 */
export const ICON_PATHS = {
  language: mdiTranslate,
  headset: mdiVirtualReality,
  phone: mdiCellphone,
  pause: mdiPause,
  play: mdiPlay,
  menu: mdiMenu,
  close: mdiClose,
  back: mdiArrowLeft,
  restart: mdiRestart,
  exit: mdiExitToApp,
  next: mdiArrowRight,
  done: mdiCheck,
  star: mdiStar,
  timer: mdiTimerOutline,
  info: mdiInformationVariant,
  question: mdiHelp,
  speak: mdiVolumeHigh,
  lower: mdiChevronDown,
  raise: mdiChevronUp,
  recenter: mdiCrosshairsGps,
  gaze: mdiEye,
  prompt: mdiMessageText,
  textSize: mdiFormatSize,
} as const;

export type IconName = keyof typeof ICON_PATHS;
