import { useEffect, useRef, type RefObject } from 'react';
import type { Object3D } from 'three';
import { useViewer } from './viewer-context.tsx';

/**
 * Makes an object selectable by gaze-and-dwell, calling the latest `onSelect`. Registered with
 * this canvas's viewer store, so the gaze ray tests only what is selectable here.
 */
export function useDwellTarget(ref: RefObject<Object3D | null>, onSelect: () => void, enabled = true): void {
  const { dwellTargets } = useViewer();
  const handler = useRef(onSelect);
  handler.current = onSelect;
  useEffect(() => {
    if (!enabled || !ref.current) return;
    const target = { object: ref.current, onSelect: () => handler.current() };
    dwellTargets.add(target);
    return () => void dwellTargets.delete(target);
  }, [ref, enabled, dwellTargets]);
}
