import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import { Shape, Vector3, type Group } from 'three';
import type { Hotspot } from '../core/scenario-schema.ts';
import { yawPitchToDirection } from '../core/yaw-pitch.ts';
import { useView } from './view-store.ts';

const ARROW_DISTANCE = 1.2;
const EDGE_RADIUS = 0.32; // metres from the centre of view at ARROW_DISTANCE (≈ 15°)
const IN_VIEW_DEG = 30; // a hotspot within this angle of the view centre counts as "in view"

const local = new Vector3();

/**
 * Points at the nearest hotspot not opened yet when none is in view: a small arrow near the
 * edge of view, so nobody gets stuck looking at a wall. Exposes its state on the group name for
 * tests and on `data-arrow` via the DOM controls.
 */
export function OffscreenArrow({ hotspots, seen }: { hotspots: Hotspot[]; seen: ReadonlySet<string> }) {
  const group = useRef<Group>(null);
  const arrow = useRef<Group>(null);
  const shape = useMemo(() => {
    const s = new Shape();
    s.moveTo(0.06, 0);
    s.lineTo(-0.03, 0.045);
    s.lineTo(-0.015, 0);
    s.lineTo(-0.03, -0.045);
    s.closePath();
    return s;
  }, []);
  const unseen = useMemo(() => hotspots.filter((h) => !seen.has(h.id)), [hotspots, seen]);

  useFrame(({ camera }) => {
    const g = group.current;
    const a = arrow.current;
    if (!g || !a) return;
    camera.getWorldPosition(g.position);
    camera.getWorldQuaternion(g.quaternion);
    const offset = useView.getState().worldYawOffset;
    let nearest: { angle: number; dir: Vector3 } | null = null;
    for (const h of unseen) {
      const d = yawPitchToDirection(h.yaw + offset, h.pitch);
      local.set(d.x, d.y, d.z).applyQuaternion(g.quaternion.clone().invert());
      const angle = local.angleTo(new Vector3(0, 0, -1)) * (180 / Math.PI);
      if (!nearest || angle < nearest.angle) nearest = { angle, dir: local.clone() };
    }
    const show = nearest !== null && nearest.angle > IN_VIEW_DEG;
    a.visible = show;
    g.userData.arrow = show ? Math.atan2(nearest!.dir.y, nearest!.dir.x) : null;
    if (show) {
      const theta = Math.atan2(nearest!.dir.y, nearest!.dir.x);
      a.position.set(Math.cos(theta) * EDGE_RADIUS, Math.sin(theta) * EDGE_RADIUS, -ARROW_DISTANCE);
      a.rotation.set(0, 0, theta);
    }
  });

  return (
    <group ref={group} name="offscreen-arrow">
      <group ref={arrow} visible={false}>
        <mesh raycast={() => undefined} renderOrder={999}>
          <shapeGeometry args={[shape]} />
          <meshBasicMaterial color="#ffd166" depthTest={false} transparent opacity={0.95} />
        </mesh>
      </group>
    </group>
  );
}
