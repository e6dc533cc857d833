import { useFrame } from '@react-three/fiber';
import { Vector3 } from 'three';
import { directionToYawPitch } from '../core/yaw-pitch.ts';
import { useView } from './view-store.ts';

const dir = new Vector3();

/** Publishes where the viewer looks (both modes) for hints, panel placement and recenter. */
export function HeadTracker() {
  useFrame(({ camera }) => {
    camera.getWorldDirection(dir);
    const { yaw, pitch } = directionToYawPitch(dir.x, dir.y, dir.z);
    useView.getState().setHead(yaw, pitch);
  });
  return null;
}
