import type { ReactNode } from 'react';
import type { IconName } from '../ui/icon-paths.ts';

/**
 * Something the app offers in VR once a scenario is done, e.g. the candidate's questionnaire in
 * a session: the player shows a button on its last panel and, when chosen, draws `panel` in
 * that panel's place, in the same XR session. The player knows nothing more about it.
 */
export interface VrEndOffer {
  label: string;
  icon: IconName;
  /** In-VR content centred where the ending panel was; `close` goes back to that panel. */
  panel: (close: () => void) => ReactNode;
}
