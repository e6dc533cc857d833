import { useFrame, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState } from 'react';
import { CanvasTexture, SRGBColorSpace, type Group } from 'three';
import type { Hotspot } from '../core/scenario-schema.ts';
import { yawPitchToDirection } from '../core/yaw-pitch.ts';
import type { IconName } from '../ui/icon-paths.ts';
import { drawIcon } from './canvas-text.ts';
import { fitText } from './fit-text.ts';
import { HOTSPOT_DISC as DISC, HOTSPOT_DISTANCE } from './hotspot-geometry.ts';
import { useDwellTarget } from './use-dwell-target.ts';

/** The icon of each kind of hotspot, the same in the 3D marker and in the DOM list. */
export const HOTSPOT_ICONS: Record<Hotspot['kind'], IconName> = { info: 'info', goto: 'next', question: 'question' };
const COLORS: Record<Hotspot['kind'], string> = { info: '#2a7de1', goto: '#1f9d6b', question: '#e08a1e' };

const W = 512;
const H = 400;
const LABEL_MAX_WIDTH = W - 48;
const FONT = 'system-ui, "DejaVu Sans", sans-serif';

/** How the label is laid out on the marker's canvas; kept on the mesh so tests can check it fits. */
export interface MarkerLabelLayout {
  lines: string[];
  fontPx: number;
  widths: number[];
  maxWidth: number;
}

function drawMarker(kind: Hotspot['kind'], label: string, seen: boolean, hover: boolean): { texture: CanvasTexture; layout: MarkerLabelLayout } {
  const c = document.createElement('canvas');
  c.width = W;
  c.height = H;
  const ctx = c.getContext('2d')!;
  const cx = W / 2;
  const r = 120;
  ctx.globalAlpha = seen && !hover ? 0.7 : 1;
  ctx.beginPath();
  ctx.arc(cx, r + 8, r, 0, Math.PI * 2);
  ctx.fillStyle = COLORS[kind];
  ctx.fill();
  ctx.lineWidth = hover ? 18 : 10;
  ctx.strokeStyle = hover ? '#ffd166' : '#ffffff';
  ctx.stroke();
  const iconSize = 150;
  drawIcon(ctx, HOTSPOT_ICONS[kind], cx - iconSize / 2, r + 8 - iconSize / 2, iconSize);
  // The whole label, always: wrapped to two lines and shrunk if needed, never cut at the edge.
  const setFont = (px: number) => (ctx.font = `600 ${px}px ${FONT}`);
  const { lines, fontPx } = fitText(label, {
    maxWidth: LABEL_MAX_WIDTH,
    maxLines: 2,
    fontPx: 44,
    minFontPx: 26,
    measureAt: (px) => (setFont(px), (t: string) => ctx.measureText(t).width),
  });
  setFont(fontPx);
  const widths = lines.map((l) => ctx.measureText(l).width);
  const lineH = fontPx * 1.2;
  const boxW = Math.min(W, Math.max(...widths) + 40);
  const boxH = lines.length * lineH + 24;
  const top = 2 * r + 24;
  ctx.fillStyle = 'rgba(15, 22, 32, 0.85)';
  ctx.beginPath();
  ctx.roundRect(cx - boxW / 2, top, boxW, boxH, 20);
  ctx.fill();
  ctx.fillStyle = '#fff';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  lines.forEach((l, i) => ctx.fillText(l, cx, top + 12 + lineH * (i + 0.5)));
  const t = new CanvasTexture(c);
  t.colorSpace = SRGBColorSpace;
  return { texture: t, layout: { lines, fontPx, widths, maxWidth: LABEL_MAX_WIDTH } };
}

interface Props {
  hotspot: Hotspot;
  label: string;
  seen: boolean;
  onSelect: () => void;
  /** Drawn highlighted (the editor's selected hotspot). */
  selected?: boolean;
  /** A press on the marker (the editor starts dragging it). */
  onPress?: () => void;
}

/** A hotspot in the 3D scene, placed on its yaw/pitch and facing the viewer. */
export function HotspotMarker({ hotspot, label, seen, onSelect, selected = false, onPress }: Props) {
  const [hover, setHover] = useState(false);
  const group = useRef<Group>(null);
  const hit = useRef<Group>(null);
  const { texture, layout } = useMemo(() => drawMarker(hotspot.kind, label, seen, hover || selected), [hotspot.kind, label, seen, hover, selected]);
  useEffect(() => () => texture.dispose(), [texture]);
  const position = useMemo(() => {
    const d = yawPitchToDirection(hotspot.yaw, hotspot.pitch);
    return [d.x * HOTSPOT_DISTANCE, d.y * HOTSPOT_DISTANCE, d.z * HOTSPOT_DISTANCE] as const;
  }, [hotspot.yaw, hotspot.pitch]);
  useDwellTarget(hit, onSelect);
  // A slow, small pulse on unseen hotspots draws the eye without moving the camera.
  // Only in a headset, where frames are drawn anyway; flat mode draws on demand.
  useFrame(({ clock, gl }) => {
    if (!group.current) return;
    const pulse = !seen && gl.xr.isPresenting;
    const s = pulse ? 1 + 0.06 * Math.sin(clock.elapsedTime * 2.5) : 1;
    group.current.scale.setScalar(hover ? 1.15 : s);
  });
  const w = DISC * (512 / 240);
  const h = w * (400 / 512);
  return (
    // Facing the viewer at the centre: turned by −yaw and tilted by pitch (see core/yaw-pitch.ts).
    <group
      ref={group}
      position={position}
      rotation={[(hotspot.pitch * Math.PI) / 180, (-hotspot.yaw * Math.PI) / 180, 0, 'YXZ']}
      name={`hotspot:${hotspot.id}`}
    >
      <group ref={hit}>
        {/* Hit area: the disc plus a margin, so the target is larger than it looks. */}
        <mesh
          name={`hotspot-hit:${hotspot.id}`}
          onClick={(e: ThreeEvent<MouseEvent>) => {
            e.stopPropagation();
            onSelect();
          }}
          onPointerDown={
            onPress &&
            ((e: ThreeEvent<PointerEvent>) => {
              e.stopPropagation();
              onPress();
            })
          }
          onPointerOver={() => setHover(true)}
          onPointerOut={() => setHover(false)}
        >
          <circleGeometry args={[DISC * 0.62, 32]} />
          <meshBasicMaterial visible={false} />
        </mesh>
      </group>
      {/* The disc's centre sits at the group origin, i.e. exactly on the hotspot's yaw/pitch. */}
      <mesh position={[0, -0.18 * h, 0]} raycast={() => undefined} name={`hotspot-label:${hotspot.id}`} userData={{ label: layout }}>
        <planeGeometry args={[w, h]} />
        <meshBasicMaterial map={texture} transparent toneMapped={false} depthWrite={false} />
      </mesh>
    </group>
  );
}
