import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { pointerYawPitch } from '../../viewer/pointer-direction.ts';
import { useViewer } from '../../viewer/viewer-context.tsx';

/**
 * While `hotspotId` is being dragged: every pointer move gives the yaw/pitch under the pointer;
 * letting go ends the drag. The view does not turn meanwhile (the look is locked).
 */
export function MarkerDrag({
  hotspotId,
  onMove,
  onEnd,
}: {
  hotspotId: string | null;
  onMove: (id: string, yaw: number, pitch: number) => void;
  onEnd: () => void;
}) {
  const { camera, gl } = useThree();
  const { view } = useViewer();
  useEffect(() => {
    if (!hotspotId) return;
    view.getState().setLookLocked(true);
    const move = (e: PointerEvent) => {
      const { yaw, pitch } = pointerYawPitch(camera, gl.domElement, e.clientX, e.clientY, view.getState().worldYawOffset);
      onMove(hotspotId, yaw, pitch);
    };
    const up = () => onEnd();
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', up);
    return () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
      // Released after this pointer's own click handling, so the release is not a new placement.
      setTimeout(() => view.getState().setLookLocked(false), 0);
    };
  }, [hotspotId, camera, gl, view, onMove, onEnd]);
  return null;
}
