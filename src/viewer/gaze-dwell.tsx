import { useFrame } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { useMemo, useRef } from 'react';
import { Raycaster, RingGeometry, Vector2, type Group, type Mesh } from 'three';
import { DWELL_MS } from './dwell-time.ts';
import { useViewer, useViewState } from './viewer-context.tsx';
import type { DwellTarget } from './viewer-store.ts';

const RETICLE_DISTANCE = 1.4;

/**
 * Gaze-and-dwell for viewers without controllers (or hands): a reticle in the centre of view;
 * resting it on a hotspot or button for 1.5 s selects it, with a filling ring as feedback.
 * On in VR when no controller or hand is connected, or when switched on in the menu.
 */
export function GazeDwell() {
  const inXR = useXR((s) => s.session != null);
  const hasPointers = useXR((s) => s.inputSourceStates.some((i) => i.type === 'controller' || i.type === 'hand'));
  const gazeSetting = useViewState((s) => s.gazeEnabled);
  const { dwellTargets } = useViewer();
  const enabled = inXR && (gazeSetting || !hasPointers);
  const group = useRef<Group>(null);
  const ring = useRef<Mesh>(null);
  const state = useRef<{ target: DwellTarget | null; since: number; fired: boolean }>({ target: null, since: 0, fired: false });
  const raycaster = useMemo(() => new Raycaster(), []);
  const center = useMemo(() => new Vector2(0, 0), []);
  const progressGeometries = useMemo(
    () => Array.from({ length: 25 }, (_, i) => new RingGeometry(0.018, 0.026, 32, 1, Math.PI / 2, -(i / 24) * Math.PI * 2)),
    [],
  );

  useFrame(({ camera, clock }) => {
    const g = group.current;
    if (!g) return;
    g.visible = enabled;
    if (!enabled) {
      state.current.target = null;
      return;
    }
    g.position.copy(camera.getWorldPosition(g.position));
    camera.getWorldQuaternion(g.quaternion);
    raycaster.setFromCamera(center, camera);
    let best: { t: DwellTarget; d: number } | null = null;
    for (const t of dwellTargets) {
      if (!t.object.visible) continue;
      const hits = raycaster.intersectObject(t.object, true);
      if (hits[0] && (!best || hits[0].distance < best.d)) best = { t, d: hits[0].distance };
    }
    const now = clock.elapsedTime * 1000;
    const s = state.current;
    if (best?.t !== s.target) {
      s.target = best?.t ?? null;
      s.since = now;
      s.fired = false;
    }
    const progress = s.target && !s.fired ? Math.min(1, (now - s.since) / DWELL_MS) : 0;
    if (ring.current) ring.current.geometry = progressGeometries[Math.round(progress * 24)]!;
    if (s.target && !s.fired && progress >= 1) {
      s.fired = true;
      s.target.onSelect();
    }
  });

  return (
    <group ref={group} visible={false}>
      <group position={[0, 0, -RETICLE_DISTANCE]}>
        <mesh raycast={() => undefined} renderOrder={1000}>
          <ringGeometry args={[0.008, 0.013, 24]} />
          <meshBasicMaterial color="#ffffff" depthTest={false} transparent opacity={0.9} />
        </mesh>
        <mesh ref={ring} raycast={() => undefined} renderOrder={1001}>
          <meshBasicMaterial color="#ffd166" depthTest={false} transparent />
        </mesh>
      </group>
    </group>
  );
}
