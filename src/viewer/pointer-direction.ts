import { Vector3, type Camera } from 'three';
import { directionToYawPitch } from '../core/yaw-pitch.ts';

const v = new Vector3();

/**
 * The content direction (yaw/pitch in degrees, core/yaw-pitch.ts) under a point of the canvas:
 * the camera ray through it, turned back by the content's yaw offset (VR recenter).
 */
export function pointerYawPitch(camera: Camera, canvas: HTMLElement, clientX: number, clientY: number, worldYawOffset = 0): { yaw: number; pitch: number } {
  const r = canvas.getBoundingClientRect();
  v.set(((clientX - r.left) / r.width) * 2 - 1, -((clientY - r.top) / r.height) * 2 + 1, 0.5)
    .unproject(camera)
    .sub(camera.position);
  const { yaw, pitch } = directionToYawPitch(v.x, v.y, v.z);
  const turned = yaw - worldYawOffset;
  return { yaw: ((((turned + 180) % 360) + 360) % 360) - 180, pitch };
}
