import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { pointerYawPitch } from './pointer-direction.ts';
import { useViewer } from './viewer-context.tsx';

/** A press that moves less than this is a click, not a look-around drag. */
const CLICK_SLOP_PX = 5;

/**
 * Calls `onPlace` with the yaw/pitch of a click on the panorama (not a drag to look around, not
 * a press on a marker, which stops its own events). For placing hotspots in the editor.
 */
export function PlaceOnClick({ onPlace }: { onPlace: (yaw: number, pitch: number) => void }) {
  const { camera, gl } = useThree();
  const { view } = useViewer();
  useEffect(() => {
    const el = gl.domElement;
    let down: { x: number; y: number; id: number } | null = null;
    const onDown = (e: PointerEvent) => {
      down = view.getState().lookLocked ? null : { x: e.clientX, y: e.clientY, id: e.pointerId };
    };
    const onUp = (e: PointerEvent) => {
      const d = down;
      down = null;
      if (!d || d.id !== e.pointerId || view.getState().lookLocked) return;
      if (Math.hypot(e.clientX - d.x, e.clientY - d.y) > CLICK_SLOP_PX) return;
      const { yaw, pitch } = pointerYawPitch(camera, el, e.clientX, e.clientY, view.getState().worldYawOffset);
      onPlace(yaw, pitch);
    };
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointerup', onUp);
    return () => {
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointerup', onUp);
    };
  }, [camera, gl, view, onPlace]);
  return null;
}
