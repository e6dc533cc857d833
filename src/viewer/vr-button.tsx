import type { ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Mesh } from 'three';
import type { IconName } from '../ui/icon-paths.ts';
import { drawPanel, type PanelOptions } from './canvas-text.ts';
import { useDwellTarget } from './use-dwell-target.ts';

interface Props {
  label: string;
  icon?: IconName;
  width?: number;
  textSize?: number;
  position?: [number, number, number];
  onSelect: () => void;
  selected?: boolean;
  /** At least this tall, e.g. to match the other buttons of a row. */
  minHeight?: number;
  /** Used by tests and analytics; mirrors the DOM button's name. */
  name?: string;
}

/**
 * A large in-VR button (controller ray, hand pinch, gaze dwell). Minimum height 0.12 m at
 * about 1.6 m: about 4°, well above comfortable target sizes for seated users.
 */
export function VrButton({ label, icon, width = 0.9, textSize = 0.05, position, onSelect, selected, minHeight, name }: Props) {
  const [hover, setHover] = useState(false);
  const ref = useRef<Mesh>(null);
  const drawing = useMemo(
    () =>
      drawPanel({
        ...vrButtonLayout(label, width, textSize, icon, minHeight),
        background: selected ? '#1f6f5c' : hover ? '#2f5f9e' : '#233246',
        border: hover ? '#ffd166' : '#6a86a8',
      }),
    [label, icon, width, textSize, minHeight, hover, selected],
  );
  useEffect(() => () => drawing.texture.dispose(), [drawing]);
  useDwellTarget(ref, onSelect);
  return (
    <mesh
      ref={ref}
      name={name ?? `button:${label}`}
      position={position}
      onClick={(e: ThreeEvent<MouseEvent>) => {
        e.stopPropagation();
        onSelect();
      }}
      onPointerOver={() => setHover(true)}
      onPointerOut={() => setHover(false)}
      userData={{ height: drawing.height }}
    >
      <planeGeometry args={[drawing.width, drawing.height]} />
      <meshBasicMaterial map={drawing.texture} transparent toneMapped={false} depthTest={false} />
    </mesh>
  );
}

/** Layout of a button, shared with parents that stack buttons (see `panelHeight`). */
export function vrButtonLayout(label: string, width: number, textSize: number, icon?: IconName, minHeight = 0.12): PanelOptions {
  return {
    width,
    blocks: [{ text: label, size: textSize, weight: 600, gapAfter: 0 }],
    padding: 0.035,
    minHeight,
    ...(icon ? { icon } : {}),
  };
}

/** A text-only panel. */
export function VrText({
  blocks,
  width = 1.1,
  position,
  icon,
}: {
  blocks: Parameters<typeof drawPanel>[0]['blocks'];
  width?: number;
  position?: [number, number, number];
  icon?: IconName;
}) {
  const key = JSON.stringify(blocks);
  // Keyed by the content, not the array identity: redraw only when the text changes.
  const drawing = useMemo(() => drawPanel({ width, blocks, ...(icon ? { icon } : {}) }), [key, width, icon]);
  useEffect(() => () => drawing.texture.dispose(), [drawing]);
  return (
    <mesh position={position} raycast={() => undefined} name="vr-text">
      <planeGeometry args={[drawing.width, drawing.height]} />
      <meshBasicMaterial map={drawing.texture} transparent toneMapped={false} depthTest={false} />
    </mesh>
  );
}
