import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import { Shape, Vector3, type Group } from 'three';
import type { Hotspot } from '../core/scenario-schema.ts';
import { yawPitchToDirection } from '../core/yaw-pitch.ts';
import { useView } from './view-store.ts';

const ARROW_DISTANCE = 1.2;
/** How far towards the edge of view the arrow sits (normalised device coordinates). */
const EDGE_FLAT = 0.82;
const EDGE_XR = 0.55; // headset lenses blur the far periphery
/** A hotspot counts as in view when it projects inside this part of the screen. */
const IN_VIEW = 0.9;

const world = new Vector3();
const ndc = new Vector3();

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

  useFrame(({ camera, gl }) => {
    const g = group.current;
    const a = arrow.current;
    if (!g || !a) return;
    camera.getWorldPosition(g.position);
    camera.getWorldQuaternion(g.quaternion);
    const offset = useView.getState().worldYawOffset;
    // Work in the camera's screen space so "in view" and "edge" match what is on screen, in
    // flat mode and in the headset alike.
    let nearest: { angle: number; theta: number } | null = null;
    let anyInView = false;
    for (const h of unseen) {
      const d = yawPitchToDirection(h.yaw + offset, h.pitch);
      world.set(d.x, d.y, d.z).multiplyScalar(10).add(g.position);
      ndc.copy(world).project(camera);
      const inFront = world.clone().sub(g.position).applyQuaternion(g.quaternion.clone().invert()).z < 0;
      if (inFront && Math.abs(ndc.x) < IN_VIEW && Math.abs(ndc.y) < IN_VIEW) {
        anyInView = true;
        break;
      }
      const local = world.clone().sub(g.position).applyQuaternion(g.quaternion.clone().invert());
      const angle = local.angleTo(new Vector3(0, 0, -1));
      if (!nearest || angle < nearest.angle) nearest = { angle, theta: Math.atan2(local.y, local.x) };
    }
    const show = !anyInView && nearest !== null;
    a.visible = show;
    g.userData.arrow = show ? nearest!.theta : null;
    if (show) {
      const edge = gl.xr.isPresenting ? EDGE_XR : EDGE_FLAT;
      // Point on the screen edge in the hotspot's direction, back at the arrow's distance.
      ndc.set(Math.cos(nearest!.theta) * edge, Math.sin(nearest!.theta) * edge, 0.5).unproject(camera);
      const local = ndc.sub(g.position).applyQuaternion(g.quaternion.clone().invert()).normalize();
      a.position.copy(local.multiplyScalar(ARROW_DISTANCE / Math.max(0.2, -local.z)));
      a.rotation.set(0, 0, nearest!.theta);
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
