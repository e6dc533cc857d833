import { useFrame } from '@react-three/fiber';
import { Vector3 } from 'three';
import { directionToYawPitch } from '../core/yaw-pitch.ts';
import { useViewer } from './viewer-context.tsx';

const dir = new Vector3();

/** Publishes where the viewer looks (both modes) for hints, panel placement and recenter. */
export function HeadTracker() {
  const { view } = useViewer();
  useFrame(({ camera }) => {
    camera.getWorldDirection(dir);
    const { yaw, pitch } = directionToYawPitch(dir.x, dir.y, dir.z);
    view.getState().setHead(yaw, pitch);
  });
  return null;
}
