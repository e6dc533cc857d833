import { createXRStore, type XRStore } from '@react-three/xr';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Object3D } from 'three';

/**
 * Where the viewer looks and how the content is turned. Degrees, same convention as
 * core/yaw-pitch.ts.
 */
export interface ViewState {
  /** Flat-mode camera direction. */
  yaw: number;
  pitch: number;
  /** Content yaw offset in VR: content at yaw Y appears at Y + offset. */
  worldYawOffset: number;
  /** Head/camera direction as last rendered (both modes), for hints and panel placement. */
  headYaw: number;
  headPitch: number;
  gazeEnabled: boolean;
  /** The canvas has drawn its first frame with XR attached: entering VR can work now. */
  canvasReady: boolean;
  /** Dragging turns something else than the view (e.g. a hotspot in the editor). */
  lookLocked: boolean;
  setLook(yaw: number, pitch: number): void;
  setWorldYawOffset(offset: number): void;
  setHead(yaw: number, pitch: number): void;
  setGazeEnabled(on: boolean): void;
  setLookLocked(locked: boolean): void;
}

/** Objects that gaze-and-dwell can select (hotspot markers, VR panel buttons). */
export interface DwellTarget {
  object: Object3D;
  onSelect: () => void;
}

/** Device orientation, when the viewer allowed it (phones), in radians. */
export interface DeviceOrientationState {
  active: boolean;
  alpha: number;
  beta: number;
  gamma: number;
  screen: number;
}

/**
 * Everything one 360° canvas keeps: its view, its XR session store, what gaze can select and
 * the phone's orientation. Made per canvas (the player, an editor preview and a second viewer
 * never share state), bound to React by `ViewerProvider`.
 */
export interface ViewerStore {
  view: StoreApi<ViewState>;
  xr: XRStore;
  dwellTargets: Set<DwellTarget>;
  orientation: DeviceOrientationState;
  /** Stops following the phone's orientation; set by `enableDeviceOrientation`. */
  stopOrientation?: () => void;
}

import { clampPitch, wrapYaw } from './view-angles.ts';

/**
 * A press counts as a choice however long it is held: people new to a headset often squeeze
 * the trigger slowly (the library's default click is under 300 ms).
 */
const pointer = { clickThresholdMs: 10_000 };

/**
 * The XR store of one canvas. Seated `local` reference space (set on the renderer before
 * entering, see viewer-canvas), controller and hand models served by the app itself
 * (/xr-profiles/, the app must work offline), no automatic emulator (tests install iwer
 * themselves), and no automatic session offer: the viewer presses "Start in VR".
 */
function createSeatedXRStore(): XRStore {
  return createXRStore({
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
}

export function createViewerStore(initial: { yaw?: number; pitch?: number } = {}): ViewerStore {
  const view = createStore<ViewState>((set) => ({
    yaw: wrapYaw(initial.yaw ?? 0),
    pitch: clampPitch(initial.pitch ?? 0),
    worldYawOffset: 0,
    headYaw: 0,
    headPitch: 0,
    gazeEnabled: false,
    canvasReady: false,
    lookLocked: false,
    setLook: (yaw, pitch) => set({ yaw: wrapYaw(yaw), pitch: clampPitch(pitch) }),
    setWorldYawOffset: (worldYawOffset) => set({ worldYawOffset: wrapYaw(worldYawOffset) }),
    // Head direction changes every frame: readers take it with getState(), outside renders.
    setHead: (headYaw, headPitch) => set({ headYaw, headPitch }),
    setGazeEnabled: (gazeEnabled) => set({ gazeEnabled }),
    setLookLocked: (lookLocked) => set({ lookLocked }),
  }));
  return {
    view,
    xr: createSeatedXRStore(),
    dwellTargets: new Set(),
    orientation: { active: false, alpha: 0, beta: 0, gamma: 0, screen: 0 },
  };
}

/**
 * While a viewer is on screen: publish its XR session for tests and the benchmark (they wait
 * for XR frames on the live session). The returned cleanup ends what the viewer started.
 */
export function attachViewerStore(store: ViewerStore): () => void {
  const publish = (session: XRSession | null | undefined) => {
    (window as unknown as { __bbvrXrSession?: XRSession | null }).__bbvrXrSession = session ?? null;
  };
  publish(store.xr.getState().session);
  const unsubscribe = store.xr.subscribe((s) => publish(s.session));
  return () => {
    unsubscribe();
    store.stopOrientation?.();
    void store.xr.getState().session?.end();
  };
}
