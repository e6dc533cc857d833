import { createXRStore } from '@react-three/xr';

/**
 * The one XR store of the app. Seated `local` reference space (set on the renderer before
 * entering, see player-canvas), controller and hand models served by the app itself
 * (/xr-profiles/, the app must work offline), no automatic emulator (tests install iwer
 * themselves), and no automatic session offer: the candidate presses "Start in VR".
 */
/**
 * A press counts as a choice however long it is held: people new to a headset often squeeze
 * the trigger slowly (the library's default click is under 300 ms).
 */
const pointer = { clickThresholdMs: 10_000 };

export const xrStore = createXRStore({
  controller: { rayPointer: pointer, grabPointer: pointer, teleportPointer: false },
  hand: { rayPointer: pointer, grabPointer: pointer, touchPointer: pointer, teleportPointer: false },
  transientPointer: pointer,
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

// Tests and the benchmark wait for XR frames on the live session.
xrStore.subscribe((s) => {
  (window as unknown as { __bbvrXrSession?: XRSession | null }).__bbvrXrSession = s.session;
});
