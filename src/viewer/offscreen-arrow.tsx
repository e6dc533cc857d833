import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import { Quaternion, Shape, Vector3, type Group } from 'three';
import type { Hotspot } from '../core/scenario-schema.ts';
import { yawPitchToDirection } from '../core/yaw-pitch.ts';
import { useViewer } from './viewer-context.tsx';

const ARROW_DISTANCE = 1.2;
/** How far towards the edge of view the arrow sits (normalised device coordinates). */
const EDGE_FLAT = 0.82;
const EDGE_XR = 0.55; // headset lenses blur the far periphery
/** A hotspot counts as in view when it projects inside this part of the screen. */
const IN_VIEW = 0.9;

// Reused every frame: this runs per frame, so it allocates nothing.
const world = new Vector3();
const ndc = new Vector3();
const local = new Vector3();
const toView = new Quaternion();
const AHEAD = new Vector3(0, 0, -1);

/**
 * Points at the nearest hotspot not opened yet when none is in view: a small arrow near the
 * edge of view, so nobody gets stuck looking at a wall.
 */
export function OffscreenArrow({ hotspots, seen }: { hotspots: Hotspot[]; seen: ReadonlySet<string> }) {
  const { view } = useViewer();
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
    const offset = view.getState().worldYawOffset;
    // Work in the camera's screen space so "in view" and "edge" match what is on screen, in
    // flat mode and in the headset alike.
    toView.copy(g.quaternion).invert();
    let nearestAngle = Infinity;
    let nearestTheta = 0;
    let anyInView = false;
    for (const h of unseen) {
      const d = yawPitchToDirection(h.yaw + offset, h.pitch);
      world.set(d.x, d.y, d.z).multiplyScalar(10).add(g.position);
      ndc.copy(world).project(camera);
      local.copy(world).sub(g.position).applyQuaternion(toView); // in view space: −z is ahead
      if (local.z < 0 && Math.abs(ndc.x) < IN_VIEW && Math.abs(ndc.y) < IN_VIEW) {
        anyInView = true;
        break;
      }
      const angle = local.angleTo(AHEAD);
      if (angle < nearestAngle) {
        nearestAngle = angle;
        nearestTheta = Math.atan2(local.y, local.x);
      }
    }
    const nearest = nearestAngle < Infinity ? { theta: nearestTheta } : null;
    const show = !anyInView && nearest !== null;
    a.visible = show;
    if (show) {
      const edge = gl.xr.isPresenting ? EDGE_XR : EDGE_FLAT;
      // Point on the screen edge in the hotspot's direction, back at the arrow's distance.
      ndc.set(Math.cos(nearest!.theta) * edge, Math.sin(nearest!.theta) * edge, 0.5).unproject(camera);
      local.copy(ndc).sub(g.position).applyQuaternion(toView).normalize();
      a.position.copy(local).multiplyScalar(ARROW_DISTANCE / Math.max(0.2, -local.z));
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
