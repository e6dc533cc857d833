import { useFrame, useThree } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { useEffect } from 'react';
import { Euler, Quaternion, Vector3 } from 'three';
import { useViewer } from './viewer-context.tsx';
import type { ViewerStore } from './viewer-store.ts';

const DRAG_DEG_PER_PX = 0.18;
const KEY_STEP_DEG = 10;

const euler = new Euler();
const q1 = new Quaternion(-Math.sqrt(0.5), 0, 0, Math.sqrt(0.5)); // −90° around X: camera looks out the back of the phone
const zee = new Vector3(0, 0, 1);
const q0 = new Quaternion();
const yawQ = new Quaternion();
const UP = new Vector3(0, 1, 0);

/**
 * Looking around without a headset: drag (mouse/touch), arrow keys, or moving the phone.
 * Only the candidate moves the view; the app never moves the camera by itself except to set a
 * node's initial view during the fade.
 */
export function FlatLook() {
  const { camera, gl, invalidate } = useThree();
  const { view, orientation } = useViewer();
  const inXR = useXR((s) => s.session != null);

  // Draw a frame whenever the look direction changes (the canvas renders on demand).
  useEffect(() => view.subscribe((s, prev) => (s.yaw !== prev.yaw || s.pitch !== prev.pitch) && invalidate()), [view, invalidate]);

  // Entering a headset session: hand the camera over to the headset pose, with no leftover
  // flat-mode rotation (XR pointer rays are computed before three applies the head pose).
  useEffect(() => {
    if (!inXR) return;
    camera.quaternion.identity();
    camera.updateMatrixWorld();
  }, [inXR, camera]);

  useEffect(() => {
    if (inXR) return;
    const el = gl.domElement;
    let dragging: { x: number; y: number; id: number } | null = null;
    const down = (e: PointerEvent) => {
      dragging = { x: e.clientX, y: e.clientY, id: e.pointerId };
    };
    const move = (e: PointerEvent) => {
      if (!dragging || e.pointerId !== dragging.id) return;
      if (view.getState().lookLocked) return; // the drag moves a hotspot, not the view
      const v = view.getState();
      // Drag the scene: moving the pointer right turns the view left, like grabbing the image.
      v.setLook(v.yaw - (e.clientX - dragging.x) * DRAG_DEG_PER_PX, v.pitch + (e.clientY - dragging.y) * DRAG_DEG_PER_PX);
      dragging = { x: e.clientX, y: e.clientY, id: e.pointerId };
    };
    const up = () => {
      dragging = null;
    };
    const key = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      // Arrow keys belong to form controls and lists when they have focus.
      if (t && t !== document.body && t !== el && t.closest('input, select, textarea, [role="radiogroup"], [data-own-arrows]')) return;
      const v = view.getState();
      const d = { ArrowLeft: [-KEY_STEP_DEG, 0], ArrowRight: [KEY_STEP_DEG, 0], ArrowUp: [0, KEY_STEP_DEG], ArrowDown: [0, -KEY_STEP_DEG] }[e.key];
      if (!d) return;
      e.preventDefault();
      v.setLook(v.yaw + d[0]!, v.pitch + d[1]!);
    };
    el.addEventListener('pointerdown', down);
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', up);
    window.addEventListener('keydown', key);
    el.style.touchAction = 'none';
    return () => {
      el.removeEventListener('pointerdown', down);
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
      window.removeEventListener('keydown', key);
    };
  }, [gl, inXR, view]);

  useFrame(() => {
    if (inXR) return;
    if (orientation.active) {
      invalidate(); // the phone moves continuously
      const o = orientation;
      // The standard device-orientation → camera mapping (as three's former DeviceOrientationControls),
      // then turned by the look yaw so drag still works on top of motion.
      euler.set(o.beta, o.alpha, -o.gamma, 'YXZ');
      camera.quaternion.setFromEuler(euler);
      camera.quaternion.multiply(q1);
      camera.quaternion.multiply(q0.setFromAxisAngle(zee, -o.screen));
      yawQ.setFromAxisAngle(UP, (-view.getState().yaw * Math.PI) / 180);
      camera.quaternion.premultiply(yawQ);
      return;
    }
    const { yaw, pitch } = view.getState();
    // yaw positive = right = clockwise from above = negative rotation about +Y.
    euler.set((pitch * Math.PI) / 180, (-yaw * Math.PI) / 180, 0, 'YXZ');
    camera.quaternion.setFromEuler(euler);
  });
  return null;
}

/** Asks for motion permission where needed (iOS) and starts listening. Returns false if denied. */
export async function enableDeviceOrientation(viewer: ViewerStore): Promise<boolean> {
  const DOE = window.DeviceOrientationEvent as unknown as { requestPermission?: () => Promise<'granted' | 'denied'> } | undefined;
  if (!DOE) return false;
  if (typeof DOE.requestPermission === 'function') {
    try {
      if ((await DOE.requestPermission()) !== 'granted') return false;
    } catch {
      return false;
    }
  }
  const rad = Math.PI / 180;
  const o = viewer.orientation;
  const listener = (e: DeviceOrientationEvent) => {
    if (e.alpha === null) return;
    o.active = true;
    o.alpha = (e.alpha ?? 0) * rad;
    o.beta = (e.beta ?? 0) * rad;
    o.gamma = (e.gamma ?? 0) * rad;
    o.screen = ((screen.orientation?.angle ?? 0) as number) * rad;
  };
  viewer.stopOrientation?.();
  window.addEventListener('deviceorientation', listener);
  viewer.stopOrientation = () => {
    window.removeEventListener('deviceorientation', listener);
    o.active = false;
  };
  return true;
}
