/** How long the gaze must rest on a target to select it (gaze-and-dwell, headsets without controllers). */
export const DWELL_MS = 1500;
