import { createXRStore } from '@react-three/xr';

/**
 * The one XR store of the app. Seated `local` reference space (set on the renderer before
 * entering, see player-canvas), controller and hand models served by the app itself
 * (/xr-profiles/, the app must work offline), no automatic emulator (tests install iwer
 * themselves), and no automatic session offer: the candidate presses "Start in VR".
 */
export const xrStore = createXRStore({
  emulate: false,
  offerSession: false,
  baseAssetPath: `${location.origin}${import.meta.env.BASE_URL}xr-profiles/`,
  handTracking: true,
  layers: true,
  anchors: false,
  meshDetection: false,
  planeDetection: false,
  hitTest: false,
  domOverlay: false,
  bodyTracking: false,
  customSessionInit: {
    requiredFeatures: ['local'],
    optionalFeatures: ['hand-tracking', 'layers'],
  },
});
