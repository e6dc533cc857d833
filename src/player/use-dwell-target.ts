import { useEffect, useRef, type RefObject } from 'react';
import type { Object3D } from 'three';
import { registerDwellTarget } from './dwell-targets.ts';

/** Makes an object selectable by gaze-and-dwell, calling the latest `onSelect`. */
export function useDwellTarget(ref: RefObject<Object3D | null>, onSelect: () => void, enabled = true): void {
  const handler = useRef(onSelect);
  handler.current = onSelect;
  useEffect(() => {
    if (!enabled || !ref.current) return;
    return registerDwellTarget({ object: ref.current, onSelect: () => handler.current() });
  }, [ref, enabled]);
}
