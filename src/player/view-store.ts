import { create } from 'zustand';

/**
 * Where the candidate looks (flat mode), and how the content is turned (VR recenter).
 * Degrees, same convention as core/yaw-pitch.ts.
 */
interface ViewStore {
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
  setLook(yaw: number, pitch: number): void;
  setWorldYawOffset(offset: number): void;
  setHead(yaw: number, pitch: number): void;
  setGazeEnabled(on: boolean): void;
}

const clampPitch = (p: number) => Math.max(-85, Math.min(85, p));
const wrapYaw = (y: number) => ((((y + 180) % 360) + 360) % 360) - 180;

export const useView = create<ViewStore>((set) => ({
  yaw: 0,
  pitch: 0,
  worldYawOffset: 0,
  headYaw: 0,
  headPitch: 0,
  gazeEnabled: false,
  canvasReady: false,
  setLook: (yaw, pitch) => set({ yaw: wrapYaw(yaw), pitch: clampPitch(pitch) }),
  setWorldYawOffset: (worldYawOffset) => set({ worldYawOffset: wrapYaw(worldYawOffset) }),
  // Head direction changes every frame: kept out of React renders (read with getState()).
  setHead: (headYaw, headPitch) => {
    useView.setState({ headYaw, headPitch });
  },
  setGazeEnabled: (gazeEnabled) => set({ gazeEnabled }),
}));
