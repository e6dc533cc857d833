import { useFrame, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState } from 'react';
import { CanvasTexture, SRGBColorSpace, type Group } from 'three';
import type { Hotspot } from '../core/scenario-schema.ts';
import { yawPitchToDirection } from '../core/yaw-pitch.ts';
import { HOTSPOT_DISC as DISC, HOTSPOT_DISTANCE } from './hotspot-geometry.ts';
import { useDwellTarget } from './use-dwell-target.ts';

export const HOTSPOT_ICONS: Record<Hotspot['kind'], string> = { info: 'i', goto: '➜', question: '?' };
const COLORS: Record<Hotspot['kind'], string> = { info: '#2a7de1', goto: '#1f9d6b', question: '#e08a1e' };

function drawMarker(kind: Hotspot['kind'], label: string, seen: boolean, hover: boolean): CanvasTexture {
  const W = 512;
  const H = 400;
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
  ctx.fillStyle = '#fff';
  ctx.font = `bold 150px system-ui, "DejaVu Sans", sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(HOTSPOT_ICONS[kind], cx, r + 14);
  ctx.font = `600 44px system-ui, "DejaVu Sans", sans-serif`;
  const text = label.length > 28 ? label.slice(0, 27) + '…' : label;
  const tw = ctx.measureText(text).width + 40;
  ctx.fillStyle = 'rgba(15, 22, 32, 0.85)';
  ctx.beginPath();
  ctx.roundRect(cx - tw / 2, 2 * r + 30, tw, 70, 20);
  ctx.fill();
  ctx.fillStyle = '#fff';
  ctx.fillText(text, cx, 2 * r + 66);
  const t = new CanvasTexture(c);
  t.colorSpace = SRGBColorSpace;
  return t;
}

interface Props {
  hotspot: Hotspot;
  label: string;
  seen: boolean;
  onSelect: () => void;
}

/** A hotspot in the 3D scene, placed on its yaw/pitch and facing the viewer. */
export function HotspotMarker({ hotspot, label, seen, onSelect }: Props) {
  const [hover, setHover] = useState(false);
  const group = useRef<Group>(null);
  const hit = useRef<Group>(null);
  const texture = useMemo(() => drawMarker(hotspot.kind, label, seen, hover), [hotspot.kind, label, seen, hover]);
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
          onPointerOver={() => setHover(true)}
          onPointerOut={() => setHover(false)}
        >
          <circleGeometry args={[DISC * 0.62, 32]} />
          <meshBasicMaterial visible={false} />
        </mesh>
      </group>
      {/* The disc's centre sits at the group origin, i.e. exactly on the hotspot's yaw/pitch. */}
      <mesh position={[0, -0.18 * h, 0]} raycast={() => undefined}>
        <planeGeometry args={[w, h]} />
        <meshBasicMaterial map={texture} transparent toneMapped={false} depthWrite={false} />
      </mesh>
    </group>
  );
}
