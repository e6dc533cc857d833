import { useFrame } from '@react-three/fiber';
import { useRef, type ReactNode } from 'react';
import type { Group } from 'three';
import { angleDelta } from '../core/yaw-pitch.ts';
import { useViewer } from './viewer-context.tsx';

/**
 * A group around the viewer that turns to stay in front of them, but only after they look
 * more than `threshold` degrees away, and then smoothly: UI that is always findable without
 * being glued to the face (head-locked UI is uncomfortable in VR).
 */
export function LazyFollow({ children, threshold = 40, resetKey }: { children: ReactNode; threshold?: number; resetKey?: unknown }) {
  const { view } = useViewer();
  const group = useRef<Group>(null);
  const yaw = useRef<number | null>(null);
  const target = useRef(0);
  const lastKey = useRef<unknown>(resetKey);
  useFrame((_, delta) => {
    const g = group.current;
    if (!g) return;
    const head = view.getState().headYaw;
    if (yaw.current === null || lastKey.current !== resetKey) {
      yaw.current = head;
      target.current = head;
      lastKey.current = resetKey;
    }
    if (Math.abs(angleDelta(head, target.current)) > threshold) target.current = head;
    const d = angleDelta(target.current, yaw.current);
    yaw.current += d * Math.min(1, delta * 4);
    g.rotation.set(0, (-yaw.current * Math.PI) / 180, 0);
  });
  return <group ref={group}>{children}</group>;
}
